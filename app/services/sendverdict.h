#pragma once

#include "model/outboxitem.h"
#include "platform/platformresult.h"

#include <QCoreApplication>

/// What the answer to one send means for its item (DESIGN.md "Store: drafts, outbox"), decided
/// in one pure place: sent with its id; needs a fix (the platform clearly refused it); every
/// item paused (the key, secret or clock was refused: nothing was accepted); or tried again
/// later. A create that got any other answer (a 5xx, a 429, garbage) or none at all after it
/// went out may be on the platform: it is uncertain, and looked for before it is ever sent again.
struct SendVerdict
{
    Q_DECLARE_TR_FUNCTIONS(SendVerdict)

public:
    OutboxItem::State state = OutboxItem::State::Queued;
    qint64 recordId = 0;
    PlatformError error;
    QString text; ///< the item's last error, in words
    QString pauseReason; ///< non-empty: pause the whole outbox
    bool unreachable = false; ///< the platform could not be reached at all

    static SendVerdict of(bool update, const PlatformResult &result);
};
