#include "import/excelserialdate.h"

#include <cmath>

std::optional<QDateTime> ExcelSerialDate::toDateTime(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial >= MaxSerial + 1)
        return std::nullopt;
    // Seconds rounded first: 0.99999999 of a day is the next midnight, as Excel shows it.
    const auto seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    QDate date;
    if (date1904) {
        if (seconds < 0)
            return std::nullopt;
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days < 1 || days == 60)
            return std::nullopt;
        // Day 1 is 1900-01-01; from day 61 on the fictional 29 February is skipped.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    return QDateTime(date, QTime(0, 0).addSecs(secondOfDay), Qt::UTC);
}

QTime ExcelSerialDate::timeOfDay(double serial)
{
    const double fraction = serial - std::floor(serial);
    const auto seconds = qint64(std::llround(fraction * 86400.0)) % 86400;
    return QTime(0, 0).addSecs(int(seconds));
}
