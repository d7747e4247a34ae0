#include "services/lookupfetcher.h"

#include "model/customfieldschema.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"

#include <QJsonDocument>

#include <algorithm>

namespace {
constexpr int kPerPage = 100;
// A platform that keeps answering full pages cannot keep us busy forever.
constexpr int kMaxPagesPerList = 500;
} // namespace

const QList<LookupFetcher::Source> &LookupFetcher::sources()
{
    static const QList<Source> all {
        {QStringLiteral("types"), QStringLiteral("crm"), QStringLiteral("getLeadTypeList"), true},
        {QStringLiteral("stages"), QStringLiteral("crm"), QStringLiteral("getLeadStageList"), true},
        {QStringLiteral("sources"), QStringLiteral("crm"), QStringLiteral("getLeadSourceList"),
         true},
        {QStringLiteral("qualities"), QStringLiteral("crm"), QStringLiteral("getLeadQualityList"),
         true},
        {QStringLiteral("channels"), QStringLiteral("crm"), QStringLiteral("getLeadChannelList"),
         true},
        {QStringLiteral("industries"), QStringLiteral("account"), QStringLiteral("getIndustryList"),
         true},
        {QStringLiteral("users"), QStringLiteral("account"), QStringLiteral("getUserList"), true},
        {QStringLiteral("contactCustomFields"), QStringLiteral("contact"),
         QStringLiteral("getCustomFieldDefinition"), false},
        {QStringLiteral("companyCustomFields"), QStringLiteral("contact"),
         QStringLiteral("getCompanyCustomFieldDefinition"), false},
    };
    return all;
}

const QList<LookupFetcher::Source> &LookupFetcher::directorySources()
{
    static const QList<Source> all {
        {QStringLiteral("contacts"), QStringLiteral("contact"), QStringLiteral("getContactList"),
         true, 10},
        {QStringLiteral("companies"), QStringLiteral("contact"), QStringLiteral("getCompanyList"),
         true, 10},
    };
    return all;
}

LookupFetcher::LookupFetcher(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void LookupFetcher::start()
{
    m_plan = sources();
    if (m_includeDirectory)
        m_plan += directorySources();
    m_lists.clear();
    m_notes.clear();
    m_sourceIndex = 0;
    m_start = 0;
    m_pages = 0;
    m_listBytes = 0;
    m_refreshBytes = 0;
    m_seen.clear();
    m_finished = false;
    requestNext();
}

void LookupFetcher::abort()
{
    if (m_reply)
        m_reply->abort();
}

void LookupFetcher::requestNext()
{
    const Source &source = m_plan.at(m_sourceIndex);
    QJsonObject body;
    if (source.paged) {
        body.insert(QStringLiteral("perPage"), kPerPage);
        body.insert(QStringLiteral("start"), m_start);
    }
    m_reply = m_client->call(source.nameSpace, source.action, body);
    connect(m_reply, &PlatformReply::finished, this, &LookupFetcher::onReply);
}

void LookupFetcher::onReply(const PlatformResult &result)
{
    if (m_finished)
        return;
    const Source &source = m_plan.at(m_sourceIndex);
    if (!result.ok()) {
        m_finished = true;
        Q_EMIT finished(result.error);
        return;
    }
    const QJsonValue results
        = source.paged ? result.object().value(QStringLiteral("results")) : result.data;
    if (!results.isArray())
        return fail(tr("The platform's answer to %1 holds no list.").arg(source.action));
    bool more = false;
    if (source.paged) {
        const QJsonArray items = results.toArray();
        const int total = result.object()
                              .value(QStringLiteral("meta"))
                              .toObject()
                              .value(QStringLiteral("totalResults"))
                              .toInt(-1);
        m_start += int(items.size());
        ++m_pages;
        const bool keepPaging = addPage(source, items, result.bytes);
        more = keepPaging && !items.isEmpty() && total > m_start
            && m_pages < qMin(kMaxPagesPerList, source.maxPages);
    } else if (source.key.endsWith(QLatin1String("CustomFields"))) {
        // The options of a select field in the platform's order, which the array forgets.
        addPage(source, CustomFieldSchema::withSelectOrder(results.toArray(), result.body),
                result.bytes);
    } else {
        addPage(source, results.toArray(), result.bytes);
    }
    if (m_finished)
        return;
    if (more) {
        requestNext();
        return;
    }
    ++m_sourceIndex;
    m_start = 0;
    m_pages = 0;
    m_listBytes = 0;
    m_seen.clear();
    Q_EMIT progress(m_sourceIndex, int(m_plan.size()));
    if (m_sourceIndex >= m_plan.size()) {
        m_finished = true;
        Q_EMIT finished(PlatformError());
        return;
    }
    requestNext();
}

bool LookupFetcher::addPage(const Source &source, const QJsonArray &items, qint64 bytes)
{
    m_listBytes += bytes;
    m_refreshBytes += bytes;
    if (m_refreshBytes > kMaxBytesPerRefresh)
        return capReached(
            source,
            tr("the lookups together passed %1 MB").arg(kMaxBytesPerRefresh / (1024 * 1024)));
    if (m_listBytes > kMaxBytesPerList)
        return capReached(source, tr("it passed %1 MB").arg(kMaxBytesPerList / (1024 * 1024)));
    QJsonArray &list = m_lists[source.key];
    int added = 0;
    for (const QJsonValue &item : items) {
        // An entry is known by its id; one without is known by all it holds.
        const QJsonValue id = item.toObject().value(QStringLiteral("id"));
        QByteArray identity;
        if (id.isDouble())
            identity = QByteArray::number(id.toDouble(), 'g', 17);
        else if (id.isString())
            identity = '"' + id.toString().toUtf8();
        else
            identity = QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact);
        if (source.paged && m_seen.contains(identity))
            continue;
        if (list.size() >= kMaxItemsPerList)
            return capReached(source, tr("it passed %1 entries").arg(kMaxItemsPerList));
        m_seen.insert(identity);
        list.append(item);
        ++added;
    }
    if (source.paged && added == 0 && !items.isEmpty()) {
        // The same page again: asking for the next one would bring it a third time.
        m_notes << tr("The platform sent entries of %1 already received instead of the next "
                      "page; LeadDesk took the %2 it had as the whole list.")
                       .arg(source.key)
                       .arg(list.size());
        return false;
    }
    return true;
}

bool LookupFetcher::capReached(const Source &source, const QString &what)
{
    const int kept = int(m_lists.value(source.key).size());
    const QList<Source> &lookups = sources();
    const bool isLookup = std::any_of(lookups.begin(), lookups.end(),
                                      [&source](const Source &s) { return s.key == source.key; });
    if (isLookup) {
        fail(tr("The platform's list %1 is larger than LeadDesk takes: %2. LeadDesk stopped "
                "reading it and kept the lookups it had.")
                 .arg(source.key, what));
        return false;
    }
    m_notes << tr("The platform's list %1 was cut short at %2 entries: %3.")
                   .arg(source.key)
                   .arg(kept)
                   .arg(what);
    return false;
}

void LookupFetcher::fail(const QString &message)
{
    PlatformError error;
    error.kind = PlatformError::Kind::Malformed;
    error.message = message;
    m_finished = true;
    Q_EMIT finished(error);
}
