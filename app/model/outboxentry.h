#pragma once

#include "model/outboxitem.h"

#include <QDateTime>
#include <QString>

/// One line of the outbox as a person sees it: what an item is, where it stands, and why. The
/// panel keeps thousands of these; they carry no draft and no body, so reading them costs no JSON.
struct OutboxEntry
{
    qint64 id = 0;
    QString kind; ///< "lead", "company" or "contact"
    OutboxItem::State state = OutboxItem::State::Draft;
    QString title;
    qint64 recordId = 0;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime updatedAt; ///< for a sent item: when it was sent
    bool update = false; ///< the body has an id: it corrects an existing record

    bool isPending() const
    {
        return state == OutboxItem::State::Queued || state == OutboxItem::State::Sending
            || state == OutboxItem::State::Uncertain;
    }
};
