#include "services/workspace.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "platform/requestlog.h"
#include "services/catalogloader.h"
#include "services/duplicateradar.h"
#include "services/lookupsync.h"
#include "services/outbox.h"
#include "services/radarindexer.h"
#include "services/recordsearch.h"
#include "services/session.h"
#include "services/submission.h"
#include "store/database.h"
#include "store/lookupcache.h"
#include "store/outboxstore.h"
#include "store/radarindex.h"
#include "store/recorddirectory.h"

#include <QLocale>

Workspace::Workspace(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_client(new PlatformClient(this))
    , m_catalog(LookupCatalog::build({}, {}))
    , m_requestLog(new RequestLog(this))
    , m_session(new Session(m_client, this))
{
    m_client->setRequestLog(m_requestLog);
    connect(this, &Workspace::catalogChanged, this,
            [this] { submission()->setCatalog(m_catalog); });
}

Workspace::~Workspace()
{
    // Its writer thread stops before the store (the session's) goes.
    delete m_radarIndexer;
}

Database *Workspace::database() const
{
    return m_session->database();
}

LookupCache *Workspace::lookupCache() const
{
    return m_session->lookupCache();
}

RecordDirectory *Workspace::directory() const
{
    return m_session->directory();
}

OutboxStore *Workspace::outboxStore() const
{
    return m_session->outboxStore();
}

Outbox *Workspace::outbox() const
{
    return m_session->outbox();
}

Submission *Workspace::submission() const
{
    return m_session->submission();
}

Result<bool> Workspace::openStore()
{
    auto opened = m_session->openStore(m_dataDir);
    if (opened && !m_radarIndex)
        m_radarIndex = std::make_unique<RadarIndex>(database());
    return opened;
}

Result<bool> Workspace::activate(const Profile &profile, const QString &address,
                                 const QByteArray &secret,
                                 std::shared_ptr<const LookupCatalog> preloaded)
{
    auto opened = openStore();
    if (!opened)
        return opened;
    const QString problem = m_client->configure(address, profile.apiKey, secret);
    if (!problem.isEmpty())
        return Result<bool>::failure(problem);
    const bool wasRunning = outbox() && outbox()->isRunning();
    m_profile = profile;
    Outbox *outbox = m_session->openOutbox(profile.name);
    connect(outbox, &Outbox::itemChanged, this, &Workspace::outboxItemChanged);
    // Sent history older than LeadDesk keeps it is let go: one indexed delete.
    outbox->pruneSentHistory(m_sentHistoryDays);
    // What the outbox learns by sending is what the status bar says.
    connect(outbox, &Outbox::onlineChanged, this, [this, outbox](bool online) {
        setConnection(online ? Connection::Online : Connection::Offline,
                      online ? QString() : outbox->offlineReason());
    });
    if (wasRunning)
        outbox->start();
    delete m_search;
    m_search = new RecordSearch(m_client, directory(), profile.name, this);
    m_search->setIndex(m_radarIndex.get());
    delete m_radarIndexer;
    m_radarIndexer
        = new RadarIndexer(m_client, database()->path(), profile.name, phoneRegion(), this);
    // What LeadDesk created itself is in the radar as soon as it is on the platform.
    connect(outbox, &Outbox::itemChanged, m_radarIndexer, [this](const OutboxChange &change) {
        const OutboxEntry &entry = change.entry;
        if (!change.removed && entry.state == OutboxItem::State::Sent && entry.recordId > 0
            && entry.kind != QStringLiteral("lead"))
            m_radarIndexer->indexRecord(entry.kind, entry.recordId);
    });
    delete m_sync;
    m_sync = new LookupSync(m_client, lookupCache(), directory(), this);
    connect(m_sync, &LookupSync::finished, this,
            [this](const QString &failure, const PlatformError &error) {
                if (error.isError())
                    setConnection(error.isCredentialProblem() ? Connection::CredentialsRefused
                                                              : Connection::Offline,
                                  error.toString());
                else if (failure.isEmpty())
                    setConnection(Connection::Online, QString());
                if (failure.isEmpty()) {
                    const auto reloaded = reloadCatalog();
                    // Queued items checked against the new lists before they fail there.
                    if (reloaded && this->outbox())
                        this->outbox()->recheck(m_catalog);
                    Q_EMIT refreshFinished(reloaded ? QString() : reloaded.error());
                    return;
                }
                Q_EMIT refreshFinished(failure);
            });
    setConnection(Connection::Unknown, QString());
    Result<bool> loaded = Result<bool>::success(true);
    if (preloaded) {
        m_catalog = std::move(preloaded);
        Q_EMIT catalogChanged();
    } else {
        loaded = reloadCatalog();
    }
    Q_EMIT activated();
    return loaded;
}

QString Workspace::setEndpoint(const QString &address, const QByteArray &secret)
{
    return m_client->configure(address, m_client->apiKey(), secret);
}

Result<bool> Workspace::reloadCatalog()
{
    auto catalog = CatalogLoader::load(*lookupCache(), directory(), m_profile.name);
    if (!catalog)
        return Result<bool>::failure(catalog.error());
    m_catalog = catalog.take();
    Q_EMIT catalogChanged();
    return Result<bool>::success(true);
}

QDateTime Workspace::lookupsFetchedAt() const
{
    return lookupCache() ? lookupCache()->fetchedAt(m_profile.name) : QDateTime();
}

bool Workspace::lookupsAreStale() const
{
    return LookupSync::isStale(lookupsFetchedAt(), QDateTime::currentDateTimeUtc());
}

bool Workspace::isRefreshing() const
{
    return m_sync && m_sync->isRunning();
}

void Workspace::refreshLookups()
{
    if (!m_sync || m_sync->isRunning())
        return;
    Q_EMIT refreshStarted();
    m_sync->refresh(m_profile.name);
}

Result<bool> Workspace::setLeadSchema(const QJsonArray &definitions)
{
    if (!lookupCache())
        return Result<bool>::failure(tr("The store is not open."));
    auto stored = lookupCache()->setLeadSchema(m_profile.name, definitions);
    if (!stored)
        return stored;
    return reloadCatalog();
}

Result<QJsonArray> Workspace::leadSchema() const
{
    if (!lookupCache())
        return Result<QJsonArray>::failure(tr("The lead schema cannot be edited: the local store "
                                              "is not open."));
    auto stored = lookupCache()->leadSchema(m_profile.name);
    if (!stored)
        return Result<QJsonArray>::failure(
            tr("The saved lead schema could not be read: %1").arg(stored.error()));
    return stored;
}

void Workspace::startRadarIndex()
{
    if (m_radarIndexer)
        m_radarIndexer->refresh();
}

DuplicateRadar *Workspace::newDuplicateRadar(QObject *parent) const
{
    return new DuplicateRadar(m_radarIndex.get(), m_client, m_profile.name, phoneRegion(), parent);
}

QString Workspace::phoneRegion()
{
    const QString name = QLocale::system().name();
    return name.size() == 5 ? name.right(2) : QString();
}

void Workspace::startOutbox()
{
    if (outbox())
        outbox()->start();
}

void Workspace::checkConnection()
{
    if (m_ping)
        return;
    setConnection(Connection::Checking, QString());
    m_ping = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
    connect(m_ping, &PlatformReply::finished, this, [this](const PlatformResult &result) {
        if (result.ok())
            setConnection(Connection::Online, QString());
        else if (result.error.isCredentialProblem())
            setConnection(Connection::CredentialsRefused, result.error.toString());
        else
            setConnection(Connection::Offline, result.error.toString());
    });
}

void Workspace::setConnection(Connection connection, const QString &message)
{
    if (m_connection == connection && m_connectionMessage == message)
        return;
    m_connection = connection;
    m_connectionMessage = message;
    Q_EMIT connectionChanged(connection, message);
}
