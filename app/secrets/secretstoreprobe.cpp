#include "secrets/secretstoreprobe.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/secretslog.h"
#include "secrets/unavailablesecretstore.h"

#include <qt6keychain/keychain.h>

using namespace std::chrono_literals;

namespace {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
constexpr bool retryWhenNotReady = true;
#else
constexpr bool retryWhenNotReady = false;
#endif

} // namespace

SecretStoreProbe::SecretStoreProbe(QObject *parent)
    : QObject(parent)
    , m_timeout(10s)
    , m_retryDelay(5s)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SecretStoreProbe::timedOut);
}

SecretStoreProbe::~SecretStoreProbe() = default;

QString SecretStoreProbe::probeAccount()
{
    return QStringLiteral("leaddesk-keychain-probe");
}

void SecretStoreProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    m_retried = false;
    ++m_run;
    m_deadline.start(m_timeout);
    attempt();
}

void SecretStoreProbe::attempt()
{
    if (!m_running)
        return;
    // Parentless and self-deleting: a QtKeychain job must not be deleted while
    // its backend still works on it, so a timed-out one is only ignored.
    auto *job = new QKeychain::ReadPasswordJob(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(probeAccount());
    const int run = m_run;
    connect(job, &QKeychain::Job::finished, this, [this, run](QKeychain::Job *answer) {
        if (m_running && run == m_run)
            answered(answer);
    });
    qCDebug(lcSecrets) << "probing the keychain";
    job->start(); // queued by QtKeychain: never answers synchronously
}

void SecretStoreProbe::answered(QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString().trimmed();
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
        qCInfo(lcSecrets).noquote()
            << "the system keychain works:" << KeychainSecretStore::backendName();
        auto store = std::make_unique<KeychainSecretStore>();
        store->setRetryDelay(m_retryDelay);
        conclude(std::move(store));
        return;
    }
    if (retryWhenNotReady && !m_retried && KeychainSecretStore::isNotReadyYet(error, detail)) {
        m_retried = true;
        qCInfo(lcSecrets).noquote().nospace()
            << "keychain probe: not available yet (" << detail << "); retrying once in "
            << m_retryDelay.count() << " ms";
        const int run = m_run;
        QTimer::singleShot(m_retryDelay, this, [this, run] {
            if (m_running && run == m_run)
                attempt();
        });
        return;
    }

    QString reason;
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        reason = tr("The system keychain cannot be used (%1 refused access%2).")
                     .arg(KeychainSecretStore::backendName(),
                          detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    } else {
        QString why = detail;
        if (why.isEmpty()) {
            why = KeychainSecretStore::describeError(error, {});
            if (why.endsWith(QLatin1Char('.')))
                why.chop(1);
        }
        reason = tr("No system keychain is available (%1 did not answer: %2).")
                     .arg(KeychainSecretStore::backendName(), why);
    }
    qCWarning(lcSecrets).noquote() << reason;
    conclude(std::make_unique<UnavailableSecretStore>(reason));
}

void SecretStoreProbe::timedOut()
{
    if (!m_running)
        return;
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
    const QString reason
        = tr("No system keychain is available (%1 did not answer within %n second(s)).", nullptr,
             seconds)
              .arg(KeychainSecretStore::backendName());
    qCWarning(lcSecrets).noquote() << reason;
    conclude(std::make_unique<UnavailableSecretStore>(reason));
}

void SecretStoreProbe::conclude(std::unique_ptr<SecretStore> store)
{
    m_running = false;
    m_deadline.stop();
    // Delivered from the event loop, like every secret answer; kept until then
    // so that nothing leaks if the probe is deleted first.
    m_undelivered = std::move(store);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_undelivered)
                Q_EMIT finished(m_undelivered.release());
        },
        Qt::QueuedConnection);
}
