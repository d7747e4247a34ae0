#include "services/recordbrowsermodel.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"

#include <QCollator>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace {
Q_LOGGING_CATEGORY(lcBrowser, "leaddesk.browser")

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString();
}

QString personName(const QJsonValue &person)
{
    const QJsonObject object = person.toObject();
    const QString name = textOf(object.value(QLatin1String("firstName"))) + QLatin1Char(' ')
        + textOf(object.value(QLatin1String("lastName")));
    return name.trimmed();
}

/// The name the list gives next to an id, else the id itself.
QString nameOrId(const QJsonObject &record, const char *nameKey, const char *idKey)
{
    const QString name = textOf(record.value(QLatin1String(nameKey)));
    if (!name.isEmpty())
        return name;
    const QJsonValue id = record.value(QLatin1String(idKey));
    return id.isDouble() ? QStringLiteral("#") + QString::number(id.toInteger()) : QString();
}

/// `yyyy-MM-dd HH:mm:ss UTC` (ref_timestamp-format.md) in the local time of the person.
QString timestampText(const QString &stamp)
{
    QString plain = stamp.trimmed();
    if (plain.endsWith(QLatin1String(" UTC")))
        plain.chop(4);
    QDateTime when = QDateTime::fromString(plain, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!when.isValid())
        return stamp;
    when.setTimeSpec(Qt::UTC);
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QJsonObject contains(const char *key, const QString &text)
{
    return {{QLatin1String(key) + QStringLiteral("__CONTAINS"), text}};
}
} // namespace

RecordBrowserModel::RecordBrowserModel(PlatformClient *client, QString kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(FilterDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &RecordBrowserModel::resetAndLoad);

    if (m_kind == QLatin1String("company")) {
        m_nameSpace = QStringLiteral("contact");
        m_action = QStringLiteral("getCompanyList");
        m_columns = {Column::Id,    Column::BusinessName, Column::TradingName, Column::Email,
                     Column::Phone, Column::Industry,     Column::Modified};
    } else if (m_kind == QLatin1String("contact")) {
        m_nameSpace = QStringLiteral("contact");
        m_action = QStringLiteral("getContactList");
        m_columns = {Column::Id,    Column::ContactName, Column::Email,
                     Column::Phone, Column::Companies,   Column::Modified};
    } else {
        m_kind = QStringLiteral("lead");
        m_nameSpace = QStringLiteral("crm");
        m_action = QStringLiteral("getLeadList");
        m_columns = {
            Column::Id,    Column::Name,    Column::Stage, Column::Type, Column::CompanyOrContact,
            Column::Owner, Column::Modified};
    }
    m_candidates = filterCandidates(QString());
}

RecordBrowserModel::~RecordBrowserModel()
{
    abortPending();
}

int RecordBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.value(index.column());
    case Qt::ToolTipRole:
        if (columnAt(index.column()) == Column::Name) {
            const QString source = textOf(row.record.value(QLatin1String("sourceName")));
            return source.isEmpty()
                ? row.texts.value(index.column())
                : tr("%1 (source: %2)").arg(row.texts.value(index.column()), source);
        }
        return row.texts.value(index.column());
    case Qt::TextAlignmentRole:
        if (columnAt(index.column()) == Column::Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RecordIdRole:
        return row.id;
    case RecordRole:
        return row.record;
    default:
        return QVariant();
    }
}

QVariant RecordBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_columns.at(section));
    return QVariant();
}

QString RecordBrowserModel::columnTitle(Column column) const
{
    switch (column) {
    case Column::Id:
        return tr("Id");
    case Column::Name:
        return tr("Name");
    case Column::Stage:
        return tr("Stage");
    case Column::Type:
        return tr("Type");
    case Column::CompanyOrContact:
        return tr("Company or contact");
    case Column::Owner:
        return tr("Owner");
    case Column::Modified:
        return tr("Modified");
    case Column::BusinessName:
        return tr("Business name");
    case Column::TradingName:
        return tr("Trading name");
    case Column::Email:
        return tr("Email");
    case Column::Phone:
        return tr("Phone");
    case Column::Industry:
        return tr("Industry");
    case Column::ContactName:
        return tr("Name");
    case Column::Companies:
        return tr("Companies");
    }
    return QString();
}

