#pragma once

#include "model/outboxentry.h"
#include "services/outboxchange.h"

#include <QAbstractListModel>
#include <QPointer>

class Outbox;

/// The outbox panel's list: every draft and item not sent yet, and the few most recently sent,
/// newest first. Each line says its state, attempts, next attempt and last error in words.
///
/// Read once when the outbox is set; after that each OutboxChange updates, inserts or removes
/// the one row it names, so thousands of waiting items cost nothing per change.
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

    explicit OutboxListModel(QObject *parent = nullptr);

    /// The profile's outbox (null: none). Reads its entries and follows its changes.
    void setOutbox(Outbox *outbox);
    /// Reads every entry again (after something outside the outbox changed the store).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const OutboxEntry *entryAt(int row) const;
    int rowOf(qint64 id) const;
    int count(OutboxItem::State state) const { return m_counts.value(int(state)); }
    /// Why the list could not be read (empty when it was).
    QString loadError() const { return m_loadError; }

    /// "Queued", "Needs a fix" … for a person.
    static QString stateText(OutboxItem::State state);
    /// One line of details: attempts, next attempt, last error.
    static QString details(const OutboxEntry &entry);

private:
    void apply(const OutboxChange &change);
    /// Where an item with `id` belongs (the list is ordered by id, newest first).
    int insertionRow(qint64 id) const;
    void countIn(const OutboxEntry &entry, int delta);
    /// Sent items beyond kRecentSent leave the list (they stay in the sent history).
    void trimSent();

    QPointer<Outbox> m_outbox;
    QList<OutboxEntry> m_entries;
    QHash<int, int> m_counts;
    QString m_loadError;
};
