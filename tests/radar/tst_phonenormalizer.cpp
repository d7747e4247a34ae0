#include "radar/phonenormalizer.h"

#include <QTest>

/// Phone numbers written the many ways people write them come out as one E.164 form.
class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("AU national") << "AU"
                                     << "(02) 9876 5432"
                                     << "+61298765432";
        QTest::newRow("AU dashes") << "AU"
                                   << "02-9876-5432"
                                   << "+61298765432";
        QTest::newRow("AU dots") << "AU"
                                 << "02.9876.5432"
                                 << "+61298765432";
        QTest::newRow("AU international (0)") << "AU"
                                              << "+61 (0)2 9876 5432"
                                              << "+61298765432";
        QTest::newRow("AU 0061") << "AU"
                                 << "0061 2 9876 5432"
                                 << "+61298765432";
        QTest::newRow("AU mobile") << "AU"
                                   << "0412 345 678"
                                   << "+61412345678";
        QTest::newRow("DE international (0)") << "AU"
                                              << "+49 (0)30 1234567"
                                              << "+49301234567";
        QTest::newRow("DE national in DE") << "DE"
                                           << "030 1234567"
                                           << "+49301234567";
        QTest::newRow("DE 0049 in DE") << "DE"
                                       << "0049 30 1234567"
                                       << "+49301234567";
        QTest::newRow("FR national in FR") << "FR"
                                           << "01 42 68 53 00"
                                           << "+33142685300";
        QTest::newRow("tel uri") << "AU"
                                 << "tel:+61-2-9876-5432"
                                 << "+61298765432";
        QTest::newRow("lower-case region") << "au"
                                           << "(02) 9876 5432"
                                           << "+61298765432";
        QTest::newRow("too short") << "AU"
                                   << "1234"
                                   << "";
        QTest::newRow("no digits") << "AU"
                                   << "ask reception"
                                   << "";
        QTest::newRow("unreadable keeps digits") << ""
                                                 << "555 0100 99"
                                                 << "555010099";
    }
    void normalize()
    {
        QFETCH(QString, region);
        QFETCH(QString, phone);
        QFETCH(QString, normalized);
        QCOMPARE(PhoneNormalizer(region).normalize(phone), normalized);
    }

    void nationalNumbersNeedTheRegion()
    {
        // Without a region, "(02) …" cannot be told from a number elsewhere.
        QVERIFY(PhoneNormalizer().normalize("(02) 9876 5432") != "+61298765432");
        QCOMPARE(PhoneNormalizer().normalize("+61 2 9876 5432"), QStringLiteral("+61298765432"));
    }

    void hostileTextIsRefusedQuickly()
    {
        QCOMPARE(PhoneNormalizer("AU").normalize(QString(10000, QLatin1Char('9'))), QString());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
