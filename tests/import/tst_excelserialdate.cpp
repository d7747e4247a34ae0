// ExcelSerialDate: both date systems, the fictional 29 February 1900, and rounding to seconds.
#include "import/excelserialdate.h"

#include <QTest>

class TestExcelSerialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toDateTime_data();
    void toDateTime();
    void timeOfDay();
};

void TestExcelSerialDate::toDateTime_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected"); // empty: no date
    QTest::newRow("1900: day 1") << 1.0 << false << "1900-01-01 00:00:00";
    QTest::newRow("1900: 28 Feb") << 59.0 << false << "1900-02-28 00:00:00";
    QTest::newRow("1900: the 29 Feb that never was") << 60.0 << false << "";
    QTest::newRow("1900: 1 Mar") << 61.0 << false << "1900-03-01 00:00:00";
    QTest::newRow("1900: 2026-03-15") << 46096.0 << false << "2026-03-15 00:00:00";
    QTest::newRow("1900: noon") << 46096.5 << false << "2026-03-15 12:00:00";
    QTest::newRow("1900: rounds up to midnight")
        << 46096.999999999 << false << "2026-03-16 00:00:00";
    QTest::newRow("1900: last day") << 2958465.0 << false << "9999-12-31 00:00:00";
    QTest::newRow("1900: beyond") << 2958466.0 << false << "";
    QTest::newRow("1900: zero") << 0.0 << false << "";
    QTest::newRow("1900: negative") << -5.0 << false << "";
    QTest::newRow("1904: day 0") << 0.0 << true << "1904-01-01 00:00:00";
    QTest::newRow("1904: 2026-03-15") << 44634.0 << true << "2026-03-15 00:00:00";
    QTest::newRow("1904: negative") << -1.0 << true << "";
    QTest::newRow("not a number") << qQNaN() << false << "";
}

void TestExcelSerialDate::toDateTime()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const auto dateTime = ExcelSerialDate::toDateTime(serial, date1904);
    QCOMPARE(dateTime ? dateTime->toString("yyyy-MM-dd HH:mm:ss") : QString(), expected);
}

void TestExcelSerialDate::timeOfDay()
{
    QCOMPARE(ExcelSerialDate::timeOfDay(0.75), QTime(18, 0));
    QCOMPARE(ExcelSerialDate::timeOfDay(46096.0208333333), QTime(0, 30));
    QCOMPARE(ExcelSerialDate::timeOfDay(0.99999999), QTime(0, 0));
}

QTEST_GUILESS_MAIN(TestExcelSerialDate)
#include "tst_excelserialdate.moc"
