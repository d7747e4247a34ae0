#include "store/outboxstore.h"

#include "store/database.h"
#include "store/outboxrowdecoder.h"

#include <QJsonDocument>
#include <QStringList>

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<OutboxEntry> entriesFrom(const QList<QVariantList> &rows)
{
    QList<OutboxEntry> list;
    list.reserve(rows.size());
    for (const QVariantList &row : rows)
        list.append(OutboxRowDecoder::entry(row));
    return list;
}

/// A LIKE pattern that matches `text` literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The FROM and WHERE of the sent history: a profile's sent items whose title contains `filter`
/// or whose platform id is `filter`.
QString sentWhere(const QString &profile, const QString &filter, QVariantList &bind)
{
    bind << profile;
    QString sql = QStringLiteral(" FROM items WHERE profile = ? AND state = 'sent'");
    if (!filter.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (title LIKE ? ESCAPE '\\' OR CAST(record_id AS TEXT) = ?)");
        bind << containsPattern(filter.trimmed()) << filter.trimmed();
    }
    return sql;
}

/// "?,?,?" for `ids`, whose values are appended to `bind`.
QString placeholders(const QList<qint64> &ids, QVariantList &bind)
{
    QStringList marks;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        bind << id;
    }
    return marks.join(QLatin1Char(','));
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString now()
{
    return OutboxStore::timestamp(QDateTime::currentDateTimeUtc());
}
} // namespace

OutboxStore::OutboxStore(Database *database)
    : m_db(database)
{ }

Result<qint64> OutboxStore::createDraft(const QString &profile, const QString &kind,
                                        const QString &title, const QJsonObject &draft)
{
    qint64 id = 0;
    const auto done = atomically([&]() -> Result<bool> {
        const QString stamp = now();
        auto inserted = m_db->exec(
            QStringLiteral("INSERT INTO items (profile, kind, state, title, draft, created_at,"
                           " updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?)"),
            {profile, kind, text(title), json(draft), stamp, stamp});
        if (!inserted)
            return inserted;
        auto rows = m_db->select(QStringLiteral("SELECT last_insert_rowid()"));
        if (!rows)
            return Result<bool>::failure(rows.error());
        id = rows.value().value(0).value(0).toLongLong();
        return Result<bool>::success(true);
    });
    if (!done)
        return Result<qint64>::failure(done.error());
    return Result<qint64>::success(id);
}

Result<bool> OutboxStore::batch(const std::function<Result<bool>()> &work)
{
    return m_db->transaction(work);
}

Result<bool> OutboxStore::atomically(const std::function<Result<bool>()> &work)
{
    // Inside batch() the batch's transaction holds every statement together.
    return m_db->inTransaction() ? work() : m_db->transaction(work);
}

Result<bool> OutboxStore::transition(qint64 id, std::initializer_list<State> from,
                                     const QString &assignments, const QVariantList &values)
{
    QStringList states;
    for (State state : from)
        states << QLatin1Char('\'') + OutboxItem::stateName(state) + QLatin1Char('\'');
    QVariantList bind = values;
    bind << now() << id;
    return atomically([&]() -> Result<bool> {
        auto updated = m_db->exec(QStringLiteral("UPDATE items SET %1, updated_at = ? WHERE id = ?"
                                                 " AND state IN (%2)")
                                      .arg(assignments, states.join(QLatin1Char(','))),
                                  bind);
        if (!updated)
            return updated;
        auto changed = m_db->select(QStringLiteral("SELECT changes()"));
        if (!changed)
            return Result<bool>::failure(changed.error());
        if (changed.value().value(0).value(0).toInt() != 1)
            return Result<bool>::failure(notAllowed(id));
        return Result<bool>::success(true);
    });
}

QString OutboxStore::notAllowed(qint64 id)
{
    return tr("Item %1 is not in a state that allows this (it may have been sent or deleted "
              "meanwhile).")
        .arg(id);
}

Result<bool> OutboxStore::saveDraft(qint64 id, const QString &title, const QJsonObject &draft)
{
    return transition(id, {State::Draft, State::NeedsFix}, QStringLiteral("title = ?, draft = ?"),
                      {text(title), json(draft)});
}

