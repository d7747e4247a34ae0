#include "cli/cliconnection.h"

#include "model/customfieldschema.h"
#include "platform/platformaddress.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/keychainsecretstore.h"
#include "services/profilestore.h"
#include "services/session.h"

#include <QEventLoop>
#include <QJsonArray>

CliConnection::CliConnection(QObject *parent)
    : QObject(parent)
    , m_client(new PlatformClient(this))
    , m_session(new Session(m_client, this))
{ }

CliConnection::~CliConnection() = default;

QString CliConnection::open(const CliOptions &options)
{
    if (options.sandbox) {
        m_sandbox = new SandboxServer(this);
        if (!m_sandbox->start())
            return tr("The sandbox could not start: %1").arg(m_sandbox->errorString());
        m_profile = QStringLiteral("sandbox");
        return m_client->configure(m_sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                                   SandboxServer::defaultApiSecret().toUtf8());
    }
    if (!options.profile.isEmpty())
        return openProfile(options);
    if (options.platform.isEmpty())
        return tr("No platform given: use --platform URL, --profile NAME or --sandbox, "
                  "or set LEADDESK_PLATFORM.");
    if (options.apiKey.isEmpty())
        return tr("No API key: set IVVY_API_KEY.");
    if (options.apiSecret.isEmpty())
        return tr("No API secret: set IVVY_API_SECRET.");
    const QString problem
        = m_client->configure(options.platform, options.apiKey, options.apiSecret.toUtf8());
    // Each address and key has its own cache: they may be different accounts.
    m_profile = m_client->baseUrl().toString() + QLatin1Char('#') + options.apiKey.trimmed();
    return problem;
}

QString CliConnection::openProfile(const CliOptions &options)
{
    const ProfileStore profiles(options.dataDir);
    const Profile profile = profiles.profile(options.profile);
    if (!profile.isValid())
        return tr("There is no profile named '%1'. Profiles are set up in the LeadDesk app "
                  "(Settings → Profiles).")
            .arg(options.profile);
    m_profile = profile.name; // the app's cache and outbox for this profile
    if (profile.sandbox) {
        m_sandbox = new SandboxServer(this);
        if (!m_sandbox->start())
            return tr("The sandbox could not start: %1").arg(m_sandbox->errorString());
        return m_client->configure(m_sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                                   SandboxServer::defaultApiSecret().toUtf8());
    }
    QByteArray secret = options.apiSecret.toUtf8();
    if (secret.isEmpty()) {
        // A command line can wait for the keychain; the app never blocks on it.
        KeychainSecretStore keychain;
        keychain.setJobTimeout(std::chrono::seconds(20));
        QEventLoop loop;
        QString problem;
        SecretJob *job = keychain.read(profile.secretAccount());
        connect(job, &SecretJob::finished, &loop,
                [&](bool ok, const QByteArray &value, const QString &error, bool notFound) {
                    if (ok)
                        secret = value;
                    else
                        problem = notFound ? tr("No API secret is stored for profile '%1'; "
                                                "set IVVY_API_SECRET or enter it in the app.")
                                                 .arg(profile.name)
                                           : tr("The API secret of profile '%1' could not be "
                                                "read: %2 Set IVVY_API_SECRET instead.")
                                                 .arg(profile.name, error);
                    loop.quit();
                });
        loop.exec();
        if (!problem.isEmpty())
            return problem;
    }
    return m_client->configure(profile.address, profile.apiKey, secret);
}

QJsonArray CliConnection::sandboxLeadSchema() const
{
    return m_sandbox ? CustomFieldSchema::withSelectOrder(
               m_sandbox->leadCustomFieldDefinitions(), m_sandbox->leadCustomFieldDefinitionsText())
                     : QJsonArray();
}

Result<bool> CliConnection::openStore(const QString &dataDir)
{
    auto opened = m_session->openStore(dataDir);
    if (opened)
        m_session->openOutbox(m_profile);
    return opened;
}

Database *CliConnection::database() const
{
    return m_session->database();
}

LookupCache *CliConnection::lookupCache() const
{
    return m_session->lookupCache();
}

RecordDirectory *CliConnection::directory() const
{
    return m_session->directory();
}

OutboxStore *CliConnection::outboxStore() const
{
    return m_session->outboxStore();
}

Outbox *CliConnection::outbox() const
{
    return m_session->outbox();
}

Submission *CliConnection::submission() const
{
    return m_session->submission();
}
