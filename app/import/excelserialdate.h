#pragma once

#include <QDateTime>

#include <optional>

/// Excel's serial dates: days since the start of its date system, the time of day as the
/// fraction. Pure functions.
class ExcelSerialDate
{
public:
    /// The largest serial Excel shows as a date: 9999-12-31.
    static constexpr double MaxSerial = 2958465.0;

    /// The date and time (UTC, to the nearest second) of `serial`. The 1900 system repeats
    /// Lotus 1-2-3's error: serial 60 is 29 February 1900, which never was, so it has no date
    /// (nullopt), and serials from 61 on are one day ahead of a real count. The 1904 system
    /// (a workbook flag, from old Mac Excel) counts from 1904-01-01 as serial 0. nullopt below
    /// the first day, above MaxSerial, or for serial 60 in the 1900 system.
    static std::optional<QDateTime> toDateTime(double serial, bool date1904 = false);
    /// The time of day of a serial's fraction, to the nearest second.
    static QTime timeOfDay(double serial);
};