Result<bool> OutboxStore::queue(qint64 id, const QString &title, const QJsonObject &draft,
                                const QJsonObject &body)
{
    return transition(id, {State::Draft, State::NeedsFix},
                      QStringLiteral("state = 'queued', title = ?, draft = ?, body = ?,"
                                     " last_error = '', problems = '', next_attempt_at = ''"),
                      {text(title), json(draft), json(body)});
}

Result<bool> OutboxStore::unqueue(qint64 id)
{
    return transition(id, {State::Queued}, QStringLiteral("state = 'draft'"), {});
}

Result<bool> OutboxStore::markSending(qint64 id, const QDateTime &nowUtc)
{
    const auto taken = markSending(QList<qint64> {id}, nowUtc);
    if (!taken)
        return Result<bool>::failure(taken.error());
    if (!taken.value().contains(id))
        return Result<bool>::failure(notAllowed(id));
    return Result<bool>::success(true);
}

Result<QList<qint64>> OutboxStore::markSending(const QList<qint64> &ids, const QDateTime &nowUtc)
{
    using Ids = Result<QList<qint64>>;
    if (ids.isEmpty())
        return Ids::success({});
    QList<qint64> taken;
    const auto done = atomically([&]() -> Result<bool> {
        // Which of them may be taken, then all of those in one statement (nothing else writes
        // inside the transaction).
        QVariantList bind;
        auto rows = m_db->select(QStringLiteral("SELECT id FROM items WHERE id IN (%1)"
                                                " AND state IN ('queued', 'uncertain')")
                                     .arg(placeholders(ids, bind)),
                                 bind);
        if (!rows)
            return Result<bool>::failure(rows.error());
        QVariantList update {timestamp(nowUtc), timestamp(nowUtc), now()};
        for (const QVariantList &row : rows.value())
            taken.append(row.value(0).toLongLong());
        if (taken.isEmpty())
            return Result<bool>::success(true);
        return m_db->exec(
            QStringLiteral("UPDATE items SET state = 'sending', attempts = attempts + 1,"
                           " first_sent_at = CASE WHEN first_sent_at = '' THEN ?"
                           " ELSE first_sent_at END, last_sent_at = ?, updated_at = ?"
                           " WHERE id IN (%1)")
                .arg(placeholders(taken, update)),
            update);
    });
    if (!done)
        return Ids::failure(done.error());
    return Ids::success(taken);
}

Result<bool> OutboxStore::putBack(qint64 id)
{
    // SQLite reads the old row on the right-hand side: an item whose first attempt this was gets
    // its first-sent time cleared again.
    return transition(id, {State::Sending},
                      QStringLiteral("state = 'queued', attempts = MAX(attempts - 1, 0),"
                                     " first_sent_at = CASE WHEN attempts <= 1 THEN ''"
                                     " ELSE first_sent_at END"),
                      {});
}

Result<bool> OutboxStore::markSent(qint64 id, qint64 recordId)
{
    return transition(id, {State::Sending, State::Uncertain},
                      QStringLiteral("state = 'sent', record_id = ?, last_error = '',"
                                     " next_attempt_at = ''"),
                      {recordId});
}

Result<bool> OutboxStore::markNeedsFix(qint64 id, const QString &error, const QJsonObject &problems)
{
    return transition(id, {State::Sending, State::Queued, State::Uncertain},
                      QStringLiteral("state = 'needs-fix', last_error = ?, problems = ?,"
                                     " next_attempt_at = ''"),
                      {text(error), json(problems)});
}

Result<bool> OutboxStore::markQueued(qint64 id, const QString &error, const QDateTime &next)
{
    return transition(id, {State::Sending, State::Uncertain},
                      QStringLiteral("state = 'queued', last_error = ?, next_attempt_at = ?"),
                      {text(error), timestamp(next)});
}

Result<bool> OutboxStore::markUncertain(qint64 id, const QString &error, const QDateTime &next,
                                        const QJsonObject &problems)
{
    return transition(
        id, {State::Sending, State::Uncertain},
        QStringLiteral("state = 'uncertain', last_error = ?, next_attempt_at = ?,"
                       " problems = ?"),
        {text(error), timestamp(next), problems.isEmpty() ? QStringLiteral("") : json(problems)});
}

Result<bool> OutboxStore::makeDueNow(const QString &profile)
{
    // An item held for a person's decision stays held.
    return m_db->exec(QStringLiteral("UPDATE items SET next_attempt_at = '' WHERE profile = ?"
                                     " AND state IN ('queued', 'uncertain')"
                                     " AND next_attempt_at < '9999'"),
                      {profile});
}

