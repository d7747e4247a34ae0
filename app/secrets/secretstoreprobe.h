#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

/// Finds out at start-up, without blocking, whether the system keychain works:
/// it reads a probe entry that is never written. An answer of "found" or "no
/// such entry" means the keychain works; "no backend", any other error or no
/// answer within timeout() means it does not. A "not available" answer on
/// Linux is asked once more after retryDelay(), for a keyring that starts late
/// at login.
///
///     auto *probe = new SecretStoreProbe(this);
///     connect(probe, &SecretStoreProbe::finished, this, [this, probe](SecretStore *store) {
///         store->setParent(this); // a KeychainSecretStore or an UnavailableSecretStore
///         probe->deleteLater();
///     });
///     probe->start();
class SecretStoreProbe : public QObject
{
    Q_OBJECT

public:
    explicit SecretStoreProbe(QObject *parent = nullptr);
    ~SecretStoreProbe() override;

    /// The keychain key read by the probe (under KeychainSecretStore::serviceName()).
    static QString probeAccount();

    /// Longest wait for the keychain, retry included (default 10 s). A hung
    /// D-Bus makes the probe report "unavailable" when it runs out.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Wait before asking a "not available" keychain once more (default 5 s);
    /// also given to the KeychainSecretStore the probe hands out.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

    /// Starts probing; `finished` follows exactly once, never synchronously.
    /// Ignored while a probe is running; may be called again afterwards.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `store` is a KeychainSecretStore when the keychain works, otherwise an
    /// UnavailableSecretStore whose unavailableReason() says why, e.g. "No
    /// system keychain is available (the Secret Service did not answer: …)."
    /// The store has no parent: the receiver owns it.
    void finished(SecretStore *store);

private:
    void attempt();
    void answered(QKeychain::Job *job);
    void timedOut();
    void conclude(std::unique_ptr<SecretStore> store);

    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_retryDelay;
    QTimer m_deadline;
    bool m_running = false;
    bool m_retried = false;
    int m_run = 0;
    std::unique_ptr<SecretStore> m_undelivered;
};
