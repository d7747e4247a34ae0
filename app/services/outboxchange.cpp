#include "services/outboxchange.h"

OutboxChange OutboxChange::of(const OutboxItem &item, OutboxItem::State state, const QDateTime &now,
                              const QString &text, const PlatformError &error,
                              const QDateTime &next, qint64 recordId)
{
    OutboxChange change;
    OutboxEntry &entry = change.entry;
    entry.id = item.id;
    entry.kind = item.kind;
    entry.state = state;
    entry.title = item.title;
    entry.recordId = recordId ? recordId : item.recordId;
    entry.attempts = item.attempts;
    entry.lastError = text;
    entry.nextAttemptAt = next;
    entry.updatedAt = now;
    entry.update = item.isUpdate();
    change.error = error;
    return change;
}

OutboxChange OutboxChange::removal(const OutboxItem &item)
{
    OutboxChange change;
    change.entry.id = item.id;
    change.entry.kind = item.kind;
    change.entry.title = item.title;
    change.entry.state = item.state;
    change.removed = true;
    return change;
}
