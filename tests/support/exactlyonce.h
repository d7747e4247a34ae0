#pragma once

#include "model/outboxitem.h"

#include <QHash>
#include <QList>
#include <QString>

class SandboxServer;

/// Exactly once, counted in the sandbox's own data: every sent item points at a record of its
/// own that carries the item's lead name, and the sandbox gained exactly `expected` leads since
/// `leadsBefore` (a second copy of any lead shows in that count).
struct ExactlyOnce
{
    const SandboxServer &sandbox;
    QHash<qint64, QString> names; ///< item id → the lead name it was queued with
    int leadsBefore = 0;

    /// What is wrong with `items`, at most 20 lines; empty when each lead is there once.
    /// `everyItemSent`: an item in any other state is wrong too (otherwise it is skipped).
    QString problems(const QList<OutboxItem> &items, int expected, bool everyItemSent) const;
};
