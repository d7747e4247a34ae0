#include "radar/companymatcher.h"
#include "radar/radarkey.h"

#include <QTest>

/// The keys an index stores: equal keys for what the radar calls the same.
class TestRadarKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companyNamesMeet()
    {
        QCOMPARE(RadarKey::companyName("Acme Conferences Pty. Ltd."),
                 QStringLiteral("acme conference"));
        QCOMPARE(RadarKey::companyName("ACME conference"), QStringLiteral("acme conference"));
        QCOMPARE(RadarKey::companyName("Müller & Söhne GmbH"),
                 RadarKey::companyName("Mueller und Soehne"));
        QVERIFY(RadarKey::companyName("Acme Events") != RadarKey::companyName("Acme Mining"));
    }

    void equalKeysAreSameNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("suffix") << "Acme Pty Ltd"
                                << "acme";
        QTest::newRow("the") << "The Grand Ballroom"
                             << "Grand Ballroom Limited";
        QTest::newRow("accents") << "Café Lumière SARL"
                                 << "Cafe Lumiere";
        QTest::newRow("and") << "Smith + Jones"
                             << "Smith and Jones Pty Ltd";
    }
    void equalKeysAreSameNames()
    {
        // The index finds by key; the matcher must agree with what it found.
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(RadarKey::companyName(a), RadarKey::companyName(b));
        QVERIFY(CompanyMatcher::sameName(a, b));
    }

    void personNamesMeetSwapped()
    {
        QCOMPARE(RadarKey::personName("Jean-Pierre", "Dupont"),
                 QStringLiteral("dupont jeanpierre"));
        QCOMPARE(RadarKey::personName("DUPONT", "Jean Pierre"),
                 QStringLiteral("dupont jeanpierre"));
        QCOMPARE(RadarKey::personName("Jürgen", "Weiß"), RadarKey::personName("Juergen", "Weiss"));
        QCOMPARE(RadarKey::personName("", "Smith"), QStringLiteral("smith"));
    }

    void searchTextFoldsStoredAndTyped()
    {
        QCOMPARE(RadarKey::searchText("Müller & Söhne GmbH"),
                 QStringLiteral("muller and sohne gmbh"));
        QCOMPARE(RadarKey::searchText("  MÜLLER  "), QStringLiteral("muller"));
        QCOMPARE(RadarKey::searchText("jane.smith@acme.com"),
                 QStringLiteral("jane smith acme com"));
        QCOMPARE(RadarKey::searchText(""), QString());
    }
};

QTEST_GUILESS_MAIN(TestRadarKey)
#include "tst_radarkey.moc"