Result<int> OutboxStore::recoverInterrupted(const QString &profile)
{
    int count = 0;
    const auto done = m_db->transaction([&]() -> Result<bool> {
        auto updated = m_db->exec(
            QStringLiteral("UPDATE items SET state = 'uncertain', next_attempt_at = '',"
                           " last_error = ? WHERE profile = ? AND state = 'sending'"),
            {tr("LeadDesk stopped while this was being sent; it is checked before it is sent "
                "again."),
             profile});
        if (!updated)
            return updated;
        auto changed = m_db->select(QStringLiteral("SELECT changes()"));
        if (!changed)
            return Result<bool>::failure(changed.error());
        count = changed.value().value(0).value(0).toInt();
        return Result<bool>::success(true);
    });
    if (!done)
        return Result<int>::failure(done.error());
    return Result<int>::success(count);
}

Result<bool> OutboxStore::remove(qint64 id)
{
    return atomically([&]() -> Result<bool> {
        auto deleted = m_db->exec(QStringLiteral("DELETE FROM items WHERE id = ? AND state IN"
                                                 " ('draft', 'queued', 'needs-fix')"),
                                  {id});
        if (!deleted)
            return deleted;
        auto changed = m_db->select(QStringLiteral("SELECT changes()"));
        if (!changed)
            return Result<bool>::failure(changed.error());
        if (changed.value().value(0).value(0).toInt() != 1)
            return Result<bool>::failure(notAllowed(id));
        return Result<bool>::success(true);
    });
}

Result<int> OutboxStore::pruneSent(const QDateTime &before)
{
    int count = 0;
    const auto done = atomically([&]() -> Result<bool> {
        auto deleted = m_db->exec(
            QStringLiteral("DELETE FROM items WHERE state = 'sent' AND updated_at < ?"),
            {timestamp(before)});
        if (!deleted)
            return deleted;
        auto changed = m_db->select(QStringLiteral("SELECT changes()"));
        if (!changed)
            return Result<bool>::failure(changed.error());
        count = changed.value().value(0).value(0).toInt();
        return Result<bool>::success(true);
    });
    if (!done)
        return Result<int>::failure(done.error());
    return Result<int>::success(count);
}

Result<bool> OutboxStore::restore(const OutboxItem &item)
{
    if (item.state != State::Draft && item.state != State::Queued && item.state != State::NeedsFix)
        return Result<bool>::failure(notAllowed(item.id));
    return m_db->exec(
        QStringLiteral("INSERT INTO items (") + OutboxRowDecoder::itemColumns()
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.id, item.profile, item.kind, OutboxItem::stateName(item.state), text(item.title),
         json(item.draft), json(item.body), item.recordId, item.attempts, text(item.lastError),
         item.problems.isEmpty() ? QStringLiteral("") : json(item.problems),
         text(timestamp(item.nextAttemptAt)), text(timestamp(item.firstSentAt)),
         timestamp(item.createdAt), timestamp(item.updatedAt), text(timestamp(item.lastSentAt))});
}

Result<OutboxItem> OutboxStore::item(qint64 id) const
{
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::itemColumns()
                                 + QStringLiteral(" FROM items WHERE id = ?"),
                             {id});
    if (!rows)
        return Result<OutboxItem>::failure(rows.error());
    if (rows.value().isEmpty())
        return Result<OutboxItem>::failure(tr("There is no item %1.").arg(id));
    return Result<OutboxItem>::success(OutboxRowDecoder::item(rows.value().first()));
}

Result<QList<OutboxItem>> OutboxStore::items(const QString &profile) const
{
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::itemColumns()
                                 + QStringLiteral(" FROM items WHERE profile = ? ORDER BY id DESC"),
                             {profile});
    if (!rows)
        return Result<QList<OutboxItem>>::failure(rows.error());
    QList<OutboxItem> list;
    list.reserve(rows.value().size());
    for (const QVariantList &row : rows.value())
        list.append(OutboxRowDecoder::item(row));
    return Result<QList<OutboxItem>>::success(list);
}

