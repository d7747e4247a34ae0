#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QString>

class Database;

/// Per profile, the platform's lookup lists and the lead custom-field definitions, with the
/// time they were fetched, so forms open and validate offline (DESIGN.md "Store").
class LookupCache
{
    Q_DECLARE_TR_FUNCTIONS(LookupCache)

public:
    struct Snapshot
    {
        QMap<QString, QJsonArray> lists;
        QDateTime fetchedAt; ///< the oldest list's fetch time, UTC; invalid when empty
        bool isEmpty() const { return lists.isEmpty(); }
    };

    /// \a database must outlive this object.
    explicit LookupCache(Database *database);

    /// Replaces every list of \a profile in one transaction: lists missing from \a lists are
    /// removed, and a failure leaves the previous cache whole.
    Result<bool> replace(const QString &profile, const QMap<QString, QJsonArray> &lists,
                         const QDateTime &fetchedAtUtc);
    /// The cached lists of \a profile (an empty snapshot when none). A damaged row is an error
    /// naming its list.
    Result<Snapshot> load(const QString &profile) const;
    /// When \a profile's lists were fetched (the oldest of them); invalid when none are cached.
    QDateTime fetchedAt(const QString &profile) const;

    /// Stores the admin-maintained lead custom-field definitions of \a profile.
    Result<bool> setLeadSchema(const QString &profile, const QJsonArray &definitions);
    /// The lead custom-field definitions of \a profile; an empty array when none are stored.
    Result<QJsonArray> leadSchema(const QString &profile) const;

private:
    Database *m_db;
};
