#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// One contact or company as the radar's local index keeps it: the record as the platform
/// lists it, and the keys the radar looks it up by. The keys are made by the caller (the
/// radar's rules live in app/radar); the index only stores and finds them.
struct RadarEntry
{
    qint64 id = 0;
    QString label; ///< what a person reads: "Jane Smith <jane@acme.com.au>"
    QString email; ///< trimmed, lower case
    QString person; ///< first and last name folded and sorted (contacts)
    QString company; ///< business name without its legal form (a contact's: its company's)
    QString domain; ///< the registrable email or website domain; empty for free mail
    QStringList phones; ///< E.164
    QString text; ///< folded text that search-as-you-type matches anywhere in
    QString modified; ///< the platform's modifiedDate, for incremental refreshes
    QJsonObject record; ///< the platform's object
};
