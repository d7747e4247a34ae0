#pragma once

#include "services/retrypolicy.h"

/// How the outbox sends: parallel sends, retries, probes, and the windows an uncertain create is
/// looked for in.
struct OutboxSettings
{
    int maxInFlight = 6; ///< parallel sends (HTTP/1.1 keeps 6 per host)
    RetryPolicy::Settings retry;
    int probeIntervalMs = 30000; ///< how often an offline outbox pings
    /// An uncertain create is looked for from this long before its first attempt: our clock
    /// and the platform's may disagree by up to this much unnoticed.
    int lookBackSeconds = 120;
    /// A create not found on the platform may still land this long after it last went out (a
    /// slow write); it is not sent again before then.
    int landingWindowSeconds = 120;
    /// Items taken ("sending" on disk) in one batch, ahead of free slots (see OutboxPlan). After
    /// a crash they are looked for like any item caught sending; on stop or pause they are put
    /// back.
    int takeAhead = 32;
    /// An answer waits at most this long for the next batch to be written (and shown).
    int answerDelayMs = 50;
    /// How often the sending process looks for items another LeadDesk queued (the CLI's), and
    /// a following process for what the sender did.
    int otherProcessPollMs = 2000;

    /// Creates go out through the platform's batch namespace when more than `batchThreshold`
    /// lead, contact or company creates are due, `batchSize` jobs per run (OutboxBatch).
    bool useBatch = true;
    int batchThreshold = 20;
    int batchSize = 200;
    /// How often a running batch's progress is asked.
    int batchPollMs = 500;
    /// A batch whose outcome is unknown may still be landing: its records are looked up until
    /// what is found has not changed for this long, and only then is the rest sent again.
    int batchSettleMs = 60000;
    /// How often a record of such a batch that was not found is looked up again.
    int batchLookAgainMs = 3000;
};
