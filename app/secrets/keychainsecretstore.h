#pragma once

#include "secrets/secretstore.h"

#include <qt6keychain/keychain.h>

#include <chrono>

/// Secrets in the operating system's keychain through QtKeychain (the Secret
/// Service or KWallet on Linux, the Keychain on macOS, the Credential Manager on
/// Windows), under the service name "LeadDesk" with the account as key. The
/// insecure plain-text fallback is always off.
///
/// On Linux a keychain that answers "not available" right after login may just
/// be starting late: such a job is tried once more after retryDelay() (as
/// Nextcloud does). A job that gets no answer within jobTimeout() fails instead
/// of waiting forever.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    /// The keychain service name every LeadDesk secret is stored under.
    static QString serviceName();
    /// What the keychain is called on this system, for messages: "the Secret
    /// Service", "the macOS Keychain", "the Windows Credential Manager".
    static QString backendName();

    /// A sentence for a person for a QtKeychain error; `detail` is the
    /// backend's own text (added in parentheses when not empty).
    static QString describeError(QKeychain::Error error, const QString &detail);
    /// Whether the error means "no keychain (yet)" — worth one retry on Linux,
    /// where the keyring can start after the application at login.
    static bool isNotReadyYet(QKeychain::Error error, const QString &detail);

    bool isPersistent() const override { return true; }
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }
    QString displayName() const override;

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;

    /// Wait before the one retry of a "not available" answer (default 5 s).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    /// Longest wait for one job, retry included (default 60 s; an unlock prompt
    /// may be on screen meanwhile).
    void setJobTimeout(std::chrono::milliseconds timeout) { m_jobTimeout = timeout; }
    std::chrono::milliseconds jobTimeout() const { return m_jobTimeout; }

private:
    std::chrono::milliseconds m_retryDelay;
    std::chrono::milliseconds m_jobTimeout;
};
