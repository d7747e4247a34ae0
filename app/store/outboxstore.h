#pragma once

#include "model/outboxentry.h"
#include "model/outboxitem.h"
#include "model/result.h"
#include "store/storetimestamp.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

class Database;

/// Drafts and outbox items in the store. Every change is one statement or one
/// transaction, and state changes name the states they may start from, so a
/// kill at any moment leaves each item in a state it really had.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    using State = OutboxItem::State;

    /// `database` must outlive this object.
    explicit OutboxStore(Database *database);

    Result<qint64> createDraft(const QString &profile, const QString &kind, const QString &title,
                               const QJsonObject &draft);
    /// Keeps the form's latest state; only drafts and items that need a fix are edited.
    Result<bool> saveDraft(qint64 id, const QString &title, const QJsonObject &draft);
    /// Submit: the body is fixed and the item waits for the outbox.
    Result<bool> queue(qint64 id, const QString &title, const QJsonObject &draft,
                       const QJsonObject &body);
    /// Back to a draft (a queued item opened for editing).
    Result<bool> unqueue(qint64 id);

    /// Taken by the sender: counts the attempt, notes when a create first went out.
    Result<bool> markSending(qint64 id, const QDateTime &nowUtc);
    /// markSending() for several items in one statement; returns the ids taken (an item that
    /// is no longer queued or uncertain is not).
    Result<QList<qint64>> markSending(const QList<qint64> &ids, const QDateTime &nowUtc);
    /// A "sending" item that certainly never went out is queued again, its attempt uncounted.
    Result<bool> putBack(qint64 id);
    Result<bool> markSent(qint64 id, qint64 recordId);
    Result<bool> markNeedsFix(qint64 id, const QString &error, const QJsonObject &problems);
    /// Try again at `next` (nothing reached the platform, or an update).
    Result<bool> markQueued(qint64 id, const QString &error, const QDateTime &next);
    /// The platform may have it: look before sending again, at `next`. `problems` keeps the
    /// answer that made it uncertain (none at all means it may still be landing).
    Result<bool> markUncertain(qint64 id, const QString &error, const QDateTime &next,
                               const QJsonObject &problems = {});
    /// Everything due now becomes due at once ("Send now").
    Result<bool> makeDueNow(const QString &profile);
    /// After a crash or kill, an item caught "sending" may have reached the platform.
    Result<int> recoverInterrupted(const QString &profile);

    /// Runs `work` as one transaction, so several changes cost one disk sync instead of one
    /// each (the outbox's flush). The changes above run inside it as plain statements; one that
    /// is refused (wrong state) fails alone and changes nothing, and `work` decides whether to
    /// go on. Rolled back when `work` fails or the commit does.
    Result<bool> batch(const std::function<Result<bool>()> &work);

    /// Deletes a draft, a queued item or one that needs a fix; an item being sent, checked or
    /// already sent is refused (it may reach, or has reached, the platform).
    Result<bool> remove(qint64 id);
    /// Puts a removed item back exactly as it was (undo). Only what remove() accepts comes back,
    /// and only once: an undo never makes a second copy, nor brings back a sent item.
    Result<bool> restore(const OutboxItem &item);
    /// Sent items older than `before` leave the history; returns how many.
    Result<int> pruneSent(const QDateTime &before);

    Result<OutboxItem> item(qint64 id) const;
    /// Newest first, sent history included.
    Result<QList<OutboxItem>> items(const QString &profile) const;
    Result<OutboxEntry> entry(qint64 id) const;
    /// Items another process changed after `since` (its updated_at), for a process that only
    /// follows the outbox while another sends.
    Result<QList<OutboxEntry>> entriesChangedSince(const QString &profile,
                                                   const QDateTime &since) const;
    /// The database file the store lives in.
    QString databasePath() const;
    /// What the outbox panel shows, newest first: every item not sent yet, and the `sentLimit`
    /// most recently sent. No draft or body is read, so `update` is known for the sent ones only.
    Result<QList<OutboxEntry>> entries(const QString &profile, int sentLimit) const;
    /// The lines of items `ids` (a page of what the panel shows), newest first.
    Result<QList<OutboxEntry>> entriesOf(const QList<qint64> &ids) const;
    /// Every item not sent yet with its state, read from the index alone (no row is read).
    Result<QHash<qint64, State>> waitingStates(const QString &profile) const;
    /// Sent items, newest first, whose title contains `filter` (all when empty).
    Result<QList<OutboxEntry>> sentHistory(const QString &profile, const QString &filter,
                                           int offset, int limit) const;
    Result<int> sentCount(const QString &profile, const QString &filter) const;
    /// Queued or uncertain items whose time has come, oldest first; of `only` when given.
    Result<QList<OutboxItem>> due(const QString &profile, const QDateTime &nowUtc, int limit,
                                  const QList<qint64> &only = {}) const;
    /// A profile's items in `state`, oldest first.
    Result<QList<OutboxItem>> itemsIn(const QString &profile, State state) const;
    /// Platform ids already taken by sent items of this kind (an uncertain
    /// create must not claim another item's record).
    Result<QList<qint64>> sentRecordIds(const QString &profile, const QString &kind) const;
    /// Which of `candidates` sent items of this kind already hold (an index read per candidate,
    /// however long the history).
    Result<QList<qint64>> claimedRecordIds(const QString &profile, const QString &kind,
                                           const QList<qint64> &candidates) const;
    /// The earliest time a pending item other than `excluding` (and one of `only`, when given)
    /// is due; invalid when none waits.
    QDateTime nextDue(const QString &profile, const QList<qint64> &excluding = {},
                      const QList<qint64> &only = {}) const;
    /// How many items are still to be sent (queued, sending or uncertain).
    Result<int> pendingCount(const QString &profile) const;

    static QString timestamp(const QDateTime &utc) { return StoreTimestamp::write(utc); }
    static QDateTime fromTimestamp(const QString &text) { return StoreTimestamp::read(text); }

private:
    /// Why a change was refused: the item has moved on.
    static QString notAllowed(qint64 id);
    /// `work` in a transaction of its own, or inside the running batch().
    Result<bool> atomically(const std::function<Result<bool>()> &work);
    Result<bool> transition(qint64 id, std::initializer_list<State> from,
                            const QString &assignments, const QVariantList &values);

    Database *m_db;
};