Result<QList<OutboxItem>> OutboxStore::itemsIn(const QString &profile, State state) const
{
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::itemColumns()
                                 + QStringLiteral(" FROM items WHERE profile = ? AND state = ?"
                                                  " ORDER BY id"),
                             {profile, OutboxItem::stateName(state)});
    if (!rows)
        return Result<QList<OutboxItem>>::failure(rows.error());
    QList<OutboxItem> list;
    for (const QVariantList &row : rows.value())
        list.append(OutboxRowDecoder::item(row));
    return Result<QList<OutboxItem>>::success(list);
}

Result<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::entryColumns()
                                 + QStringLiteral(" FROM items WHERE id = ?"),
                             {id});
    if (!rows)
        return Result<OutboxEntry>::failure(rows.error());
    if (rows.value().isEmpty())
        return Result<OutboxEntry>::failure(tr("There is no item %1.").arg(id));
    return Result<OutboxEntry>::success(OutboxRowDecoder::entry(rows.value().first()));
}

Result<QList<OutboxEntry>> OutboxStore::entriesChangedSince(const QString &profile,
                                                            const QDateTime &since) const
{
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::entryColumns()
                                 + QStringLiteral(" FROM items WHERE profile = ? AND updated_at > ?"
                                                  " ORDER BY updated_at"),
                             {profile, timestamp(since)});
    if (!rows)
        return Result<QList<OutboxEntry>>::failure(rows.error());
    return Result<QList<OutboxEntry>>::success(entriesFrom(rows.value()));
}

QString OutboxStore::databasePath() const
{
    return m_db->path();
}

Result<QList<OutboxEntry>> OutboxStore::entries(const QString &profile, int sentLimit) const
{
    // Two index range reads: what waits (items_by_state), and the newest sent (items_sent).
    auto rows
        = m_db->select(QStringLiteral("SELECT * FROM (SELECT ") + OutboxRowDecoder::waitingColumns()
                           + QStringLiteral(" FROM items WHERE profile = ? AND state <> 'sent')"
                                            " UNION ALL SELECT * FROM (SELECT ")
                           + OutboxRowDecoder::entryColumns()
                           + QStringLiteral(" FROM items WHERE profile = ? AND state = 'sent'"
                                            " ORDER BY updated_at DESC, id DESC LIMIT ?)"
                                            " ORDER BY 1 DESC"),
                       {profile, profile, sentLimit});
    if (!rows)
        return Result<QList<OutboxEntry>>::failure(rows.error());
    return Result<QList<OutboxEntry>>::success(entriesFrom(rows.value()));
}

Result<QList<OutboxEntry>> OutboxStore::entriesOf(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return Result<QList<OutboxEntry>>::success({});
    QStringList marks;
    QVariantList bind;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        bind << id;
    }
    auto rows = m_db->select(QStringLiteral("SELECT ") + OutboxRowDecoder::waitingColumns()
                                 + QStringLiteral(" FROM items WHERE id IN (%1) ORDER BY id DESC")
                                       .arg(marks.join(QLatin1Char(','))),
                             bind);
    if (!rows)
        return Result<QList<OutboxEntry>>::failure(rows.error());
    return Result<QList<OutboxEntry>>::success(entriesFrom(rows.value()));
}

Result<QHash<qint64, OutboxStore::State>> OutboxStore::waitingStates(const QString &profile) const
{
    // items_by_state covers (profile, state, id): thousands of items cost an index walk.
    auto rows = m_db->select(QStringLiteral("SELECT id, state FROM items WHERE profile = ?"
                                            " AND state <> 'sent'"),
                             {profile});
    if (!rows)
        return Result<QHash<qint64, State>>::failure(rows.error());
    QHash<qint64, State> states;
    states.reserve(rows.value().size());
    for (const QVariantList &row : rows.value())
        states.insert(row.value(0).toLongLong(),
                      OutboxItem::stateFromName(row.value(1).toString()));
    return Result<QHash<qint64, State>>::success(states);
}

Result<QList<OutboxEntry>> OutboxStore::sentHistory(const QString &profile, const QString &filter,
                                                    int offset, int limit) const
{
    QVariantList bind;
    const QString sql = QStringLiteral("SELECT ") + OutboxRowDecoder::entryColumns()
        + sentWhere(profile, filter, bind)
        + QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?");
    bind << limit << offset;
    auto rows = m_db->select(sql, bind);
    if (!rows)
        return Result<QList<OutboxEntry>>::failure(rows.error());
    return Result<QList<OutboxEntry>>::success(entriesFrom(rows.value()));
}

