#include "services/senthistorymodel.h"

#include "services/outbox.h"

#include <QLocale>

SentHistoryModel::SentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SentHistoryModel::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    m_profile = outbox ? outbox->profile() : QString();
    if (m_outbox)
        connect(m_outbox, &Outbox::itemChanged, this, &SentHistoryModel::onItemChanged);
    reload();
}

void SentHistoryModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    reload();
}

void SentHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    if (m_outbox) {
        const auto total = m_outbox->sentCount(m_filter);
        m_total = total ? total.value() : 0;
        const auto first = m_outbox->sentHistory(m_filter, 0, kPage);
        if (first)
            m_entries = first.value();
    }
    endResetModel();
}

void SentHistoryModel::onItemChanged(const OutboxChange &change)
{
    if (change.state() != OutboxItem::State::Sent || change.removed)
        return;
    // Newly sent items join at the top when the filter lets them through.
    const QString filter = m_filter.trimmed();
    if (!filter.isEmpty() && !change.entry.title.contains(filter, Qt::CaseInsensitive)
        && QString::number(change.entry.recordId) != filter)
        return;
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(change.entry);
    ++m_total;
    endInsertRows();
}

int SentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SentHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_outbox && m_entries.size() < m_total;
}

void SentHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_outbox->sentHistory(m_filter, int(m_entries.size()), kPage);
    if (!page || page.value().isEmpty()) {
        // The history shrank meanwhile (pruned): stop asking.
        m_total = int(m_entries.size());
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(page.value().size()) - 1);
    m_entries += page.value();
    endInsertRows();
}

QString SentHistoryModel::kindText(const QString &kind)
{
    if (kind == QStringLiteral("company"))
        return tr("company");
    if (kind == QStringLiteral("contact"))
        return tr("contact");
    return tr("lead");
}

QVariant SentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const OutboxEntry &entry = m_entries.at(index.row());
    if (role == RecordIdRole)
        return entry.recordId;
    if (role == KindRole)
        return entry.kind;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case RecordIdColumn:
        return entry.recordId;
    case KindColumn:
        return entry.update ? tr("%1 (correction)").arg(kindText(entry.kind))
                            : kindText(entry.kind);
    case TitleColumn:
        return entry.title;
    case SentColumn:
        return QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return m_profile;
    default:
        return QVariant();
    }
}

QVariant SentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordIdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case SentColumn:
        return tr("Sent");
    case ProfileColumn:
        return tr("Profile");
    default:
        return QVariant();
    }
}

const OutboxEntry *SentHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}
