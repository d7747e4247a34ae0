#include "sandbox/sandboxserver.h"

#include "sandbox/apiresult.h"
#include "sandbox/batchrunner.h"
#include "sandbox/bodylimittcpserver.h"
#include "sandbox/bulkseed.h"
#include "sandbox/listactions.h"
#include "sandbox/recordviews.h"
#include "sandbox/requestauthenticator.h"
#include "sandbox/sandboxcodes.h"
#include "sandbox/sandboxerror.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxrouter.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/seedloader.h"
#include "sandbox/valuecheck.h"
#include "sandbox/writeactions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

// Quiet unless asked (QT_LOGGING_RULES="leaddesk.sandbox.debug=true"): the CLI and the desktop
// app embed the sandbox, and their stderr is for their own messages.
Q_LOGGING_CATEGORY(lcSandbox, "leaddesk.sandbox", QtWarningMsg)

namespace {
constexpr qint64 MaxBodyBytes = 1024 * 1024;
constexpr qsizetype MaxRecordedCalls = 10000;
const QByteArray JsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

struct Target
{
    bool apiPath = false;
    QString version;
    QString nameSpace;
    QString action;
};

// "/api/1.0/<namespace>?action=<action>"
Target parseTarget(const QString &path, const QString &action)
{
    static const QRegularExpression pattern(QStringLiteral("^/api/([^/]+)/([^/]+)$"));
    const QRegularExpressionMatch match = pattern.match(path);
    Target target;
    if (!match.hasMatch())
        return target;
    target.apiPath = true;
    target.version = match.captured(1);
    target.nameSpace = match.captured(2);
    target.action = action;
    return target;
}

QJsonObject lenientObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(std::make_unique<SandboxStore>())
    , m_authenticator(std::make_unique<RequestAuthenticator>())
    , m_router(std::make_unique<SandboxRouter>())
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    setCredentials(defaultApiKey(), defaultApiSecret());
    m_batches = new BatchRunner(
        [this](const QString &nameSpace, const QString &action, const QJsonObject &params) {
            return dispatchJob(nameSpace, action, params);
        },
        [this]() { return now(); }, this);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::ensureSeeded() const
{
    // Loaded on first use: generating 2,500 leads must not delay the window
    // of an app that embeds the sandbox.
    if (m_seeded)
        return;
    m_seeded = true;
    if (!SeedLoader::load(m_store.get(), QStringLiteral(":/sandbox")))
        qCCritical(lcSandbox) << "the sandbox seed is incomplete; some lists will be empty";
    // The actions read the seeded schemas when they are made.
    auto *self = const_cast<SandboxServer *>(this);
    self->m_views = std::make_unique<RecordViews>(*m_store);
    self->m_lists = std::make_unique<ListActions>(*m_store, *m_views);
    self->m_writes = std::make_unique<WriteActions>(*m_store, [self]() { return self->now(); });
    self->registerRoutes();
}

void SandboxServer::seedBulk(int contacts, int companies)
{
    ensureSeeded();
    BulkSeed seed(m_store.get());
    // Companies first: contacts are given one of them.
    seed.addCompanies(qBound(0, companies, BulkSeed::kMaxCompanies));
    seed.addContacts(qBound(0, contacts, BulkSeed::kMaxContacts));
}

QString SandboxServer::defaultApiKey()
{
    return QStringLiteral("sandbox-key");
}

QString SandboxServer::defaultApiSecret()
{
    return QStringLiteral("sandbox-secret");
}

void SandboxServer::setCredentials(const QString &apiKey, const QString &apiSecret)
{
    m_authenticator->setCredentials(apiKey.toUtf8(), apiSecret.toUtf8());
}

bool SandboxServer::start(quint16 port)
{
    if (m_tcpServer && m_tcpServer->isListening()) {
        m_errorString = tr("The sandbox is already listening on port %1").arg(this->port());
        return false;
    }
    auto *server = new BodyLimitTcpServer(
        MaxBodyBytes, [this](const QByteArray &target) { return refusalResponse(target); }, this);
    // Loopback only: the sandbox is for this computer, never the network.
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_tcpServer = server;
    m_errorString.clear();
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return true;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

quint16 SandboxServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void SandboxServer::setClock(std::function<QDateTime()> nowUtc)
{
    m_clock
        = nowUtc ? std::move(nowUtc) : std::function<QDateTime()>(&QDateTime::currentDateTimeUtc);
}

QDateTime SandboxServer::now() const
{
    return m_clock().toUTC();
}

QList<SandboxServer::Call> SandboxServer::calls() const
{
    return m_calls;
}

void SandboxServer::clearCalls()
{
    m_calls.clear();
}

QJsonObject SandboxServer::lead(qint64 id) const
{
    ensureSeeded();
    return m_views->lead(id);
}

QJsonObject SandboxServer::contact(qint64 id) const
{
    ensureSeeded();
    return m_views->contact(id);
}

QJsonObject SandboxServer::company(qint64 id) const
{
    ensureSeeded();
    return m_views->company(id);
}

int SandboxServer::leadCount() const
{
    ensureSeeded();
    return int(m_store->records(SandboxStore::Kind::Lead).size());
}

QJsonArray SandboxServer::leadCustomFieldDefinitions() const
{
    ensureSeeded();
    return m_store->schema(SandboxStore::Kind::Lead).toJson();
}

QByteArray SandboxServer::leadCustomFieldDefinitionsText() const
{
    ensureSeeded();
    return m_store->schema(SandboxStore::Kind::Lead).text();
}

bool SandboxServer::updateLeadForTest(qint64 id, const QJsonObject &fields)
{
    ensureSeeded();
    return m_writes->updateLeadForTest(id, fields);
}

void SandboxServer::setBatchSupport(BatchSupport support)
{
    m_batchSupport = support;
}

void SandboxServer::setBatchJobDelay(int milliseconds)
{
    m_batches->setJobDelay(milliseconds);
}

void SandboxServer::dropBatchRunAnswers(int count)
{
    m_dropRunAnswers = qMax(0, count);
}

int SandboxServer::pendingBatchJobs() const
{
    return m_batches->pendingJobs();
}

ApiResult SandboxServer::dispatchJob(const QString &nameSpace, const QString &action,
                                     const QJsonObject &params)
{
    // A job goes through the same routing as a request, without its own signature: the batch
    // request that carried it was authenticated.
    const SandboxRouter::Handler *handler = m_router->find(nameSpace, action);
    if (!handler) {
        return ApiResult::error(
            SandboxError(404, SandboxCodes::NotFound,
                         QStringLiteral("Not Found: there is no call %1?action=%2")
                             .arg(ValueCheck::display(nameSpace), ValueCheck::display(action))));
    }
    return (*handler)(params);
}

void SandboxServer::registerBatchRoutes()
{
    using Action = ApiResult (BatchRunner::*)(const QJsonObject &);
    using ConstAction = ApiResult (BatchRunner::*)(const QJsonObject &) const;
    const auto guarded = [this](const QString &action, auto member) {
        m_router->add(
            QStringLiteral("batch"), action, [this, action, member](const QJsonObject &body) {
                switch (m_batchSupport) {
                case BatchSupport::Available:
                    break;
                case BatchSupport::Refused:
                    return ApiResult::error(SandboxError(
                        403, SandboxCodes::BatchNotEnabled,
                        QStringLiteral("Batch requests are not enabled for this account")));
                case BatchSupport::Missing:
                    return ApiResult::error(SandboxError(
                        404, SandboxCodes::NotFound,
                        QStringLiteral("Not Found: there is no call batch?action=%1").arg(action)));
                }
                return (m_batches->*member)(body);
            });
    };
    guarded(QStringLiteral("run"), static_cast<Action>(&BatchRunner::run));
    guarded(QStringLiteral("progress"), static_cast<ConstAction>(&BatchRunner::progress));
    guarded(QStringLiteral("results"), static_cast<ConstAction>(&BatchRunner::results));
}

void SandboxServer::registerRoutes()
{
    using Lookup = SandboxStore::Lookup;
    using Kind = SandboxStore::Kind;
    SandboxRouter &router = *m_router;
    ListActions *lists = m_lists.get();
    WriteActions *writes = m_writes.get();

    router.add(QStringLiteral("test"), QStringLiteral("ping"), [this](const QJsonObject &) {
        return ApiResult::ok(QJsonObject {{QLatin1String("ack"), ValueCheck::timestamp(now())}});
    });
    const std::pair<const char *, Lookup> crmLists[] = {
        {"getLeadTypeList", Lookup::LeadType},       {"getLeadStageList", Lookup::LeadStage},
        {"getLeadSourceList", Lookup::LeadSource},   {"getLeadQualityList", Lookup::LeadQuality},
        {"getLeadChannelList", Lookup::LeadChannel},
    };
    for (const auto &[action, lookup] : crmLists) {
        router.add(QStringLiteral("crm"), QLatin1String(action),
                   [lists, lookup = lookup](const QJsonObject &body) {
                       return lists->lookupList(lookup, body);
                   });
    }
    router.add(QStringLiteral("crm"), QStringLiteral("getLeadList"),
               [lists](const QJsonObject &body) { return lists->leadList(body); });
    router.add(
        QStringLiteral("account"), QStringLiteral("getIndustryList"),
        [lists](const QJsonObject &body) { return lists->lookupList(Lookup::Industry, body); });
    router.add(QStringLiteral("account"), QStringLiteral("getUserList"),
               [lists](const QJsonObject &body) { return lists->lookupList(Lookup::User, body); });
    router.add(
        QStringLiteral("contact"), QStringLiteral("getCustomFieldDefinition"),
        [lists](const QJsonObject &) { return lists->customFieldDefinitions(Kind::Contact); });
    router.add(
        QStringLiteral("contact"), QStringLiteral("getCompanyCustomFieldDefinition"),
        [lists](const QJsonObject &) { return lists->customFieldDefinitions(Kind::Company); });
    router.add(QStringLiteral("contact"), QStringLiteral("getContactList"),
               [lists](const QJsonObject &body) { return lists->contactList(body); });
    router.add(QStringLiteral("contact"), QStringLiteral("getCompanyList"),
               [lists](const QJsonObject &body) { return lists->companyList(body); });
    router.add(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
               [writes](const QJsonObject &body) { return writes->addOrUpdateLead(body); });
    router.add(QStringLiteral("contact"), QStringLiteral("addOrUpdateContact"),
               [writes](const QJsonObject &body) { return writes->addOrUpdateContact(body); });
    router.add(QStringLiteral("contact"), QStringLiteral("addOrUpdateCompany"),
               [writes](const QJsonObject &body) { return writes->addOrUpdateCompany(body); });
    registerBatchRoutes();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ensureSeeded();
    BodyLimitTcpServer::requestHandled(socket);
    Call call;
    const ApiResult result = process(request, &call);
    call.status = result.status;
    record(call);
    if (m_dropRunAnswers > 0 && result.status == 200 && call.nameSpace == QLatin1String("batch")
        && call.action == QLatin1String("run")) {
        --m_dropRunAnswers;
        qCInfo(lcSandbox) << "batch run accepted, answer cut off as asked";
        // Cut off after the first bytes: a connection closed before any byte of the answer
        // would make QNetworkAccessManager send the request again by itself.
        socket->write(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: ") + JsonContentType
                      + QByteArrayLiteral("\r\nContent-Length: 64\r\nConnection: close\r\n\r\n{"));
        socket->disconnectFromHost();
        return true;
    }
    respond(request, socket, result);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if Qt asks anyway.
    respond(
        request, socket,
        ApiResult::error(SandboxError(404, SandboxCodes::NotFound, QStringLiteral("Not Found"))));
}

ApiResult SandboxServer::process(const QHttpServerRequest &request, Call *call)
{
    const Target target = parseTarget(request.url().path(),
                                      request.query().queryItemValue(QStringLiteral("action")));
    call->nameSpace = target.nameSpace;
    call->action = target.action;
    if (!target.apiPath || target.version != QLatin1String("1.0")) {
        return ApiResult::error(SandboxError(
            404, SandboxCodes::NotFound,
            QStringLiteral("Not Found: calls are POST /api/1.0/<namespace>?action=<action>")));
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        return ApiResult::error(SandboxError(405, SandboxCodes::MethodNotAllowed,
                                             QStringLiteral("Method Not Allowed: use POST")));
    }
    const QByteArray body = request.body();
    if (body.size() > MaxBodyBytes) {
        return ApiResult::error(SandboxError(413, SandboxCodes::BodyTooLarge,
                                             QStringLiteral("The request body is over 1 MiB")));
    }
    call->body = lenientObject(body);

    if (auto error = m_authenticator->authenticate(request, now())) {
        qCInfo(lcSandbox) << "refused" << target.nameSpace << target.action << "-"
                          << error->message();
        return ApiResult::error(*error);
    }

    const SandboxRouter::Handler *handler = m_router->find(target.nameSpace, target.action);
    if (!handler) {
        return ApiResult::error(SandboxError(
            404, SandboxCodes::NotFound,
            QStringLiteral("Not Found: there is no call %1?action=%2")
                .arg(ValueCheck::display(target.nameSpace), ValueCheck::display(target.action))));
    }

    // An empty body counts as {} (signing-the-request.md: the md5 of "" is still sent).
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return ApiResult::error(SandboxError::doesNotValidate(
                QStringLiteral("body"),
                QStringLiteral("The request body is not JSON: %1 at offset %2")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)));
        }
        if (!document.isObject()) {
            return ApiResult::error(SandboxError::doesNotValidate(
                QStringLiteral("body"), QStringLiteral("The request body must be a JSON object")));
        }
        object = document.object();
    }
    return (*handler)(object);
}

void SandboxServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                            const ApiResult &result)
{
    const QByteArray json
        = result.text.isEmpty() ? result.body.toJson(QJsonDocument::Compact) : result.text;
    // Every answer carries Date: the client corrects its clock from it after a 23005.
    const QByteArray date = RequestAuthenticator::httpDate(now());
    const auto status = static_cast<QHttpServerResponder::StatusCode>(result.status);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (result.status == 405) {
        responder.write(json,
                        {{QByteArrayLiteral("Content-Type"), JsonContentType},
                         {QByteArrayLiteral("Date"), date},
                         {QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}},
                        status);
    } else {
        responder.write(json,
                        {{QByteArrayLiteral("Content-Type"), JsonContentType},
                         {QByteArrayLiteral("Date"), date}},
                        status);
    }
    qCDebug(lcSandbox) << request.url().path() << request.query().toString() << result.status;
}

QByteArray SandboxServer::refusalResponse(const QByteArray &requestTarget)
{
    const QUrl url(QString::fromUtf8(requestTarget));
    Call call;
    const Target target
        = parseTarget(url.path(), QUrlQuery(url).queryItemValue(QStringLiteral("action")));
    call.nameSpace = target.nameSpace;
    call.action = target.action;
    call.status = 413;
    record(call);

    const QByteArray json
        = QJsonDocument(SandboxError(413, SandboxCodes::BodyTooLarge,
                                     QStringLiteral("The request body is over 1 MiB"))
                            .toJson())
              .toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\nContent-Type: ") + JsonContentType
        + QByteArrayLiteral("\r\nDate: ") + RequestAuthenticator::httpDate(now())
        + QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(json.size())
        + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + json;
}

void SandboxServer::record(const Call &call)
{
    // Bounded so an in-process sandbox serving thousands of requests does not grow forever.
    if (m_calls.size() >= MaxRecordedCalls)
        m_calls.removeFirst();
    m_calls.append(call);
}