Result<int> OutboxStore::sentCount(const QString &profile, const QString &filter) const
{
    QVariantList bind;
    const QString sql = QStringLiteral("SELECT COUNT(*)") + sentWhere(profile, filter, bind);
    auto rows = m_db->select(sql, bind);
    if (!rows)
        return Result<int>::failure(rows.error());
    return Result<int>::success(rows.value().value(0).value(0).toInt());
}

Result<QList<OutboxItem>> OutboxStore::due(const QString &profile, const QDateTime &nowUtc,
                                           int limit, const QList<qint64> &only) const
{
    QVariantList bind {profile, timestamp(nowUtc)};
    const QString restrict = only.isEmpty()
        ? QString()
        : QStringLiteral(" AND id IN (%1)").arg(placeholders(only, bind));
    bind << limit;
    auto rows = m_db->select(
        QStringLiteral("SELECT ") + OutboxRowDecoder::itemColumns()
            + QStringLiteral(" FROM items WHERE profile = ? AND state IN ('queued', 'uncertain')"
                             " AND next_attempt_at <= ?")
            + restrict + QStringLiteral(" ORDER BY id LIMIT ?"),
        bind);
    if (!rows)
        return Result<QList<OutboxItem>>::failure(rows.error());
    QList<OutboxItem> list;
    for (const QVariantList &row : rows.value())
        list.append(OutboxRowDecoder::item(row));
    return Result<QList<OutboxItem>>::success(list);
}

Result<int> OutboxStore::pendingCount(const QString &profile) const
{
    auto rows = m_db->select(QStringLiteral("SELECT COUNT(*) FROM items WHERE profile = ? AND"
                                            " state IN ('queued', 'sending', 'uncertain')"),
                             {profile});
    if (!rows)
        return Result<int>::failure(rows.error());
    return Result<int>::success(rows.value().value(0).value(0).toInt());
}

Result<QList<qint64>> OutboxStore::sentRecordIds(const QString &profile, const QString &kind) const
{
    auto rows = m_db->select(QStringLiteral("SELECT record_id FROM items WHERE profile = ? AND"
                                            " kind = ? AND state = 'sent'"),
                             {profile, kind});
    if (!rows)
        return Result<QList<qint64>>::failure(rows.error());
    QList<qint64> ids;
    for (const QVariantList &row : rows.value())
        ids.append(row.value(0).toLongLong());
    return Result<QList<qint64>>::success(ids);
}

Result<QList<qint64>> OutboxStore::claimedRecordIds(const QString &profile, const QString &kind,
                                                    const QList<qint64> &candidates) const
{
    QList<qint64> claimed;
    if (candidates.isEmpty())
        return Result<QList<qint64>>::success(claimed);
    QVariantList bind {profile, kind};
    const QString marks = placeholders(candidates, bind);
    auto rows
        = m_db->select(QStringLiteral("SELECT DISTINCT record_id FROM items WHERE profile = ?"
                                      " AND kind = ? AND state = 'sent' AND record_id IN (%1)")
                           .arg(marks),
                       bind);
    if (!rows)
        return Result<QList<qint64>>::failure(rows.error());
    for (const QVariantList &row : rows.value())
        claimed.append(row.value(0).toLongLong());
    return Result<QList<qint64>>::success(claimed);
}

QDateTime OutboxStore::nextDue(const QString &profile, const QList<qint64> &excluding,
                               const QList<qint64> &only) const
{
    QString sql = QStringLiteral("SELECT MIN(next_attempt_at) FROM items WHERE"
                                 " profile = ? AND state IN ('queued', 'uncertain')");
    QVariantList bind {profile};
    if (!excluding.isEmpty())
        sql += QStringLiteral(" AND id NOT IN (%1)").arg(placeholders(excluding, bind));
    if (!only.isEmpty())
        sql += QStringLiteral(" AND id IN (%1)").arg(placeholders(only, bind));
    auto rows = m_db->select(sql, bind);
    if (!rows || rows.value().isEmpty() || rows.value().first().value(0).isNull())
        return QDateTime();
    const QString text = rows.value().first().value(0).toString();
    // An empty time means "now".
    return text.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) : fromTimestamp(text);
}
