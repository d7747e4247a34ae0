#include "services/session.h"

#include "services/outbox.h"
#include "services/submission.h"
#include "store/database.h"
#include "store/lookupcache.h"
#include "store/outboxstore.h"
#include "store/recorddirectory.h"

Session::Session(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_submission(new Submission(nullptr, client, this))
{ }

Session::~Session()
{
    // The outbox uses the store; it goes before the store does.
    m_submission->setOutbox(nullptr);
    delete m_outbox;
}

Result<bool> Session::openStore(const QString &dataDir)
{
    if (m_database)
        return Result<bool>::success(true);
    auto *database = new Database(this);
    auto opened = database->open(Database::defaultPath(dataDir));
    if (!opened) {
        delete database;
        return opened;
    }
    m_database = database;
    m_cache = std::make_unique<LookupCache>(m_database);
    m_directory = std::make_unique<RecordDirectory>(m_database);
    m_outboxStore = std::make_unique<OutboxStore>(m_database);
    return opened;
}

Outbox *Session::openOutbox(const QString &profile)
{
    Q_ASSERT(m_outboxStore);
    m_submission->setOutbox(nullptr);
    delete m_outbox;
    m_outbox = new Outbox(m_client, m_outboxStore.get(), profile, this);
    m_submission->setOutbox(m_outbox);
    return m_outbox;
}
