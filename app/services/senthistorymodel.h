#pragma once

#include "model/outboxentry.h"
#include "services/outboxchange.h"

#include <QAbstractTableModel>
#include <QPointer>

class Outbox;

/// The sent history of a profile, newest first (Record → Sent history): what was sent, as
/// which platform record, and when. Rows are read a page at a time as the view scrolls, so a
/// history of 50,000 costs what is on screen; a filter narrows by title or platform id.
class SentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordIdColumn,
        KindColumn,
        TitleColumn,
        SentColumn,
        ProfileColumn,
        ColumnCount
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        KindRole,
    };
    static constexpr int kPage = 200;

    explicit SentHistoryModel(QObject *parent = nullptr);

    /// The history of `outbox`'s profile; newly sent items join at the top.
    void setOutbox(Outbox *outbox);
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    /// How many sent items match the filter (all pages).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const OutboxEntry *entryAt(int row) const;
    /// The kind of record in words ("lead", translated).
    static QString kindText(const QString &kind);

private:
    void reload();
    void onItemChanged(const OutboxChange &change);

    QPointer<Outbox> m_outbox;
    QString m_profile;
    QString m_filter;
    QList<OutboxEntry> m_entries;
    int m_total = 0;
};
