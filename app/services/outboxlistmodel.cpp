#include "services/outboxlistmodel.h"

#include "services/outbox.h"

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

void OutboxListModel::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &Outbox::itemChanged, this, &OutboxListModel::apply);
    reload();
}

void OutboxListModel::reload()
{
    QList<OutboxEntry> entries;
    m_loadError.clear();
    if (m_outbox) {
        auto loaded = m_outbox->entries(kRecentSent);
        if (loaded)
            entries = loaded.take();
        else
            m_loadError = loaded.error();
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_counts.clear();
    for (const OutboxEntry &entry : std::as_const(m_entries))
        countIn(entry, 1);
    endResetModel();
}

void OutboxListModel::countIn(const OutboxEntry &entry, int delta)
{
    m_counts[int(entry.state)] += delta;
}

int OutboxListModel::insertionRow(qint64 id) const
{
    const auto it
        = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                           [](const OutboxEntry &e, qint64 value) { return e.id > value; });
    return int(it - m_entries.cbegin());
}

int OutboxListModel::rowOf(qint64 id) const
{
    const int row = insertionRow(id);
    return row < m_entries.size() && m_entries.at(row).id == id ? row : -1;
}

void OutboxListModel::apply(const OutboxChange &change)
{
    const int row = rowOf(change.id());
    if (change.removed) {
        if (row < 0)
            return;
        beginRemoveRows(QModelIndex(), row, row);
        countIn(m_entries.at(row), -1);
        m_entries.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        OutboxEntry &entry = m_entries[row];
        countIn(entry, -1);
        // A change names the state and its reasons; what it leaves empty stays as it was.
        const QString title = change.entry.title.isEmpty() ? entry.title : change.entry.title;
        entry = change.entry;
        entry.title = title;
        countIn(entry, 1);
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        const int at = insertionRow(change.id());
        beginInsertRows(QModelIndex(), at, at);
        m_entries.insert(at, change.entry);
        countIn(change.entry, 1);
        endInsertRows();
    }
    if (change.state() == OutboxItem::State::Sent)
        trimSent();
}

void OutboxListModel::trimSent()
{
    // The oldest sent are at the bottom (ordered by id); a flush sends in id order too.
    for (int row = int(m_entries.size()) - 1;
         row >= 0 && count(OutboxItem::State::Sent) > kRecentSent; --row) {
        if (m_entries.at(row).state != OutboxItem::State::Sent)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        countIn(m_entries.at(row), -1);
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
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

QString OutboxListModel::details(const OutboxEntry &entry)
{
    QStringList parts;
    if (entry.state == OutboxItem::State::Sent)
        parts << tr("id %1").arg(entry.recordId);
    if (entry.attempts > 0 && entry.state != OutboxItem::State::Sent)
        parts << tr("%n attempt(s)", nullptr, entry.attempts);
    if (entry.isPending() && entry.nextAttemptAt.isValid() && entry.attempts > 0
        && entry.nextAttemptAt < Outbox::heldUntilDecided())
        parts << tr("next try %1")
                     .arg(QLocale().toString(entry.nextAttemptAt.toLocalTime().time(),
                                             QLocale::ShortFormat));
    if (!entry.lastError.isEmpty() && entry.state != OutboxItem::State::Sent)
        parts << entry.lastError;
    return parts.join(QStringLiteral(" · "));
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title
            = entry.title.isEmpty() ? tr("(untitled %1)").arg(kindText(entry.kind)) : entry.title;
        const QString details = OutboxListModel::details(entry);
        // Always two lines, so every row has one height and thousands lay out at once.
        return QString(tr("%1 — %2").arg(stateText(entry.state), title) + QLatin1Char('\n')
                       + (details.isEmpty() ? kindText(entry.kind) : details));
    }
    case Qt::ToolTipRole:
        return tr("%1 %2, local id %3\n%4")
            .arg(stateText(entry.state), kindText(entry.kind))
            .arg(entry.id)
            .arg(details(entry));
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QStringLiteral(". "));
    case IdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    case KindRole:
        return entry.kind;
    case RecordIdRole:
        return entry.recordId;
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

const OutboxEntry *OutboxListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}
