#pragma once

#include "model/lookupcatalog.h"
#include "model/outboxentry.h"
#include "model/outboxitem.h"
#include "model/result.h"
#include "services/outboxchange.h"
#include "services/outboxsettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class OutboxSender;
class OutboxStore;
class PlatformClient;

/// The one door to the outbox (DESIGN.md "Store: drafts, outbox"; STYLE.md habit 16): every
/// change of an item's state goes through here, guarded by the states it may start from, and
/// each item is sent exactly once: queued → sending → sent(id) | needs-fix(errors) | uncertain.
///
/// A create whose outcome is unknown is looked for on the platform before it is ever sent again
/// (UncertainMatch); an update is simply re-sent. Transient failures back off (RetryPolicy);
/// refused credentials or a wrong clock pause the outbox and keep every item. Every change is
/// announced with what it means (OutboxChange), so nobody reads the store again to learn it.
/// The sending itself is OutboxSender's.
class Outbox : public QObject
{
    Q_OBJECT

public:
    using Settings = OutboxSettings;

    /// An uncertain item that waits for a person: two platform records could be it.
    static QDateTime heldUntilDecided();
    /// The platform records an item held for a person could be.
    static QList<qint64> candidatesOf(const OutboxItem &item);

    Outbox(PlatformClient *client, OutboxStore *store, QString profile, QObject *parent = nullptr);
    ~Outbox() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    /// Test seam: the one clock for schedules and batching (UTC).
    void setClock(std::function<QDateTime()> nowUtc);
    /// Test seam: the jitter drawn for a retry, in [-1, 1].
    void setSpread(std::function<double()> spread);
    QString profile() const { return m_profile; }

    /// Recovers items a crash left "sending", then sends what is due.
    void start();
    /// Stops sending (in-flight calls finish); nothing is dropped.
    void stop();
    bool isRunning() const;
    /// Only items queued through this object are sent (the CLI's submit); the rest wait.
    void setSendOnlyQueuedHere(bool only);
    /// Item `id`, queued by an earlier process, is sent here too although only items queued
    /// here are: an import resumes what its killed run left in the outbox.
    void adopt(qint64 id);
    /// Who sends this profile's outbox instead of this process ("the LeadDesk app (process
    /// 1234)"); empty when this one does. Exactly one process sends a profile's outbox.
    QString sendingElsewhere() const;

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
    /// Every item not sent yet with its state, without reading the items (thousands are cheap).
    Result<QHash<qint64, OutboxItem::State>> waitingStates() const;
    /// The lines of items `ids`, newest first: a page of the panel.
    Result<QList<OutboxEntry>> entriesOf(const QList<qint64> &ids) const;
    /// Sent items older than `days` days leave the history.
    Result<int> pruneSentHistory(int days);
    /// The sent history, newest first, whose title contains `filter` or whose id it is.
    Result<QList<OutboxEntry>> sentHistory(const QString &filter, int offset, int limit) const;
    Result<int> sentCount(const QString &filter) const;

    // Sending ----------------------------------------------------------------------------

    /// Everything pending is due now; a paused outbox resumes.
    void sendNow();
    bool isPaused() const;
    QString pauseReason() const;
    /// After the credentials or the clock were fixed.
    void resume();
    bool isOnline() const;
    /// Why the platform is thought unreachable (empty while online).
    QString offlineReason() const;
    int inFlight() const;
    /// Why the store could not be written (empty when it can): nothing more goes out.
    QString storeProblem() const;

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
    /// `holder` sends this profile's outbox now; this process only queues (empty: it sends).
    void followingChanged(const QString &holder);
    /// Batch sending, in words a person can be shown: a batch whose outcome is unknown is
    /// being looked for ("waiting for the platform to finish a batch of 200; looking up what
    /// landed").
    void batchNotice(const QString &text);
    /// The platform refused batch runs: the rest goes out one request per record, and why
    /// (said once per session).
    void batchRefused(const QString &reason);

private:
    QDateTime now() const;
    /// Why `id` cannot be changed now (empty when it can): it is on its way.
    QString busyReason(qint64 id, const QString &title) const;
    /// Why `item`, as the store holds it, cannot be changed: it is or may be on the platform.
    QString refusal(const OutboxItem &item) const;
    void emitChange(const OutboxItem &item, OutboxItem::State state, const QString &text = {},
                    const PlatformError &error = {}, qint64 recordId = 0);

    OutboxStore *m_store;
    QString m_profile;
    Settings m_settings;
    OutboxSender *m_sender;
};
