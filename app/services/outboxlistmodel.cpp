#include "services/outboxlistmodel.h"

#include "services/outbox.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

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
    beginResetModel();
    m_waiting.clear();
    m_sent.clear();
    m_states.clear();
    m_counts.clear();
    m_loadError.clear();
    if (m_outbox) {
        auto states = m_outbox->waitingStates();
        auto sent = m_outbox->sentHistory(QString(), 0, kRecentSent);
        if (states && sent) {
            m_states = states.take();
            m_sent = sent.take();
            for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
                ++m_counts[int(it.value())];
            m_waiting = read(nextPage());
        } else {
            m_loadError = states ? sent.error() : states.error();
        }
    }
    endResetModel();
}

int OutboxListModel::count(OutboxItem::State state) const
{
    return state == OutboxItem::State::Sent ? int(m_sent.size()) : m_counts.value(int(state));
}

QList<qint64> OutboxListModel::nextPage() const
{
    const qint64 below
        = m_waiting.isEmpty() ? std::numeric_limits<qint64>::max() : m_waiting.constLast().id;
    QList<qint64> ids;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it.key() < below)
            ids << it.key();
    }
    const qsizetype take = qMin<qsizetype>(kPage, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + take, ids.end(), std::greater<qint64>());
    ids.resize(take);
    return ids;
}

QList<OutboxEntry> OutboxListModel::read(const QList<qint64> &ids)
{
    auto read = m_outbox ? m_outbox->entriesOf(ids) : Result<QList<OutboxEntry>>::success({});
    if (!read) {
        m_loadError = read.error();
        return {};
    }
    QList<OutboxEntry> entries = read.take();
    // What was sent or deleted meanwhile is no longer waiting.
    QSet<qint64> found;
    for (const OutboxEntry &entry : std::as_const(entries))
        found.insert(entry.id);
    for (const qint64 id : ids) {
        if (!found.contains(id) && m_states.contains(id))
            --m_counts[int(m_states.take(id))];
    }
    return entries;
}

bool OutboxListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is half made: a view asking in the middle would read a row twice.
    return !parent.isValid() && !m_changing && m_waiting.size() < m_states.size();
}

void OutboxListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const QList<OutboxEntry> entries = read(nextPage());
    if (entries.isEmpty())
        return;
    // The rows go in below what waits, above the recently sent.
    const int first = int(m_waiting.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_waiting.append(entries);
    endInsertRows();
}

int OutboxListModel::insertionRow(qint64 id) const
{
    const auto it
        = std::lower_bound(m_waiting.cbegin(), m_waiting.cend(), id,
                           [](const OutboxEntry &e, qint64 value) { return e.id > value; });
    return int(it - m_waiting.cbegin());
}

int OutboxListModel::waitingRow(qint64 id) const
{
    const int row = insertionRow(id);
    return row < m_waiting.size() && m_waiting.at(row).id == id ? row : -1;
}

int OutboxListModel::sentRow(qint64 id) const
{
    for (int i = 0; i < m_sent.size(); ++i) {
        if (m_sent.at(i).id == id)
            return int(m_waiting.size()) + i;
    }
    return -1;
}

int OutboxListModel::rowOf(qint64 id) const
{
    const int row = waitingRow(id);
    return row >= 0 ? row : sentRow(id);
}

void OutboxListModel::removeRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    if (row < m_waiting.size())
        m_waiting.removeAt(row);
    else
        m_sent.removeAt(row - m_waiting.size());
    endRemoveRows();
}

void OutboxListModel::apply(const OutboxChange &change)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int waiting = waitingRow(change.id());
    const bool wasWaiting = m_states.contains(change.id());
    if (wasWaiting)
        --m_counts[int(m_states.take(change.id()))];
    if (change.removed) {
        const int row = waiting >= 0 ? waiting : sentRow(change.id());
        if (row >= 0)
            removeRow(row);
    } else if (change.state() == OutboxItem::State::Sent) {
        applySent(change, waiting);
    } else {
        applyWaiting(change, waiting, waiting >= 0 || !wasWaiting);
    }
}

void OutboxListModel::applySent(const OutboxChange &change, int waitingRow)
{
    QString title = change.entry.title;
    if (waitingRow >= 0) {
        if (title.isEmpty())
            title = m_waiting.at(waitingRow).title;
        removeRow(waitingRow);
    }
    const int row = sentRow(change.id());
    if (row >= 0) {
        OutboxEntry &entry = m_sent[row - m_waiting.size()];
        title = title.isEmpty() ? entry.title : title;
        entry = change.entry;
        entry.title = title;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int at = int(m_waiting.size());
    beginInsertRows(QModelIndex(), at, at);
    m_sent.prepend(change.entry);
    m_sent.first().title = title;
    endInsertRows();
    trimSent();
}

void OutboxListModel::applyWaiting(const OutboxChange &change, int waitingRow, bool wasRead)
{
    m_states.insert(change.id(), change.state());
    ++m_counts[int(change.state())];
    if (waitingRow >= 0) {
        OutboxEntry &entry = m_waiting[waitingRow];
        // A change names the state and its reasons; what it leaves empty stays as it was.
        const QString title = change.entry.title.isEmpty() ? entry.title : change.entry.title;
        entry = change.entry;
        entry.title = title;
        Q_EMIT dataChanged(index(waitingRow), index(waitingRow));
        return;
    }
    const int sent = sentRow(change.id());
    if (sent >= 0)
        removeRow(sent);
    // A new item, or one back from undo, shows when it falls among the rows read; one older
    // than those comes with the next page.
    const bool allRead = m_waiting.size() + 1 >= m_states.size();
    if (!wasRead || (!allRead && !m_waiting.isEmpty() && change.id() < m_waiting.constLast().id))
        return;
    const int at = insertionRow(change.id());
    beginInsertRows(QModelIndex(), at, at);
    m_waiting.insert(at, change.entry);
    endInsertRows();
}

void OutboxListModel::trimSent()
{
    while (m_sent.size() > kRecentSent)
        removeRow(int(m_waiting.size() + m_sent.size()) - 1);
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_waiting.size() + m_sent.size());
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
    const OutboxEntry *found = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!found)
        return QVariant();
    const OutboxEntry &entry = *found;
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
    if (row < 0)
        return nullptr;
    if (row < m_waiting.size())
        return &m_waiting.at(row);
    row -= int(m_waiting.size());
    return row < m_sent.size() ? &m_sent.at(row) : nullptr;
}
