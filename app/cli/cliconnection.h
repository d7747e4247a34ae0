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
class Session;
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
    /// The store and the profile's outbox, opened as the app opens them.
    Session *session() const { return m_session; }
    Database *database() const;
    LookupCache *lookupCache() const;
    RecordDirectory *directory() const;
    OutboxStore *outboxStore() const;
    Outbox *outbox() const;
    Submission *submission() const;

private:
    QString openProfile(const CliOptions &options);

    PlatformClient *m_client;
    SandboxServer *m_sandbox = nullptr;
    Session *m_session;
    QString m_profile;
};