QString RecordBrowserModel::displayText(Column column, const QJsonObject &record) const
{
    switch (column) {
    case Column::Id:
        return textOf(record.value(QLatin1String("id")));
    case Column::Name:
        return textOf(record.value(QLatin1String("name")));
    case Column::Stage:
        return nameOrId(record, "stageName", "stageId");
    case Column::Type:
        return nameOrId(record, "type", "typeId");
    case Column::CompanyOrContact: {
        const QString company = textOf(
            record.value(QLatin1String("company")).toObject().value(QLatin1String("businessName")));
        return company.isEmpty() ? personName(record.value(QLatin1String("contact"))) : company;
    }
    case Column::Owner:
        return personName(record.value(QLatin1String("ownerUser")));
    case Column::Modified:
        return timestampText(textOf(record.value(QLatin1String("modifiedDate"))));
    case Column::BusinessName:
        return textOf(record.value(QLatin1String("businessName")));
    case Column::TradingName:
        return textOf(record.value(QLatin1String("tradingName")));
    case Column::Email:
        return textOf(record.value(QLatin1String("email")));
    case Column::Phone:
        return textOf(record.value(QLatin1String("phone")));
    case Column::Industry:
        return textOf(
            record.value(QLatin1String("industry")).toObject().value(QLatin1String("name")));
    case Column::ContactName:
        return personName(record);
    case Column::Companies: {
        QStringList names;
        const QJsonArray data = record.value(QLatin1String("companiesData")).toArray();
        for (const QJsonValue &company : data)
            names << textOf(company.toObject().value(QLatin1String("businessName")));
        if (names.isEmpty()) {
            const QJsonArray ids = record.value(QLatin1String("companies")).toArray();
            for (const QJsonValue &id : ids)
                names << QStringLiteral("#") + textOf(id);
        }
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    }
    }
    return QString();
}

QList<QJsonObject> RecordBrowserModel::filterCandidates(const QString &text) const
{
    if (text.isEmpty())
        return {QJsonObject()};
    if (m_kind == QLatin1String("lead"))
        return {contains("name", text)};
    if (m_kind == QLatin1String("company"))
        return {contains("businessName", text)};
    if (text.contains(QLatin1Char('@')))
        return {contains("email", text)};
    // Filters combine with AND only: try the likeliest reading first, the
    // next when it matches nothing.
    const int space = int(text.indexOf(QLatin1Char(' ')));
    if (space > 0) {
        QJsonObject both = contains("firstName", text.left(space));
        both.insert(QStringLiteral("lastName__CONTAINS"), text.mid(space + 1).trimmed());
        return {both, contains("lastName", text)};
    }
    return {contains("lastName", text), contains("firstName", text), contains("email", text)};
}

QJsonObject RecordBrowserModel::currentFilter() const
{
    return m_candidates.value(m_candidate);
}

void RecordBrowserModel::setFilterText(const QString &text)
{
    m_pendingFilter = text.trimmed();
    if (m_pendingFilter == m_filterText) {
        // Typed and taken back within the pause: nothing to ask.
        m_debounce->stop();
        return;
    }
    m_debounce->start();
}

void RecordBrowserModel::applyFilterNow()
{
    if (m_debounce->isActive())
        resetAndLoad();
}

void RecordBrowserModel::reload()
{
    resetAndLoad();
}

void RecordBrowserModel::retry()
{
    if (m_loading)
        return;
    m_failed = false;
    if (m_rows.isEmpty() && m_total < 0) {
        resetAndLoad();
        return;
    }
    if (!allLoaded())
        requestPage();
}

