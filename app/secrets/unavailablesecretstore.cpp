#include "secrets/unavailablesecretstore.h"

UnavailableSecretStore::UnavailableSecretStore(const QString &reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(reason.isEmpty() ? tr("No place to keep secrets is available.") : reason)
{ }

QString UnavailableSecretStore::displayName() const
{
    return tr("nowhere (no keychain)");
}

SecretJob *UnavailableSecretStore::read(const QString &)
{
    return failedJob();
}

SecretJob *UnavailableSecretStore::write(const QString &, const QByteArray &)
{
    return failedJob();
}

SecretJob *UnavailableSecretStore::remove(const QString &)
{
    return failedJob();
}

SecretJob *UnavailableSecretStore::failedJob() const
{
    auto *job = new SecretJob;
    job->finishLater(false, {}, m_reason);
    return job;
}
