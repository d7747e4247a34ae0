#include "secrets/sessionsecretstore.h"

#include "secrets/secretslog.h"

namespace {

// Best effort: overwrites the bytes in place when nobody else shares them
// (a shared buffer is detached by fill() and the copy is wiped instead).
void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SessionSecretStore::~SessionSecretStore()
{
    clear();
}

QString SessionSecretStore::displayName() const
{
    return tr("this session only");
}

SecretJob *SessionSecretStore::read(const QString &account)
{
    auto *job = new SecretJob;
    const auto found = m_secrets.constFind(account);
    if (found == m_secrets.constEnd())
        job->finishLater(false, {}, tr("No secret is kept for this session under that name."),
                         true);
    else
        job->finishLater(true, *found, {});
    return job;
}

SecretJob *SessionSecretStore::write(const QString &account, const QByteArray &secret)
{
    auto *job = new SecretJob;
    if (account.isEmpty()) {
        job->finishLater(false, {}, tr("The secret has no name to be kept under."));
        return job;
    }
    auto existing = m_secrets.find(account);
    if (existing != m_secrets.end())
        wipe(*existing);
    m_secrets.insert(account, secret);
    qCDebug(lcSecrets) << "kept a secret for this session only";
    job->finishLater(true, {}, {});
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &account)
{
    auto *job = new SecretJob;
    auto existing = m_secrets.find(account);
    const bool found = existing != m_secrets.end();
    if (found) {
        wipe(*existing);
        m_secrets.erase(existing);
    }
    job->finishLater(true, {}, {}, !found);
    return job;
}

void SessionSecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(*it);
    m_secrets.clear();
}
