#pragma once

#include "model/lookupcatalog.h"
#include "model/outboxentry.h"
#include "model/outboxitem.h"
#include "model/result.h"
#include "platform/platformresult.h"
#include "services/outboxchange.h"
#include "services/outboxplan.h"
#include "services/retrypolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class OutboxStore;
class PlatformClient;
class PlatformReply;
class QNetworkInformation;
class QTimer;

/// The one door to the outbox (DESIGN.md "Store: drafts, outbox"; STYLE.md habit 16): every
/// change of an item's state goes through here, guarded by the states it may start from, and
/// each item is sent exactly once: queued → sending → sent(id) | needs-fix(errors) | uncertain.
///
/// A create whose outcome is unknown is looked for on the platform before it is ever sent again
/// (UncertainMatch); an update is simply re-sent. Transient failures back off (RetryPolicy);
/// refused credentials or a wrong clock pause the outbox and keep every item. Every change is
/// announced with what it means (OutboxChange), so nobody reads the store again to learn it.
class Outbox : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxInFlight = 6; ///< parallel sends (HTTP/1.1 keeps 6 per host)
        RetryPolicy::Settings retry;
        int probeIntervalMs = 30000; ///< how often an offline outbox pings
        /// An uncertain create is looked for from this long before its first attempt: our
        /// clock and the platform's may disagree by up to this much unnoticed.
        int lookBackSeconds = 120;
        /// A create not found on the platform may still land this long after it last went out
        /// (a slow write); it is not sent again before then.
        int landingWindowSeconds = 120;
        /// Items taken ("sending" on disk) in one batch, ahead of free slots (see OutboxPlan).
        /// After a crash they are looked for like any item caught sending; on stop or pause
        /// they are put back.
        int takeAhead = 32;
        /// An answer waits at most this long for the next batch to be written (and shown).
        int answerDelayMs = 50;
    };

    /// An uncertain item that waits for a person: two platform records could be it.
    static QDateTime heldUntilDecided();
    /// The platform records an item held for a person could be.
    static QList<qint64> candidatesOf(const OutboxItem &item);

    Outbox(PlatformClient *client, OutboxStore *store, QString profile, QObject *parent = nullptr);
    ~Outbox() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    /// Test seam: the one clock for schedules and batching (UTC).
    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    /// Test seam: the jitter drawn for a retry, in [-1, 1].
    void setSpread(std::function<double()> spread) { m_spread = std::move(spread); }
    QString profile() const { return m_profile; }

    /// Recovers items a crash left "sending", then sends what is due.
    void start();
    /// Stops sending (in-flight calls finish); nothing is dropped.
    void stop();
    bool isRunning() const { return m_running; }
    /// Only items queued through this object are sent (the CLI's submit); the rest wait.
    void setSendOnlyQueuedHere(bool only) { m_onlyQueuedHere = only; }

    // Drafts and items -------------------------------------------------------------------

    /// Keeps a form's state as draft `itemId` (0 makes a new draft); returns its id.
    Result<qint64> saveDraft(qint64 itemId, const QString &kind, const QString &title,
                             const QJsonObject &draft);
    /// Queues a checked record: `itemId` is its draft (0 creates the row). Returns the local id;
    /// sending starts at once when the outbox runs.
    Result<qint64> queue(qint64 itemId, const QString &kind, const QString &title,
                         const QJsonObject &draft, const QJsonObject &body);
    /// Takes an item back for editing: a queued one becomes a draft again. Refused, with the
    /// reason, while it is being sent or checked.
    Result<OutboxItem> takeBack(qint64 id);
    /// Deletes a draft, a queued item or one that needs a fix, and returns it as it was (for
    /// undo). Refused, with the reason and when it can be deleted, while a send is possible.
    Result<OutboxItem> remove(qint64 id);
    /// Undo of remove(): the item comes back exactly as it was, once.
    Result<bool> restore(const OutboxItem &item);
    /// An uncertain item waiting for a person: `recordId` > 0 says it is that platform record;
    /// 0 says none of them is, so it is sent again.
    Result<bool> settleUncertain(qint64 id, qint64 recordId);
    Result<OutboxItem> item(qint64 id) const;
    /// What the panel shows: what waits, and the `sentLimit` most recently sent.
    Result<QList<OutboxEntry>> entries(int sentLimit) const;
    /// Sent items older than `days` days leave the history.
    Result<int> pruneSentHistory(int days);
    /// The sent history, newest first, whose title contains `filter` or whose id it is.
    Result<QList<OutboxEntry>> sentHistory(const QString &filter, int offset, int limit) const;
    Result<int> sentCount(const QString &filter) const;

    // Sending ----------------------------------------------------------------------------

    /// Everything pending is due now; a paused outbox resumes.
    void sendNow();
    bool isPaused() const { return !m_pauseReason.isEmpty(); }
    QString pauseReason() const { return m_pauseReason; }
    /// After the credentials or the clock were fixed.
    void resume();
    bool isOnline() const { return m_online; }
    /// Why the platform is thought unreachable (empty while online).
    QString offlineReason() const { return m_offlineReason; }
    int inFlight() const { return int(m_inFlight.size()); }
    /// Why the store could not be written (empty when it can): nothing more goes out.
    QString storeProblem() const { return m_storeProblem; }

    /// After the lookups changed: queued items that no longer pass the rules go to needs-fix
    /// with the reason, instead of failing on the platform.
    int recheck(const std::shared_ptr<const LookupCatalog> &catalog);

