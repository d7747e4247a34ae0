#include "store/lookupcache.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// Fixed-width ISO 8601 in UTC, so text order is time order and MIN() finds the oldest.
QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The reason a payload is unusable, or an empty string when it is a JSON array.
QString parseArray(const QVariant &payload, QJsonArray *array)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return LookupCache::tr("not valid JSON: %1 at offset %2")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isArray())
        return LookupCache::tr("not a JSON array");
    *array = document.array();
    return {};
}

} // namespace

LookupCache::LookupCache(Database *database)
    : m_db(database)
{
    Q_ASSERT(m_db);
}

Result<bool> LookupCache::replace(const QString &profile, const QMap<QString, QJsonArray> &lists,
                                  const QDateTime &fetchedAtUtc)
{
    if (profile.isEmpty())
        return Result<bool>::failure(tr("No profile was given for the lookup cache."));
    if (!fetchedAtUtc.isValid())
        return Result<bool>::failure(
            tr("The fetch time of the lookup lists of profile %1 is invalid.").arg(profile));
    if (lists.contains(QString()))
        return Result<bool>::failure(tr("A lookup list of profile %1 has no name.").arg(profile));

    const QString fetchedAt = storedTime(fetchedAtUtc);
    auto replaced = m_db->transaction([&]() {
        auto cleared
            = m_db->exec(QStringLiteral("DELETE FROM lookup_cache WHERE profile = ?"), {profile});
        if (!cleared)
            return cleared;
        for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
            auto stored = m_db->exec(QStringLiteral("INSERT INTO lookup_cache"
                                                    " (profile, list, payload, fetched_at)"
                                                    " VALUES (?, ?, ?, ?)"),
                                     {profile, it.key(), compact(it.value()), fetchedAt});
            if (!stored)
                return stored;
        }
        return Result<bool>::success(true);
    });
    if (!replaced)
        return Result<bool>::failure(
            tr("Cannot update the lookup cache of profile %1; the previous lists are kept: %2")
                .arg(profile, replaced.error()));
    qCDebug(lcStore) << "cached" << lists.size() << "lookup lists for profile" << profile;
    return replaced;
}

Result<LookupCache::Snapshot> LookupCache::load(const QString &profile) const
{
    auto rows = m_db->select(QStringLiteral("SELECT list, payload, fetched_at FROM lookup_cache"
                                            " WHERE profile = ? ORDER BY list"),
                             {profile});
    if (!rows)
        return Result<Snapshot>::failure(
            tr("Cannot read the lookup cache of profile %1: %2").arg(profile, rows.error()));

    Snapshot snapshot;
    for (const QVariantList &row : rows.value()) {
        const QString list = row.at(0).toString();
        QJsonArray array;
        QString problem = parseArray(row.at(1), &array);
        const QDateTime fetchedAt = readTime(row.at(2));
        if (problem.isEmpty() && !fetchedAt.isValid())
            problem = tr("its fetch time is unreadable");
        if (!problem.isEmpty())
            return Result<Snapshot>::failure(
                tr("The cached lookup list \"%1\" of profile %2 is damaged (%3); refresh the "
                   "lookups.")
                    .arg(list, profile, problem));
        snapshot.lists.insert(list, array);
        if (!snapshot.fetchedAt.isValid() || fetchedAt < snapshot.fetchedAt)
            snapshot.fetchedAt = fetchedAt;
    }
    return Result<Snapshot>::success(std::move(snapshot));
}

QDateTime LookupCache::fetchedAt(const QString &profile) const
{
    auto rows = m_db->select(
        QStringLiteral("SELECT MIN(fetched_at) FROM lookup_cache WHERE profile = ?"), {profile});
    if (!rows) {
        qCWarning(lcStore).noquote() << rows.error();
        return {};
    }
    if (rows.value().isEmpty() || rows.value().constFirst().isEmpty())
        return {};
    return readTime(rows.value().constFirst().constFirst());
}

Result<bool> LookupCache::setLeadSchema(const QString &profile, const QJsonArray &definitions)
{
    if (profile.isEmpty())
        return Result<bool>::failure(tr("No profile was given for the lead custom fields."));
    // One statement, so it is atomic without a transaction.
    auto stored = m_db->exec(
        QStringLiteral("INSERT INTO lead_schema (profile, payload, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (profile) DO UPDATE"
                       " SET payload = excluded.payload, updated_at = excluded.updated_at"),
        {profile, compact(definitions), storedTime(QDateTime::currentDateTimeUtc())});
    if (!stored)
        return Result<bool>::failure(tr("Cannot store the lead custom fields of profile %1: %2")
                                         .arg(profile, stored.error()));
    return stored;
}

Result<QJsonArray> LookupCache::leadSchema(const QString &profile) const
{
    auto rows = m_db->select(QStringLiteral("SELECT payload FROM lead_schema WHERE profile = ?"),
                             {profile});
    if (!rows)
        return Result<QJsonArray>::failure(
            tr("Cannot read the lead custom fields of profile %1: %2").arg(profile, rows.error()));
    if (rows.value().isEmpty())
        return Result<QJsonArray>::success(QJsonArray());
    QJsonArray definitions;
    const QString problem = parseArray(rows.value().constFirst().constFirst(), &definitions);
    if (!problem.isEmpty())
        return Result<QJsonArray>::failure(
            tr("The cached lead custom fields of profile %1 are damaged (%2); import them again.")
                .arg(profile, problem));
    return Result<QJsonArray>::success(std::move(definitions));
}
