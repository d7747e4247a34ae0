#pragma once

#include "secrets/secretstore.h"

/// The null object for when no keychain works: keeps nothing and fails every
/// job with the reason it was given, so the user is told why nothing was saved
/// (STYLE.md habit 7).
class UnavailableSecretStore : public SecretStore
{
    Q_OBJECT

public:
    /// `reason` is a sentence for a person, e.g. "No system keychain is
    /// available (the Secret Service did not answer: …)."
    explicit UnavailableSecretStore(const QString &reason, QObject *parent = nullptr);

    bool isPersistent() const override { return false; }
    bool isAvailable() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    QString displayName() const override;

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;

private:
    SecretJob *failedJob() const;

    QString m_reason;
};