void RecordBrowserModel::resetAndLoad()
{
    m_debounce->stop();
    abortPending();
    m_filterText = m_pendingFilter;
    m_candidates = filterCandidates(m_filterText);
    m_candidate = 0;
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_total = -1;
    m_nextStart = 0;
    m_arrivals = 0;
    m_bytes = 0;
    m_cutShort = false;
    m_cutNotice.clear();
    m_failed = false;
    m_loadingAll = false;
    m_lastError.clear();
    m_notice.clear();
    endResetModel();
    requestPage();
}

bool RecordBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading || m_failed || m_cutShort || m_debounce->isActive())
        return false;
    return m_total < 0 || m_nextStart < m_total;
}

void RecordBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage();
}

void RecordBrowserModel::requestPage()
{
    if (!m_client)
        return;
    QJsonObject body {{QStringLiteral("perPage"), PageSize},
                      {QStringLiteral("start"), m_nextStart}};
    const QJsonObject filter = currentFilter();
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    qCDebug(lcBrowser) << m_action << "start" << m_nextStart << "filter" << filter.keys();
    PlatformReply *reply = m_client->call(m_nameSpace, m_action, body);
    m_reply = reply;
    connect(reply, &PlatformReply::finished, this,
            [this, reply](const PlatformResult &result) { onPage(reply, result); });
    setLoading(true);
}

void RecordBrowserModel::abortPending()
{
    if (!m_reply)
        return;
    PlatformReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
}

void RecordBrowserModel::onPage(PlatformReply *reply, const PlatformResult &result)
{
    if (reply != m_reply)
        return; // an answer to a request that is no longer the newest
    m_reply = nullptr;
    if (!result.ok())
        return onPageFailed(result.error.toString());

    const QJsonObject answer = result.object();
    const QJsonObject meta = answer.value(QLatin1String("meta")).toObject();
    const QJsonArray results = answer.value(QLatin1String("results")).toArray();
    const bool firstPage = m_nextStart == 0;
    // collections.md makes totalResults optional: a short page is the last one.
    const int total = meta.contains(QLatin1String("totalResults"))
        ? meta.value(QLatin1String("totalResults")).toInt()
        : m_nextStart + int(results.size()) + (results.size() < PageSize ? 0 : 1);

    if (firstPage && total == 0 && m_candidate + 1 < m_candidates.size()) {
        ++m_candidate;
        requestPage();
        return;
    }

    m_bytes += result.bytes;
    QList<Row> fresh = freshRows(results);
    m_nextStart += int(results.size());
    m_total = results.isEmpty() ? m_nextStart : qMax(total, m_nextStart);
    m_lastError.clear();
    m_failed = false;
    const int freshCount = int(fresh.size());
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_rows.append(std::move(fresh));
        endInsertRows();
    }
    checkLimits(int(results.size()), freshCount);

    if (m_loadingAll) {
        Q_EMIT progress(int(m_rows.size()), m_total);
        if (!allLoaded()) {
            requestPage();
            return;
        }
        m_loadingAll = false;
        applySort();
        setNotice(m_cutNotice);
    } else if (m_sortColumn >= 0) {
        settleSort();
    }
    if (!m_reply)
        setLoading(false);
}

void RecordBrowserModel::onPageFailed(const QString &error)
{
    m_failed = true;
    m_lastError = error;
    const bool sortWasLoading = m_loadingAll;
    m_loadingAll = false;
    if (sortWasLoading && m_sortColumn >= 0 && !m_rows.isEmpty()) {
        applySort();
        setNotice(tr("Sorted among the %1 loaded: the rest could not be loaded")
                      .arg(QLocale().toString(int(m_rows.size()))));
    }
    setLoading(false);
    qCInfo(lcBrowser) << m_action << "failed:" << m_lastError;
    Q_EMIT loadFailed(m_lastError);
}

