#pragma once

#include "model/outboxitem.h"
#include "model/result.h"
#include "platform/platformresult.h"
#include "services/outboxchange.h"
#include "services/outboxplan.h"
#include "services/outboxsettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class OutboxBatch;
class OutboxFollower;
class OutboxRequests;
class OutboxStore;
class PlatformClient;
class PlatformReply;
class QTimer;
class ReachabilityProbe;

/// The outbox's engine (Outbox is its only user): takes due items in batches (OutboxPlan),
/// sends them, looks for uncertain creates, writes the answers with the next batch, and says
/// whether the platform answers. Exactly once holds across batches: an item is "sending" on
/// disk before its request goes out, and an answer is announced only once it is on disk. Until
/// then the store says "sending", which after a crash means a look on the platform, never a
/// blind second send.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(PlatformClient *client, OutboxStore *store, QString profile,
                 const OutboxSettings *settings, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    void setSpread(std::function<double()> spread) { m_spread = std::move(spread); }
    QDateTime now() const { return m_clock(); }

    /// Sends when this process holds the profile's outbox lock; otherwise follows what the
    /// holder does (followingChanged), and takes over once the holder is gone.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Who sends this profile's outbox instead of us, in words; empty when we do.
    QString sendingElsewhere() const;
    /// Only the items noted with queuedHere() are sent.
    void setSendOnlyQueuedHere(bool only) { m_onlyQueuedHere = only; }
    /// An item was queued (or put back) through this outbox: it may be due now.
    void queuedHere(qint64 id);
    /// An item left the queue (taken back, deleted).
    void forget(qint64 id);
    /// Something may have become due: look at the next turn.
    void wake()
    {
        m_mayBeDue = true;
        pumpSoon();
    }

    /// The item's request or look-up is on its way, or its answer is not written yet.
    bool isHandling(qint64 id) const;
    /// Takes an item out of the taken-ahead list and puts it back in the queue on disk.
    Result<bool> untake(qint64 id);
    /// An item ended outside a send (a person settled it): it counts towards the progress.
    void countFinished()
    {
        ++m_flushDone;
        updateProgress();
    }

    void sendNow();
    bool isPaused() const { return !m_pauseReason.isEmpty(); }
    QString pauseReason() const { return m_pauseReason; }
    void resume();
    bool isOnline() const { return m_online; }
    QString offlineReason() const { return m_offlineReason; }
    /// Requests and batch runs on their way.
    int inFlight() const;
    QString storeProblem() const { return m_storeProblem; }

Q_SIGNALS:
    void changed(const OutboxChange &change);
    void progress(int done, int total);
    void pausedChanged(bool paused, const QString &reason);
    void onlineChanged(bool online);
    void storeFailed(const QString &reason);
    void idle();
    /// `holder` sends this profile's outbox now (empty: this process does).
    void followingChanged(const QString &holder);
    /// Batch sending, in words: a batch is being looked for (OutboxBatch::notice).
    void batchNotice(const QString &text);
    /// The platform refused batch runs; single requests from now (said once).
    void batchRefused(const QString &reason);

private:
    /// An answer's state change, written with the next batch.
    struct Change
    {
        OutboxItem item; ///< as taken
        OutboxItem::State state = OutboxItem::State::Queued;
        QString text; ///< last error, in words
        PlatformError error;
        QDateTime next;
        qint64 recordId = 0;
        QList<qint64> candidates; ///< an uncertain create several records could be
    };
    using Taken = OutboxPlan::Taken;
    /// What one written batch did.
    struct Batch
    {
        QList<Change> written;
        QList<Taken> taken;
        QList<Taken> returned;
        bool exhausted = false;
    };

    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    /// This process sends: recovers what a crash left "sending", then sends what is due.
    void lead();
    void pump();
    /// pump() on the next turn of the event loop: answers arriving together share one batch.
    void pumpSoon();
    Result<bool> writeBatch(const OutboxPlan &plan, Batch &batch);
    /// A taken item that never went out, back in the store as it was.
    Result<bool> putBack(const Taken &taken);
    Result<bool> takeDue(int wanted, Batch &batch);
    void announce(const Batch &batch, bool putBack);
    void record(const OutboxItem &item, OutboxItem::State state, const QString &text = {},
                const PlatformError &error = {}, const QDateTime &next = {}, qint64 recordId = 0,
                const QList<qint64> &candidates = {});
    Result<bool> write(const Change &change);
    void startReady();
    void connectBatch();
    void settle();
    void scheduleWake();
    void send(const OutboxItem &item);
    void onSent(const OutboxItem &item, const PlatformResult &result);
    void onLookedFor(const OutboxItem &item, const PlatformResult &result);
    QDateTime nextAttempt(int attempts, int retryAfterSeconds) const;
    void pause(const QString &reason);
    void setOnline(bool online, const QString &reason = QString());
    void setStoreProblem(const QString &problem);
    void report(const Result<bool> &stored);
    void updateProgress();
    void emitChange(const OutboxItem &item, OutboxItem::State state, const QString &text = {},
                    const PlatformError &error = {}, const QDateTime &next = {},
                    qint64 recordId = 0);
    bool sendsHere(qint64 id) const { return !m_onlyQueuedHere || m_queuedHere.contains(id); }

    PlatformClient *m_client;
    OutboxStore *m_store;
    QString m_profile;
    const OutboxSettings *m_settings;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_spread;
    QTimer *m_wake;
    QTimer *m_soon;
    /// Answers not yet written; the store still says "sending" for them.
    QList<Change> m_changes;
    qint64 m_oldestChangeMs = 0;
    /// After a failed batch: no new batch before this (milliseconds since the epoch).
    qint64 m_writeRetryAtMs = 0;
    QList<Taken> m_ready;
    /// Whether a batch should look for due items (false once none were left).
    bool m_mayBeDue = true;
    ReachabilityProbe *m_probe;
    OutboxFollower *m_follower;
    QTimer *m_poll;
    OutboxBatch *m_batch;
    OutboxRequests *m_requests;
    QString m_pauseReason;
    QString m_storeProblem;
    bool m_running = false;
    bool m_online = true;
    QString m_offlineReason;
    bool m_pumping = false;
    bool m_onlyQueuedHere = false;
    QSet<qint64> m_queuedHere;
    int m_flushDone = 0;
    int m_flushTotal = 0;
};
