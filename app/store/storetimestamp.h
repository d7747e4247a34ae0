#pragma once

#include <QDateTime>
#include <QString>

/// How the store writes a moment as text: UTC with milliseconds, fixed width
/// ("2026-12-07T10:15:00.000Z"), so that text order is time order in SQL comparisons.
class StoreTimestamp
{
public:
    /// Empty for an invalid moment.
    static QString write(const QDateTime &utc);
    /// What write() wrote, or any ISO 8601 date and time; invalid for anything else.
    static QDateTime read(const QString &text);
};
