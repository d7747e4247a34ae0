#pragma once

#include "store/outboxitem.h"

#include <QAbstractListModel>

class OutboxStore;

/// The drafts and outbox items of a profile, newest first, for the panel
/// beside the forms: each says its state, attempts, last error and next
/// attempt in words.
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

    explicit OutboxListModel(QObject *parent = nullptr);

    void setSource(OutboxStore *store, const QString &profile);
    /// Reads the items again (after a save or a state change).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const OutboxItem *itemAt(int row) const;
    int rowOf(qint64 id) const;
    int count(OutboxItem::State state) const;

    /// "Queued", "Needs a fix" … for a person.
    static QString stateText(OutboxItem::State state);
    /// One line of details: attempts, next attempt, last error.
    static QString details(const OutboxItem &item);

private:
    OutboxStore *m_store = nullptr;
    QString m_profile;
    QList<OutboxItem> m_items;
};
