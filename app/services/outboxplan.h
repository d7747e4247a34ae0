#pragma once

#include "model/outboxitem.h"

#include <QList>
#include <QtGlobal>

/// What one turn of the outbox does, decided from a snapshot of its state alone.
///
/// The outbox writes the store in batches: one transaction, one disk sync, holding the answers
/// that came in since the last batch and the next chunk of items taken ("sending" on disk, or an
/// uncertain create's look-up guard). A batch runs when the taken items run low, when an answer
/// has waited `answerDelayMs`, when nothing is left in flight, or to put taken items back on stop
/// or pause. This is the pure part of that decision; Outbox carries it out.
struct OutboxPlan
{
    /// Taken in a written batch, not sent yet: a send, or an uncertain create's look-up.
    struct Taken
    {
        OutboxItem item;
        bool lookUp = false;
    };

    struct Input
    {
        bool taking = false; ///< running and not paused: new items may go out
        int answers = 0; ///< answers waiting to be written
        qint64 oldestAnswerAgeMs = 0; ///< how long the oldest of them has waited
        int ready = 0; ///< taken in a written batch, not sent yet
        int inFlight = 0; ///< sends and look-ups on their way
        bool mayBeDue = true; ///< false once a batch found nothing more due
        bool writeBlocked = false; ///< the last batch failed and its retry time has not come
        int maxInFlight = 6;
        int takeAhead = 32;
        int answerDelayMs = 50;
        /// Creates may go out as batch runs (OutboxBatch): a free slot carries `batchSize`.
        bool batching = false;
        int batchSize = 200;
    };

    bool write = false; ///< run a batch now
    bool putBack = false; ///< return the taken items that did not go out (stop or pause)
    int take = 0; ///< how many due items the batch takes
    /// Not writing now, but answers wait: plan again after this long (-1: no need).
    qint64 againInMs = -1;

    static OutboxPlan make(const Input &in);

    /// Which of the `taken` items go out as one batch run (their indices): creates of a lead,
    /// contact or company (not look-ups), the first `batchSize` of them, when more than
    /// `batchThreshold` are there. Empty: every one goes out on its own.
    static QList<int> batchOf(const QList<Taken> &taken, int batchThreshold, int batchSize);
};
