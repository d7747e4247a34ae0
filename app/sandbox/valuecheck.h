#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// Checks on single JSON values shared by the validators and the collection query.
class ValueCheck
{
public:
    // A JSON integer (a double with no fraction, exactly representable) or a string of digits.
    static bool wholeNumber(const QJsonValue &value, qint64 *out = nullptr);
    // Like wholeNumber, but a string may also carry a leading '-' (custom field Whole Number).
    static bool signedWholeNumber(const QJsonValue &value, qint64 *out = nullptr);
    // A JSON number or a string holding a decimal number (commission amounts are sent both ways).
    static bool number(const QJsonValue &value, double *out = nullptr);
    // true/false, or the integers 0 and 1 that PHP-style clients send.
    static bool boolean(const QJsonValue &value, bool *out = nullptr);

    // Not given: absent, null, "", [] or {} (whitespace-only text counts as empty too).
    static bool isEmpty(const QJsonValue &value);

    static bool validEmail(const QString &email);
    // yyyy-mm-dd that is a real calendar date (ref_date-format.md).
    static bool validDate(const QString &date);
    // yyyy-mm-dd HH:mm:ss with an optional " UTC" (ref_timestamp-format.md).
    static std::optional<QDateTime> parseTimestamp(const QString &text);
    static QString timestamp(const QDateTime &utc);

    // A value as it appears inside a message: numbers plainly, text cut to a readable length.
    static QString display(const QJsonValue &value);
    static QString kindName(const QJsonValue &value);
};
