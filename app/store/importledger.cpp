#include "store/importledger.h"

#include "store/database.h"
#include "store/storetimestamp.h"

#include <QDateTime>
#include <QJsonDocument>

QStringList ImportLedger::schema()
{
    return {
        // Which outbox item each row of an imported file became: running the same file
        // again (or resuming a killed import) sends no row twice, even after the sent
        // history is pruned.
        QStringLiteral("CREATE TABLE import_rows ("
                       " profile TEXT NOT NULL,"
                       " file_key TEXT NOT NULL,"
                       " row_key TEXT NOT NULL,"
                       " item_id INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " PRIMARY KEY (profile, file_key, row_key))"),
        // The rep's column mapping, offered again for a file with the same headers.
        QStringLiteral("CREATE TABLE import_mappings ("
                       " profile TEXT NOT NULL,"
                       " header_key TEXT NOT NULL,"
                       " mapping TEXT NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " PRIMARY KEY (profile, header_key))"),
    };
}

ImportLedger::ImportLedger(Database *database)
    : m_db(database)
{ }

Result<QHash<QString, qint64>> ImportLedger::items(const QString &profile,
                                                   const QString &fileKey) const
{
    using R = Result<QHash<QString, qint64>>;
    auto rows = m_db->select(QStringLiteral("SELECT row_key, item_id FROM import_rows"
                                            " WHERE profile = ? AND file_key = ?"),
                             {profile, fileKey});
    if (!rows)
        return R::failure(rows.error());
    QHash<QString, qint64> items;
    for (const QVariantList &row : rows.value())
        items.insert(row.value(0).toString(), row.value(1).toLongLong());
    return R::success(items);
}

Result<QHash<QString, qint64>> ImportLedger::queuedItems(const QString &profile,
                                                         const QString &fileKey) const
{
    using R = Result<QHash<QString, qint64>>;
    // The file key is hexadecimal: no LIKE wildcard can hide in it.
    const QString needle = QStringLiteral("%\"%1\":\"%2\"%").arg(fileTag(), fileKey);
    auto rows = m_db->select(QStringLiteral("SELECT id, draft FROM items"
                                            " WHERE profile = ? AND draft LIKE ?"),
                             {profile, needle});
    if (!rows)
        return R::failure(rows.error());
    QHash<QString, qint64> items;
    for (const QVariantList &row : rows.value()) {
        const QJsonObject draft
            = QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object();
        if (draft.value(fileTag()).toString() != fileKey)
            continue;
        const QString rowKey = draft.value(rowTag()).toString();
        if (!rowKey.isEmpty())
            items.insert(rowKey, row.value(0).toLongLong());
    }
    return R::success(items);
}

Result<bool> ImportLedger::remember(const QString &profile, const QString &fileKey,
                                    const QString &rowKey, qint64 itemId)
{
    return m_db->exec(
        QStringLiteral("INSERT OR REPLACE INTO import_rows"
                       " (profile, file_key, row_key, item_id, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {profile, fileKey, rowKey, itemId, StoreTimestamp::write(QDateTime::currentDateTimeUtc())});
}

Result<bool> ImportLedger::saveMapping(const QString &profile, const QString &headerKey,
                                       const QJsonObject &mapping)
{
    return m_db->exec(
        QStringLiteral("INSERT OR REPLACE INTO import_mappings"
                       " (profile, header_key, mapping, saved_at) VALUES (?, ?, ?, ?)"),
        {profile, headerKey,
         QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)),
         StoreTimestamp::write(QDateTime::currentDateTimeUtc())});
}

Result<QJsonObject> ImportLedger::mapping(const QString &profile, const QString &headerKey) const
{
    auto rows = m_db->select(QStringLiteral("SELECT mapping FROM import_mappings"
                                            " WHERE profile = ? AND header_key = ?"),
                             {profile, headerKey});
    if (!rows)
        return Result<QJsonObject>::failure(rows.error());
    if (rows.value().isEmpty())
        return Result<QJsonObject>::success({});
    return Result<QJsonObject>::success(
        QJsonDocument::fromJson(rows.value().first().value(0).toString().toUtf8()).object());
}
