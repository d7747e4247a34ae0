#include "import/datevalue.h"

#include "import/excelserialdate.h"

#include <QDate>
#include <QRegularExpression>

namespace {
// An optional time after a date: " 14:30", "T14:30:00", "T14:30:00.000Z", " 2:30 PM".
const QString TimeTail = QStringLiteral(
    R"((?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?)");

int fullYear(const QString &year)
{
    const int value = year.toInt();
    if (year.size() == 4)
        return value;
    return value < 30 ? 2000 + value : 1900 + value;
}

// The date of `value` read as day/month (or month/day) with a separator; invalid otherwise.
QDate dayMonth(const QString &value, bool dayFirst)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2}))") + TimeTail
        + QLatin1Char('$'));
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch())
        return QDate();
    const int first = match.captured(1).toInt();
    const int second = match.captured(3).toInt();
    const int year = fullYear(match.captured(4));
    return dayFirst ? QDate(year, second, first) : QDate(year, first, second);
}

QDate iso(const QString &value)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d{4})([-/])(\d{1,2})\2(\d{1,2}))")
                                         + TimeTail + QLatin1Char('$'));
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch())
        return QDate();
    return QDate(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
}

QDate serial(const QString &value)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{5,7}(?:\.\d+)?$)"));
    if (!form.match(value).hasMatch())
        return QDate();
    const auto dateTime = ExcelSerialDate::toDateTime(value.toDouble());
    return dateTime ? dateTime->date() : QDate();
}
} // namespace

QString DateValue::pattern(Order order)
{
    switch (order) {
    case Order::DayMonthYear:
        return QStringLiteral("dd/MM/yyyy");
    case Order::MonthDayYear:
        return QStringLiteral("MM/dd/yyyy");
    case Order::Iso:
        break;
    }
    return QStringLiteral("yyyy-MM-dd");
}

std::optional<DateValue::Order> DateValue::orderOf(const QString &pattern)
{
    for (const Order order : {Order::DayMonthYear, Order::MonthDayYear, Order::Iso}) {
        if (pattern.compare(DateValue::pattern(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    if (pattern.compare(QLatin1String("ISO"), Qt::CaseInsensitive) == 0)
        return Order::Iso;
    return std::nullopt;
}

Result<QString> DateValue::toIso(const QString &value, Order order)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Result<QString>::success(QString());
    QDate date = iso(text);
    if (!date.isValid())
        date = serial(text);
    if (!date.isValid() && order != Order::Iso)
        date = dayMonth(text, order == Order::DayMonthYear);
    if (date.isValid())
        return Result<QString>::success(date.toString(Qt::ISODate));

    // The same digits in another order: the file probably uses that one.
    for (const Order other : {Order::DayMonthYear, Order::MonthDayYear}) {
        if (other != order && dayMonth(text, other == Order::DayMonthYear).isValid()) {
            return Result<QString>::failure(
                tr("'%1' is not a date in the form %2; the file may use %3.")
                    .arg(text, pattern(order), pattern(other)));
        }
    }
    return Result<QString>::failure(
        tr("'%1' is not a date in the form %2.").arg(text, pattern(order)));
}
