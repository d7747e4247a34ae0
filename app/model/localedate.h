#pragma once

#include <QLocale>
#include <QRegularExpressionMatch>
#include <QString>

/// Dates as a person types and reads them: the locale's short order (15/03/2027 in en-AU, fr;
/// 15.03.2027 in de; 03/15/2027 in en-US) beside the platform's yyyy-mm-dd, which is what the
/// record holds (ref_date-format.md).
class LocaleDate
{
public:
    /// The locale's short date with a four-digit year, as a QDate format ("dd/MM/yyyy",
    /// "dd.MM.yyyy", "MM/dd/yyyy"); "yyyy-MM-dd" where the locale writes the year first, and
    /// for the C locale.
    static QString pattern(const QLocale &locale);
    /// pattern() as a person reads it in a hint: "dd/mm/yyyy".
    static QString hint(const QLocale &locale);
    /// `text` in the locale's order (day and month of one or two digits, a four-digit year,
    /// '/', '.' or '-' between them) as yyyy-MM-dd; empty when it is not such a real date.
    static QString toIso(const QString &text, const QLocale &locale);
    /// Whether `text` is written as a date in the locale's order (where that is not yyyy-mm-dd),
    /// real or not: "31/02/2027" is a date that does not exist, not a wrong format.
    static bool isShaped(const QString &text, const QLocale &locale);
    /// A yyyy-MM-dd date in the locale's order; anything else as it is.
    static QString display(const QString &iso, const QLocale &locale);

private:
    /// Day, separator, month and year of `text` in the locale's order; no match where the
    /// locale writes yyyy-mm-dd.
    static QRegularExpressionMatch match(const QString &text, const QLocale &locale);
};