Q_SIGNALS:
    void itemChanged(const OutboxChange &change);
    /// Flushing: `done` of `total` pending items have ended (sent or needs-fix).
    void progress(int done, int total);
    void pausedChanged(bool paused, const QString &reason);
    void onlineChanged(bool online);
    /// The store refused a write: nothing more is sent until it accepts one again.
    void storeFailed(const QString &reason);
    /// Nothing in flight and nothing due.
    void idle();

private:
    /// An answer's state change, written with the next batch (see OutboxPlan).
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
    /// Taken in a written batch, not sent yet: a send, or an uncertain create's look-up.
    struct Taken
    {
        OutboxItem item;
        bool lookUp = false;
    };
    /// What one written batch did.
    struct Batch
    {
        QList<Change> written;
        QList<Taken> taken;
        QList<Taken> returned;
        bool exhausted = false;
    };

    QDateTime now() const { return m_clock(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    void pump();
    /// pump() on the next turn of the event loop: answers arriving together share one batch.
    void pumpSoon();
    Result<bool> writeBatch(const OutboxPlan &plan, Batch &batch);
    Result<bool> takeDue(int wanted, Batch &batch);
    void announce(const Batch &batch, bool putBack);
    void record(const OutboxItem &item, OutboxItem::State state, const QString &text = {},
                const PlatformError &error = {}, const QDateTime &next = {}, qint64 recordId = 0,
                const QList<qint64> &candidates = {});
    Result<bool> write(const Change &change);
    /// Sends taken items while there is a free slot.
    void startReady();
    void settle();
    void scheduleWake();
    void send(const OutboxItem &item);
    void onSent(const OutboxItem &item, const PlatformResult &result);
    void lookFor(const OutboxItem &item);
    void onLookedFor(const OutboxItem &item, const PlatformResult &result);
    QDateTime nextAttempt(int attempts, int retryAfterSeconds) const;
    /// The platform's time for a local one, by the offset the client learned.
    QDateTime platformTime(const QDateTime &local) const;
    /// Why `id` cannot be changed now (empty when it can): it is on its way or being checked.
    QString busyReason(qint64 id, const QString &title) const;
    /// Why `item`, as the store holds it, cannot be changed: it is or may be on the platform.
    QString refusal(const OutboxItem &item) const;
    /// Takes an item out of the taken-ahead list and puts it back in the queue on disk.
    Result<bool> untake(qint64 id);
    void pause(const QString &reason);
    void setOnline(bool online, const QString &reason = QString());
    void setStoreProblem(const QString &problem);
    void probe();
    void report(const Result<bool> &stored);
    void updateProgress();
    void emitChange(const OutboxItem &item, OutboxItem::State state, const QString &text = {},
                    const PlatformError &error = {}, const QDateTime &next = {},
                    qint64 recordId = 0);
    bool sendsHere(qint64 id) const { return !m_onlyQueuedHere || m_queuedHere.contains(id); }

    PlatformClient *m_client;
    OutboxStore *m_store;
    QString m_profile;
    Settings m_settings;
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
    QTimer *m_probe;
    QNetworkInformation *m_network = nullptr;
    QHash<qint64, QPointer<PlatformReply>> m_inFlight;
    QPointer<PlatformReply> m_ping;
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
