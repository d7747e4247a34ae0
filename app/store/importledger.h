#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class Database;

/// What the store remembers of imports, per profile: which outbox item each row of a file
/// became (so that running the same file again, or resuming an import that was killed, sends
/// no row twice), and the column mappings reps saved, by header set.
///
/// A file is named by a key the import makes (its identity), a row by a key unique within it.
/// The outbox item's draft carries the same pair ("importFile", "importRow"), so a row queued
/// just before a crash, whose ledger entry was never written, is still found (queuedItems()).
class ImportLedger
{
    Q_DECLARE_TR_FUNCTIONS(ImportLedger)

public:
    /// The tables this ledger keeps (schema step 3 → 4, Database's migrations).
    static QStringList schema();
    /// \a database must outlive this object.
    explicit ImportLedger(Database *database);

    /// The draft keys that tie an outbox item to an import row.
    static QString fileTag() { return QStringLiteral("importFile"); }
    static QString rowTag() { return QStringLiteral("importRow"); }

    /// Row key → outbox item id of every row of `fileKey` already queued.
    Result<QHash<QString, qint64>> items(const QString &profile, const QString &fileKey) const;
    /// Row key → item id of the outbox items whose draft names `fileKey` (any state, the sent
    /// history included).
    Result<QHash<QString, qint64>> queuedItems(const QString &profile,
                                               const QString &fileKey) const;
    /// Row `rowKey` of `fileKey` went into the outbox as `itemId`.
    Result<bool> remember(const QString &profile, const QString &fileKey, const QString &rowKey,
                          qint64 itemId);

    /// Keeps `mapping` (ImportMapping::toJson()) for files whose header set is `headerKey`.
    Result<bool> saveMapping(const QString &profile, const QString &headerKey,
                             const QJsonObject &mapping);
    /// The mapping saved for `headerKey`; an empty object when there is none.
    Result<QJsonObject> mapping(const QString &profile, const QString &headerKey) const;

private:
    Database *m_db;
};
