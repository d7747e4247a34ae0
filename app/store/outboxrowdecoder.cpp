#include "store/outboxrowdecoder.h"

#include "store/storetimestamp.h"

#include <QJsonDocument>

QString OutboxRowDecoder::itemColumns()
{
    return QStringLiteral(
        "id, profile, kind, state, title, draft, body, record_id, attempts, last_error, problems,"
        " next_attempt_at, first_sent_at, created_at, updated_at, last_sent_at");
}

QString OutboxRowDecoder::entryColumns()
{
    // json_extract() fails the whole statement on text that is not JSON, so one damaged body
    // would hide the outbox; json_valid() keeps it to that row.
    return QStringLiteral(
        "id, kind, state, title, record_id, attempts, last_error, next_attempt_at, updated_at,"
        " CASE WHEN json_valid(body) THEN json_extract(body, '$.id') IS NOT NULL ELSE 0 END");
}

QString OutboxRowDecoder::waitingColumns()
{
    // Whether a waiting item is a correction is not shown in the list, and parsing every body
    // would cost more than the rest of it.
    return QStringLiteral(
        "id, kind, state, title, record_id, attempts, last_error, next_attempt_at, updated_at, 0");
}

OutboxItem OutboxRowDecoder::item(const QVariantList &row)
{
    OutboxItem item;
    item.id = row.value(0).toLongLong();
    item.profile = row.value(1).toString();
    item.kind = row.value(2).toString();
    item.state = OutboxItem::stateFromName(row.value(3).toString());
    item.title = row.value(4).toString();
    item.draft = object(row.value(5));
    item.body = object(row.value(6));
    item.recordId = row.value(7).toLongLong();
    item.attempts = row.value(8).toInt();
    item.lastError = row.value(9).toString();
    item.problems = object(row.value(10));
    item.nextAttemptAt = time(row.value(11).toString());
    item.firstSentAt = time(row.value(12).toString());
    item.createdAt = time(row.value(13).toString());
    item.updatedAt = time(row.value(14).toString());
    item.lastSentAt = time(row.value(15).toString());
    return item;
}

OutboxEntry OutboxRowDecoder::entry(const QVariantList &row)
{
    OutboxEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.kind = row.value(1).toString();
    entry.state = OutboxItem::stateFromName(row.value(2).toString());
    entry.title = row.value(3).toString();
    entry.recordId = row.value(4).toLongLong();
    entry.attempts = row.value(5).toInt();
    entry.lastError = row.value(6).toString();
    entry.nextAttemptAt = time(row.value(7).toString());
    entry.updatedAt = time(row.value(8).toString());
    entry.update = row.value(9).toBool();
    return entry;
}

QJsonObject OutboxRowDecoder::object(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QDateTime OutboxRowDecoder::time(const QString &text)
{
    return StoreTimestamp::read(text);
}
