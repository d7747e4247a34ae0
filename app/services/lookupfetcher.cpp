#include "services/lookupfetcher.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"

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
    m_sourceIndex = 0;
    m_start = 0;
    m_pages = 0;
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
    if (!results.isArray()) {
        PlatformError error;
        error.kind = PlatformError::Kind::Malformed;
        error.message = tr("The platform's answer to %1 holds no list.").arg(source.action);
        m_finished = true;
        Q_EMIT finished(error);
        return;
    }
    QJsonArray &list = m_lists[source.key];
    bool more = false;
    if (source.paged) {
        const QJsonObject page = result.object();
        const QJsonArray items = results.toArray();
        for (const QJsonValue &item : items)
            list.append(item);
        const int total = page.value(QStringLiteral("meta"))
                              .toObject()
                              .value(QStringLiteral("totalResults"))
                              .toInt(-1);
        m_start += int(items.size());
        ++m_pages;
        more = !items.isEmpty() && total > m_start
            && m_pages < qMin(kMaxPagesPerList, source.maxPages);
    } else {
        list = results.toArray();
    }
    if (more) {
        requestNext();
        return;
    }
    ++m_sourceIndex;
    m_start = 0;
    m_pages = 0;
    Q_EMIT progress(m_sourceIndex, int(m_plan.size()));
    if (m_sourceIndex >= m_plan.size()) {
        m_finished = true;
        Q_EMIT finished(PlatformError());
        return;
    }
    requestNext();
}
