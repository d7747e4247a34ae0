#pragma once

#include "model/lookupcatalog.h"
#include "model/result.h"
#include "platform/platformresult.h"
#include "store/outboxitem.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class OutboxStore;
class PlatformClient;
class PlatformReply;
class QNetworkInformation;
class QTimer;

/// Sends queued records by itself, each exactly once (DESIGN.md "Store:
/// drafts, outbox"): queued → sending → sent(id) | needs-fix(errors) |
/// uncertain. A create whose outcome is unknown is looked for on the
/// platform before it is ever sent again; an update is simply re-sent.
/// Transient failures back off exponentially with jitter; refused
/// credentials or a wrong clock pause the outbox and keep every item.
class Outbox : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxInFlight = 6; ///< parallel sends (HTTP/1.1 keeps 6 per host)
        int baseDelayMs = 2000; ///< first retry after about this long
        int maxDelayMs = 5 * 60 * 1000; ///< retries never wait longer
        double jitter = 0.2; ///< ± share of the delay, so clients do not retry in step
        int probeIntervalMs = 30000; ///< how often an offline outbox pings
        int lookBackSeconds = 600; ///< an uncertain create is looked for from this long before
        /// Items taken ("sending" on disk) in one batch, ahead of free slots: a freed slot is
        /// used at once, and the disk syncs once per chunk instead of twice per item. After a
        /// crash they are looked for like any item caught sending; on stop or pause they are
        /// put back.
        int takeAhead = 32;
        /// An answer waits at most this long for the next batch to be written (and shown).
        int answerDelayMs = 50;
    };

    Outbox(PlatformClient *client, OutboxStore *store, QString profile, QObject *parent = nullptr);
    ~Outbox() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    /// Test seam: the clock used for schedules (UTC).
    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    QString profile() const { return m_profile; }

    /// Recovers items a crash left "sending", then sends what is due.
    void start();
    /// Stops sending (in-flight calls finish); nothing is dropped.
    void stop();
    bool isRunning() const { return m_running; }

    /// Queues a checked record: `itemId` is its draft (0 creates the row).
    /// Returns the local id; sending starts at once when the outbox runs.
    Result<qint64> queue(qint64 itemId, const QString &kind, const QString &title,
                         const QJsonObject &draft, const QJsonObject &body);
    /// Everything pending is due now; a paused outbox resumes.
    void sendNow();
    /// Only this item is sent (the CLI's submit); 0 sends everything again.
    void setOnly(qint64 id) { m_only = id; }

    bool isPaused() const { return !m_pauseReason.isEmpty(); }
    QString pauseReason() const { return m_pauseReason; }
    /// After the credentials or the clock were fixed.
    void resume();
    bool isOnline() const { return m_online; }
    /// Why the platform is thought unreachable (empty while online).
    QString offlineReason() const { return m_offlineReason; }
    int inFlight() const { return int(m_inFlight.size()); }

    /// After the lookups changed: queued items that no longer pass the rules
    /// go to needs-fix with the reason, instead of failing on the platform.
    int recheck(const std::shared_ptr<const LookupCatalog> &catalog);

Q_SIGNALS:
    void itemChanged(qint64 id, OutboxItem::State state);
    /// Flushing: `done` of `total` pending items have ended (sent or needs-fix).
    void progress(int done, int total);
    void pausedChanged(bool paused, const QString &reason);
    void onlineChanged(bool online);
    /// Nothing in flight and nothing due.
    void idle();

private:
    /// An answer's state change, written with the next batch (see pump()).
    struct Change
    {
        qint64 id = 0;
        OutboxItem::State state = OutboxItem::State::Queued;
        QString error;
        QJsonObject problems;
        QDateTime next;
        qint64 recordId = 0;
    };

    QDateTime now() const { return m_clock(); }
    void pump();
    /// pump() on the next turn of the event loop: answers arriving together share one batch.
    void pumpSoon();
    void record(const Change &change);
    Result<bool> write(const Change &change);
    /// Sends taken items while there is a free slot.
    void startReady();
    /// The setOnly() item when it is due (a list of none or one, like OutboxStore::due()).
    Result<QList<OutboxItem>> onlyItemIfDue(const QDateTime &when) const;
    void settle();
    void scheduleWake();
    void send(const OutboxItem &item);
    void onSent(const OutboxItem &item, const PlatformResult &result);
    void lookFor(const OutboxItem &item);
    void onLookedFor(const OutboxItem &item, const PlatformResult &result);
    QDateTime nextAttempt(int attempts, int retryAfterSeconds) const;
    void finishItem(qint64 id, OutboxItem::State state);
    void pause(const QString &reason);
    void setOnline(bool online, const QString &reason = QString());
    void probe();
    void report(const Result<bool> &stored);
    void updateProgress();

    PlatformClient *m_client;
    OutboxStore *m_store;
    QString m_profile;
    Settings m_settings;
    std::function<QDateTime()> m_clock;
    QTimer *m_wake;
    QTimer *m_soon;
    /// Answers not yet written; the store still says "sending" for them.
    QList<Change> m_changes;
    /// After a failed batch: no new batch before this (milliseconds since the epoch).
    qint64 m_writeRetryAtMs = 0;
    /// Taken in a written batch, not sent yet: a send, or an uncertain create's look-up.
    struct Taken
    {
        OutboxItem item;
        bool lookUp = false;
    };
    QList<Taken> m_ready;
    /// Whether a batch should look for due items (false once none were left).
    bool m_mayBeDue = true;
    qint64 m_oldestChangeMs = 0;
    QTimer *m_probe;
    QNetworkInformation *m_network = nullptr;
    QHash<qint64, QPointer<PlatformReply>> m_inFlight;
    QPointer<PlatformReply> m_ping;
    QString m_pauseReason;
    bool m_running = false;
    bool m_online = true;
    QString m_offlineReason;
    bool m_pumping = false;
    qint64 m_only = 0;
    int m_flushDone = 0;
    int m_flushTotal = 0;
};
