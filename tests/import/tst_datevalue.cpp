// DateValue: the three orders a rep chooses from, ISO and serial numbers whatever the choice,
// and a message that names the value and the form it should have had.
#include "import/datevalue.h"

#include <QTest>

using Order = DateValue::Order;
Q_DECLARE_METATYPE(DateValue::Order)

class TestDateValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toIso_data();
    void toIso();
    void patterns();
};

void TestDateValue::toIso_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Order>("order");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("error");
    const Order dmy = Order::DayMonthYear;
    const Order mdy = Order::MonthDayYear;
    const Order iso = Order::Iso;
    QTest::newRow("dd/MM/yyyy") << "15/03/2026" << dmy << "2026-03-15"
                                << "";
    QTest::newRow("d.M.yyyy") << "5.3.2026" << dmy << "2026-03-05"
                              << "";
    QTest::newRow("dd-MM-yy") << "05-03-26" << dmy << "2026-03-05"
                              << "";
    QTest::newRow("two-digit year before 2000") << "05/03/85" << dmy << "1985-03-05"
                                                << "";
    QTest::newRow("MM/dd/yyyy") << "03/15/2026" << mdy << "2026-03-15"
                                << "";
    QTest::newRow("ambiguous follows the choice") << "04/05/2026" << mdy << "2026-04-05"
                                                  << "";
    QTest::newRow("with a time") << "15/03/2026 14:30" << dmy << "2026-03-15"
                                 << "";
    QTest::newRow("US with AM/PM") << "3/15/2026 2:30 PM" << mdy << "2026-03-15"
                                   << "";
    QTest::newRow("ISO chosen") << "2026-03-15" << iso << "2026-03-15"
                                << "";
    QTest::newRow("ISO whatever the choice") << "2026-03-15" << dmy << "2026-03-15"
                                             << "";
    QTest::newRow("ISO with time zone") << "2026-03-15T09:00:00+10:00" << mdy << "2026-03-15"
                                        << "";
    QTest::newRow("yyyy/MM/dd") << "2026/3/5" << dmy << "2026-03-05"
                                << "";
    QTest::newRow("Excel serial") << "46096" << dmy << "2026-03-15"
                                  << "";
    QTest::newRow("Excel serial with time") << "46096.75" << iso << "2026-03-15"
                                            << "";
    QTest::newRow("white space") << "  15/03/2026 " << dmy << "2026-03-15"
                                 << "";
    QTest::newRow("empty") << "" << dmy << ""
                           << "";
    QTest::newRow("US date, dd chosen")
        << "03/15/2026" << dmy << ""
        << "'03/15/2026' is not a date in the form dd/MM/yyyy; the file may use MM/dd/yyyy.";
    QTest::newRow("day-first date, MM chosen")
        << "15/03/2026" << mdy << ""
        << "'15/03/2026' is not a date in the form MM/dd/yyyy; the file may use dd/MM/yyyy.";
    QTest::newRow("day-first date, ISO chosen")
        << "15/03/2026" << iso << ""
        << "'15/03/2026' is not a date in the form yyyy-MM-dd; the file may use dd/MM/yyyy.";
    QTest::newRow("no such day") << "31/02/2026" << dmy << ""
                                 << "'31/02/2026' is not a date in the form dd/MM/yyyy.";
    QTest::newRow("no such ISO day") << "2026-02-30" << iso << ""
                                     << "'2026-02-30' is not a date in the form yyyy-MM-dd.";
    QTest::newRow("words") << "next Tuesday" << dmy << ""
                           << "'next Tuesday' is not a date in the form dd/MM/yyyy.";
    QTest::newRow("small number is no serial") << "2026" << dmy << ""
                                               << "'2026' is not a date in the form dd/MM/yyyy.";
    QTest::newRow("mixed separators") << "15/03-2026" << dmy << ""
                                      << "'15/03-2026' is not a date in the form dd/MM/yyyy.";
}

void TestDateValue::toIso()
{
    QFETCH(QString, value);
    QFETCH(Order, order);
    QFETCH(QString, iso);
    QFETCH(QString, error);
    const Result<QString> result = DateValue::toIso(value, order);
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.value(), iso);
    else
        QCOMPARE(result.error(), error);
}

void TestDateValue::patterns()
{
    for (const Order order : {Order::DayMonthYear, Order::MonthDayYear, Order::Iso})
        QCOMPARE(DateValue::orderOf(DateValue::pattern(order)), order);
    QCOMPARE(DateValue::orderOf("ISO"), Order::Iso);
    QCOMPARE(DateValue::orderOf("dd/mm/yyyy"), Order::DayMonthYear);
    QVERIFY(!DateValue::orderOf("yyyy.dd.MM"));
}

QTEST_GUILESS_MAIN(TestDateValue)
#include "tst_datevalue.moc"
