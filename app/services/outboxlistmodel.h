#pragma once

#include "model/outboxentry.h"
#include "services/outboxchange.h"

#include <QAbstractListModel>
#include <QPointer>

class Outbox;

/// The outbox panel's list: every draft and item not sent yet, newest first, then the few most
/// recently sent. Each line says its state, attempts, next attempt and last error in words.
///
/// What waits is read a page at a time as the view scrolls (fetchMore), while the state of
/// every waiting item is known from the index alone, so the counts are exact and 10,000 waiting
/// items open as fast as 200. After that each OutboxChange updates, inserts or removes the one
/// row it names, or only the count when its row is not read yet.
class OutboxListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,
        KindRole,
        RecordIdRole
    };

    /// How many sent items the panel keeps below what waits (the rest: the sent history).
    static constexpr int kRecentSent = 5;
    /// How many waiting items are read at once.
    static constexpr int kPage = 200;

    explicit OutboxListModel(QObject *parent = nullptr);

    /// The profile's outbox (null: none). Reads its entries and follows its changes.
    void setOutbox(Outbox *outbox);
    /// Reads every entry again (after something outside the outbox changed the store).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const OutboxEntry *entryAt(int row) const;
    int rowOf(qint64 id) const;
    /// Items in `state` (all of them, read or not; for Sent, those in the list).
    int count(OutboxItem::State state) const;
    /// Why the list could not be read (empty when it was).
    QString loadError() const { return m_loadError; }

    /// "Queued", "Needs a fix" … for a person.
    static QString stateText(OutboxItem::State state);
    /// One line of details: attempts, next attempt, last error.
    static QString details(const OutboxEntry &entry);

private:
    void apply(const OutboxChange &change);
    /// An item is sent: it leaves what waits and heads the recently sent.
    void applySent(const OutboxChange &change, int waitingRow);
    /// An item waits: its row changes, or appears when it falls among the rows read.
    void applyWaiting(const OutboxChange &change, int waitingRow, bool wasRead);
    /// The waiting ids below the oldest read, newest first, at most kPage.
    QList<qint64> nextPage() const;
    /// The lines of waiting items `ids`; those no longer waiting leave the counts.
    QList<OutboxEntry> read(const QList<qint64> &ids);
    /// Where a waiting item with `id` belongs (ordered by id, newest first).
    int insertionRow(qint64 id) const;
    int waitingRow(qint64 id) const;
    int sentRow(qint64 id) const;
    void removeRow(int row);
    /// Sent items beyond kRecentSent leave the list (they stay in the sent history).
    void trimSent();

    QPointer<Outbox> m_outbox;
    QList<OutboxEntry> m_waiting; ///< read so far: the newest waiting items
    QList<OutboxEntry> m_sent; ///< the most recently sent, newest first
    QHash<qint64, OutboxItem::State> m_states; ///< every waiting item, read or not
    QHash<int, int> m_counts; ///< waiting items by state
    QString m_loadError;
    bool m_changing = false;
};
