#include "capture/personname.h"

#include <QTest>

/// Names split as people write them.
class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("plain") << "Sarah Mitchell"
                               << "Sarah"
                               << "Mitchell";
        QTest::newRow("honorific") << "Dr. Anna-Lena Schäfer"
                                   << "Anna-Lena"
                                   << "Schäfer";
        QTest::newRow("post-nominals") << "Rebecca Stone, PhD"
                                       << "Rebecca"
                                       << "Stone";
        QTest::newRow("last, first") << "Smith, Jane"
                                     << "Jane"
                                     << "Smith";
        QTest::newRow("particle, comma") << "van der Berg, Peter"
                                         << "Peter"
                                         << "van der Berg";
        QTest::newRow("particles") << "Peter van der Berg"
                                   << "Peter"
                                   << "van der Berg";
        QTest::newRow("French caps after") << "Jean-Pierre DUPONT"
                                           << "Jean-Pierre"
                                           << "Dupont";
        QTest::newRow("French caps first") << "LEFEBVRE François"
                                           << "François"
                                           << "Lefebvre";
        QTest::newRow("all caps") << "DAVID NGUYEN"
                                  << "David"
                                  << "Nguyen";
        QTest::newRow("middle initial") << "Michael J. Thompson"
                                        << "Michael"
                                        << "Thompson";
        QTest::newRow("on behalf of") << "i. A. Sabine Krüger"
                                      << "Sabine"
                                      << "Krüger";
        QTest::newRow("one word") << "Liam"
                                  << "Liam"
                                  << "";
        QTest::newRow("apostrophe caps") << "JAMES O'CONNOR"
                                         << "James"
                                         << "O'Connor";
    }
    void split()
    {
        QFETCH(QString, written);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const PersonName name = PersonName::split(written);
        QCOMPARE(name.first, first);
        QCOMPARE(name.last, last);
    }

    void looksLikeName()
    {
        QVERIFY(PersonName::looksLikeName("Marie de la Fontaine"));
        QVERIFY(PersonName::looksLikeName("Dr. Rebecca Stone, PhD"));
        QVERIFY(!PersonName::looksLikeName("Liam"));
        QVERIFY(!PersonName::looksLikeName("12 Smith Street"));
        QVERIFY(!PersonName::looksLikeName("jane@example.com"));
        QVERIFY(!PersonName::looksLikeName("Beste Grüße aus Hamburg"));
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
