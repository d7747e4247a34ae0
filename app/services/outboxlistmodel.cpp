#include "services/outboxlistmodel.h"

#include "store/outboxstore.h"

#include <QLocale>

namespace {
/// The stored kind ("lead", a key) in words of the person's language.
QString kindText(const QString &kind)
{
    if (kind == QStringLiteral("company"))
        return OutboxListModel::tr("company");
    if (kind == QStringLiteral("contact"))
        return OutboxListModel::tr("contact");
    return OutboxListModel::tr("lead");
}
} // namespace

OutboxListModel::OutboxListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OutboxListModel::setSource(OutboxStore *store, const QString &profile)
{
    m_store = store;
    m_profile = profile;
    reload();
}

void OutboxListModel::reload()
{
    QList<OutboxItem> items;
    if (m_store) {
        auto loaded = m_store->items(m_profile);
        if (loaded)
            items = loaded.take();
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString OutboxListModel::stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Draft:
        return tr("Draft");
    case OutboxItem::State::Queued:
        return tr("Waiting to be sent");
    case OutboxItem::State::Sending:
        return tr("Sending");
    case OutboxItem::State::Sent:
        return tr("Sent");
    case OutboxItem::State::NeedsFix:
        return tr("Needs a fix");
    case OutboxItem::State::Uncertain:
        return tr("Checking whether it arrived");
    }
    return QString();
}

QString OutboxListModel::details(const OutboxItem &item)
{
    QStringList parts;
    if (item.state == OutboxItem::State::Sent)
        parts << tr("id %1").arg(item.recordId);
    if (item.attempts > 0 && item.state != OutboxItem::State::Sent)
        parts << tr("%n attempt(s)", nullptr, item.attempts);
    if (item.isPending() && item.nextAttemptAt.isValid() && item.attempts > 0)
        parts << tr("next try %1")
                     .arg(QLocale().toString(item.nextAttemptAt.toLocalTime().time(),
                                             QLocale::ShortFormat));
    if (!item.lastError.isEmpty() && item.state != OutboxItem::State::Sent)
        parts << item.lastError;
    return parts.join(QStringLiteral(" · "));
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title
            = item.title.isEmpty() ? tr("(untitled %1)").arg(kindText(item.kind)) : item.title;
        const QString details = OutboxListModel::details(item);
        QString text = tr("%1 — %2").arg(stateText(item.state), title);
        if (!details.isEmpty())
            text += QLatin1Char('\n') + details;
        return text;
    }
    case Qt::ToolTipRole:
        return tr("%1 %2, local id %3\n%4")
            .arg(stateText(item.state), kindText(item.kind))
            .arg(item.id)
            .arg(details(item));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QStringLiteral(". "));
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case KindRole:
        return item.kind;
    case RecordIdRole:
        return item.recordId;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> OutboxListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "itemId"},
            {StateRole, "state"},
            {KindRole, "kind"},
            {RecordIdRole, "recordId"}};
}

const OutboxItem *OutboxListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int OutboxListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

int OutboxListModel::count(OutboxItem::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const OutboxItem &item) { return item.state == state; }));
}
