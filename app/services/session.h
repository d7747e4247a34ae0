#pragma once

#include "model/result.h"

#include <QObject>

#include <memory>

class Database;
class LookupCache;
class Outbox;
class OutboxStore;
class PlatformClient;
class RecordDirectory;
class Submission;

/// What both programs open the same way (DESIGN.md "Architecture"): the store under a data
/// folder — lookups, the record directory, the outbox — and, for one profile, its outbox and the
/// submission path over a platform client. The app's Workspace and the CLI's CliConnection each
/// hold one, so a lead the CLI queues is the same item the app shows, sent the same way.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(PlatformClient *client, QObject *parent = nullptr);
    ~Session() override;

    /// Opens the store in `dataDir` (once; later calls keep the open one).
    Result<bool> openStore(const QString &dataDir);
    bool isOpen() const { return m_database != nullptr; }
    /// Makes `profile`'s outbox the one sent and submitted to; the previous profile's outbox
    /// stops (what waited for it stays in the store). The store must be open.
    Outbox *openOutbox(const QString &profile);

    PlatformClient *client() const { return m_client; }
    Database *database() const { return m_database; }
    LookupCache *lookupCache() const { return m_cache.get(); }
    RecordDirectory *directory() const { return m_directory.get(); }
    OutboxStore *outboxStore() const { return m_outboxStore.get(); }
    Outbox *outbox() const { return m_outbox; }
    Submission *submission() const { return m_submission; }

private:
    PlatformClient *m_client;
    Database *m_database = nullptr;
    std::unique_ptr<LookupCache> m_cache;
    std::unique_ptr<RecordDirectory> m_directory;
    std::unique_ptr<OutboxStore> m_outboxStore;
    Outbox *m_outbox = nullptr;
    Submission *m_submission;
};
