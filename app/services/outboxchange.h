#pragma once

#include "model/outboxentry.h"
#include "platform/platformerror.h"

#include <QMetaType>

/// What the outbox says after it changed an item: the item's line as it now stands, the
/// platform's typed answer that moved it (for needs-fix, and for queued or uncertain after a
/// failed attempt), or that it is gone. Enough for the panel to update one row and for a waiting
/// form to say what happened, without reading the store again.
struct OutboxChange
{
    OutboxEntry entry;
    PlatformError error;
    bool removed = false;

    qint64 id() const { return entry.id; }
    OutboxItem::State state() const { return entry.state; }

    /// `item` now in `state`, for the reason `text` (the answer `error`), next tried at `next`.
    static OutboxChange of(const OutboxItem &item, OutboxItem::State state, const QDateTime &now,
                           const QString &text = {}, const PlatformError &error = {},
                           const QDateTime &next = {}, qint64 recordId = 0);
    /// `item` is gone from the outbox.
    static OutboxChange removal(const OutboxItem &item);
};

Q_DECLARE_METATYPE(OutboxChange)