QList<RecordBrowserModel::Row> RecordBrowserModel::freshRows(const QJsonArray &results)
{
    QList<Row> fresh;
    for (const QJsonValue &value : results) {
        if (m_rows.size() + fresh.size() >= MaxRows)
            break;
        const QJsonObject object = value.toObject();
        const qint64 id = object.value(QLatin1String("id")).toInteger();
        // A record created between two pages shifts the later ones by one.
        if (m_ids.contains(id))
            continue;
        m_ids.insert(id);
        Row row;
        row.record = object;
        row.id = id;
        row.arrival = m_arrivals++;
        for (Column column : std::as_const(m_columns))
            row.texts << displayText(column, object);
        fresh.append(std::move(row));
    }
    return fresh;
}

void RecordBrowserModel::checkLimits(int resultCount, int freshCount)
{
    QString why;
    if (m_rows.size() >= MaxRows)
        why = tr("Showing the first %1; narrow the search to see the others.")
                  .arg(QLocale().toString(int(m_rows.size())));
    else if (resultCount > 0 && freshCount == 0)
        why = tr("The platform sent records already shown instead of the next ones; the list "
                 "ends here.");
    else if (m_bytes > MaxBytes)
        why = tr("Showing the first %1: the platform's answers passed %2 MB; narrow the search "
                 "to see the others.")
                  .arg(QLocale().toString(int(m_rows.size())))
                  .arg(MaxBytes / (1024 * 1024));
    if (why.isEmpty() || allLoaded())
        return;
    qCInfo(lcBrowser) << m_action << "stopped loading at" << m_rows.size() << "rows";
    m_cutShort = true;
    m_cutNotice = why;
    // What is shown is all there will be: a sort works on it, and nothing asks for more.
    m_total = m_nextStart;
    setNotice(why);
}

void RecordBrowserModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RecordBrowserModel::setNotice(const QString &message)
{
    if (m_notice == message)
        return;
    m_notice = message;
    Q_EMIT notice(message);
}

void RecordBrowserModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    if (m_sortColumn < 0) {
        applySort();
        setNotice(m_cutNotice);
        return;
    }
    if (m_total < 0)
        return; // the first page is on its way; it is sorted when it arrives
    settleSort();
}

void RecordBrowserModel::settleSort()
{
    if (allLoaded()) {
        applySort();
        setNotice(m_cutNotice);
        return;
    }
    if (m_total <= m_sortLoadLimit) {
        // Sorting only the loaded rows would show a wrong first row: load the rest.
        if (m_loadingAll)
            return;
        m_loadingAll = true;
        Q_EMIT progress(int(m_rows.size()), m_total);
        m_failed = false;
        if (!m_reply)
            requestPage();
        return;
    }
    applySort();
    setNotice(tr("Sorted among the %1 loaded; narrow the search to sort all")
                  .arg(QLocale().toString(int(m_rows.size()))));
}

void RecordBrowserModel::applySort()
{
    if (m_rows.size() < 2)
        return;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const Column kind = column >= 0 ? m_columns.at(column) : Column::Id;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto compare = [&](const Row &a, const Row &b) -> int {
        if (column < 0)
            return a.arrival - b.arrival;
        if (kind == Column::Id)
            return a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        if (kind == Column::Modified) // the platform's timestamps sort as text
            return textOf(a.record.value(QLatin1String("modifiedDate")))
                .compare(textOf(b.record.value(QLatin1String("modifiedDate"))));
        return collator.compare(a.texts.at(column), b.texts.at(column));
    };

    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int left, int right) {
        const Row &a = m_rows.at(left);
        const Row &b = m_rows.at(right);
        const int c = compare(a, b);
        if (c != 0)
            return ascending || column < 0 ? c < 0 : c > 0;
        return a.arrival < b.arrival; // ties keep the platform's order
    });

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int i = 0; i < order.size(); ++i) {
        sorted.append(m_rows.at(order.at(i)));
        newRowOf[order.at(i)] = i;
    }
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    m_rows = std::move(sorted);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QJsonObject RecordBrowserModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record : QJsonObject();
}

qint64 RecordBrowserModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecordBrowserModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}
