#pragma once

#include "model/outboxitem.h"
#include "platform/batchrun.h"
#include "services/lostbatchwatch.h"
#include "services/outboxsettings.h"
#include "services/uncertainmatch.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class PlatformClient;

/// The outbox's batch sending (OutboxSender is its only user): many creates in one
/// `batch?action=run` (BatchRun), each job's answer settling its own item exactly as a single
/// answer would.
///
/// A batch whose outcome is unknown (its run answer or its results lost) may still be landing:
/// its items become uncertain and are looked up until what is found of the batch has not changed
/// for `batchSettleMs` (LostBatchWatch); only then is what was not found sent again. A platform
/// that refuses batch runs gets single requests for the rest of the session, said once.
class OutboxBatch : public QObject
{
    Q_OBJECT

public:
    OutboxBatch(PlatformClient *client, const OutboxSettings *settings,
                std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~OutboxBatch() override;

    /// Batch runs are allowed: the settings say so and the platform has not refused one.
    bool enabled() const { return m_settings->useBatch && m_refusal.isEmpty(); }
    /// Batch runs on their way; each takes one of the outbox's slots.
    int running() const { return int(m_runs.size()); }
    /// The item is in a batch on its way.
    bool isHandling(qint64 id) const { return m_handling.contains(id); }
    /// Sends `items` ("sending" on disk already) as one batch run.
    void send(const QList<OutboxItem> &items);
    /// Drops the runs on their way without a word: their items stay "sending" on disk and are
    /// looked up by the next outbox (the outbox is going).
    void abandon();

    /// Creates a stopped process had on their way, as found at start: looked up like a lost
    /// batch.
    void watchRecovered(const QList<OutboxItem> &items);
    /// The item is looked up as part of a batch that may still be landing.
    bool isWatched(qint64 id) const { return m_watch.isWatched(id); }
    /// Something is still looked for: the outbox is not idle.
    bool isWatching() const { return !m_watch.isEmpty(); }
    /// What follows a look-up of a watched item.
    UncertainMatch::Next afterLookUp(const OutboxItem &item, const UncertainMatch::Verdict &verdict,
                                     int landingWindowSeconds);
    /// The item left the outbox, or a person settled it.
    void forget(qint64 id) { m_watch.forget(id); }

Q_SIGNALS:
    /// A job's answer (or, when nothing ran, the run's): settles `item` as a single answer would.
    void answered(const OutboxItem &item, const PlatformResult &result);
    /// What became of `item` is unknown: it is uncertain and looked up from `next` on.
    void lost(const OutboxItem &item, const QString &text, const PlatformError &error,
              const QDateTime &next);
    /// The platform refused the batch run: `item` (as taken) goes out on its own.
    void notRun(const OutboxItem &item);
    /// A batch run ended: its slot is free.
    void ended();
    /// Something a person should know about batch sending now, in words.
    void notice(const QString &text);
    /// The platform does not take batch runs (said once per session): single requests from now.
    void refused(const QString &reason);

private:
    struct Run
    {
        QList<OutboxItem> taken; ///< as taken, for a run the platform refused
        QList<OutboxItem> sent; ///< with this attempt counted
    };

    void onFinished(BatchRun *run, const BatchRun::Outcome &outcome);
    void markLost(const QList<OutboxItem> &items, const PlatformError &error);

    PlatformClient *m_client;
    const OutboxSettings *m_settings;
    std::function<QDateTime()> m_clock;
    QHash<BatchRun *, Run> m_runs;
    QSet<qint64> m_handling;
    LostBatchWatch m_watch;
    QString m_refusal;
};
