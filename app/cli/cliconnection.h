#pragma once

#include "cli/clioptions.h"
#include "model/result.h"

#include <QObject>

#include <memory>

class Database;
class LookupCache;
class Outbox;
class OutboxStore;
class PlatformClient;
class RecordDirectory;
class SandboxServer;
class Submission;

/// Where the CLI sends its calls, with which credentials, and whose local
/// data it uses: --platform with IVVY_API_KEY/IVVY_API_SECRET, --profile (an
/// app profile, its secret from the keychain unless IVVY_API_SECRET is set),
/// or --sandbox (an in-process sandbox).
class CliConnection : public QObject
{
    Q_OBJECT

public:
    explicit CliConnection(QObject *parent = nullptr);
    ~CliConnection() override;

    /// Empty on success; otherwise one line saying what is missing (exit 5).
    QString open(const CliOptions &options);
    PlatformClient *client() const { return m_client; }
    /// Names the profile whose cache and outbox the CLI uses.
    QString profile() const { return m_profile; }
    bool isSandbox() const { return m_sandbox != nullptr; }
    /// The sandbox's lead custom-field definitions (empty unless --sandbox).
    QJsonArray sandboxLeadSchema() const;

    /// Opens the store under --data-dir (or the per-user data folder).
    Result<bool> openStore(const QString &dataDir);
    Database *database() const { return m_database; }
    LookupCache *lookupCache() const { return m_cache.get(); }
    RecordDirectory *directory() const { return m_directory.get(); }
    OutboxStore *outboxStore() const { return m_outboxStore.get(); }
    Outbox *outbox() const { return m_outbox; }
    Submission *submission() const { return m_submission; }

private:
    QString openProfile(const CliOptions &options);

    PlatformClient *m_client;
    SandboxServer *m_sandbox = nullptr;
    Database *m_database = nullptr;
    std::unique_ptr<LookupCache> m_cache;
    std::unique_ptr<RecordDirectory> m_directory;
    std::unique_ptr<OutboxStore> m_outboxStore;
    Outbox *m_outbox = nullptr;
    Submission *m_submission = nullptr;
    QString m_profile;
};
