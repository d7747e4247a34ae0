#include "secrets/keychainsecretstore.h"

#include "secrets/secretslog.h"

#include <QCoreApplication>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

// Only the Linux keyring is known to come up after the applications at login.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
constexpr bool retryWhenNotReady = true;
#else
constexpr bool retryWhenNotReady = false;
#endif

enum class Operation
{
    Read,
    Write,
    Remove
};

// One LeadDesk job over one QtKeychain job at a time (two with the retry).
// QtKeychain jobs have no parent and delete themselves: deleting one while
// the backend is still working on it is unsafe (libsecret calls back into
// it), so a timed-out job only stops listening.
class KeychainJob final : public SecretJob
{
public:
    KeychainJob(Operation operation, const QString &account, const QByteArray &secret,
                std::chrono::milliseconds retryDelay, std::chrono::milliseconds timeout)
        : m_operation(operation)
        , m_account(account)
        , m_secret(secret)
        , m_retryDelay(retryDelay)
        , m_timeout(timeout)
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &KeychainJob::giveUp);
    }

    void start()
    {
        if (m_account.isEmpty()) {
            settle(false, {},
                   QCoreApplication::translate("KeychainSecretStore",
                                               "The secret has no name to be stored under."),
                   false);
            return;
        }
        m_deadline.start(m_timeout);
        attempt();
    }

private:
    const char *verb() const
    {
        switch (m_operation) {
        case Operation::Read:
            return "read";
        case Operation::Write:
            return "write";
        case Operation::Remove:
            return "remove";
        }
        return "use";
    }

    void attempt()
    {
        if (isSettled())
            return;
        const QString service = KeychainSecretStore::serviceName();
        QKeychain::Job *job = nullptr;
        switch (m_operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            // Binary keeps any byte sequence intact (the text mode stops at a NUL).
            write->setBinaryData(m_secret);
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setAutoDelete(true);
        // Never a plain-text file (DESIGN.md "Credentials and profiles").
        job->setInsecureFallback(false);
        job->setKey(m_account);
        connect(job, &QKeychain::Job::finished, this, &KeychainJob::answered);
        qCDebug(lcSecrets) << "keychain" << verb() << "started";
        job->start();
    }

    void answered(QKeychain::Job *job)
    {
        if (isSettled())
            return;
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            QByteArray secret;
            if (m_operation == Operation::Read)
                secret = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
            qCDebug(lcSecrets) << "keychain" << verb() << "done";
            settle(true, secret, {}, false);
            return;
        }
        const QString detail = withoutSecret(job->errorString());
        if (error == QKeychain::EntryNotFound && m_operation != Operation::Write) {
            qCDebug(lcSecrets).nospace() << "keychain " << verb() << ": no such entry";
            if (m_operation == Operation::Remove)
                settle(true, {}, {}, true);
            else
                settle(false, {}, KeychainSecretStore::describeError(error, {}), true);
            return;
        }
        if (retryWhenNotReady && !m_retried && KeychainSecretStore::isNotReadyYet(error, detail)) {
            m_retried = true;
            qCInfo(lcSecrets).noquote().nospace()
                << "keychain " << verb() << ": not available yet (" << detail
                << "); retrying once in " << m_retryDelay.count() << " ms";
            QTimer::singleShot(m_retryDelay, this, &KeychainJob::attempt);
            return;
        }
        const QString sentence = KeychainSecretStore::describeError(error, detail);
        qCWarning(lcSecrets).noquote() << "keychain" << verb() << "failed:" << sentence;
        settle(false, {}, sentence, false);
    }

    void giveUp()
    {
        const int seconds = int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
        const QString sentence
            = QCoreApplication::translate(
                  "KeychainSecretStore", "No answer from %1 within %n second(s).", nullptr, seconds)
                  .arg(KeychainSecretStore::backendName());
        qCWarning(lcSecrets).noquote() << "keychain" << verb() << "timed out:" << sentence;
        settle(false, {}, sentence, false);
    }

    // Backend messages are not expected to quote the secret; make sure.
    QString withoutSecret(const QString &detail) const
    {
        if (m_secret.isEmpty() || detail.isEmpty())
            return detail;
        const QString plain = QString::fromUtf8(m_secret);
        const QString encoded = QString::fromLatin1(m_secret.toBase64());
        if ((!plain.isEmpty() && detail.contains(plain)) || detail.contains(encoded))
            return QCoreApplication::translate("KeychainSecretStore", "details withheld");
        return detail;
    }

    void settle(bool ok, const QByteArray &secret, const QString &error, bool notFound)
    {
        m_deadline.stop();
        m_secret.fill('\0');
        finishLater(ok, secret, error, notFound);
    }

    const Operation m_operation;
    const QString m_account;
    QByteArray m_secret;
    const std::chrono::milliseconds m_retryDelay;
    const std::chrono::milliseconds m_timeout;
    QTimer m_deadline;
    bool m_retried = false;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_retryDelay(5s)
    , m_jobTimeout(60s)
{ }

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("LeadDesk");
}

QString KeychainSecretStore::backendName()
{
#if defined(Q_OS_DARWIN)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#elif defined(Q_OS_UNIX) && !defined(Q_OS_ANDROID)
    return tr("the Secret Service");
#else
    return tr("the system keychain");
#endif
}

QString KeychainSecretStore::describeError(QKeychain::Error error, const QString &detail)
{
    QString sentence;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        sentence = tr("No secret is saved under that name in %1").arg(backendName());
        break;
    case QKeychain::CouldNotDeleteEntry:
        sentence = tr("The secret could not be deleted from %1").arg(backendName());
        break;
    case QKeychain::AccessDeniedByUser:
        sentence = tr("Access to %1 was refused").arg(backendName());
        break;
    case QKeychain::AccessDenied:
        sentence = tr("Access to %1 was denied; it may be locked").arg(backendName());
        break;
    case QKeychain::NoBackendAvailable:
        sentence = tr("No system keychain is available");
        break;
    case QKeychain::NotImplemented:
        sentence = tr("This system's keychain is not supported");
        break;
    case QKeychain::OtherError:
    default:
        sentence = tr("Could not use %1").arg(backendName());
        break;
    }
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return sentence + QLatin1Char('.');
    return tr("%1 (%2).").arg(sentence, trimmed);
}

bool KeychainSecretStore::isNotReadyYet(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    // What the Secret Service (through GDBus) and KWallet say while the
    // keyring is not running yet.
    static const QLatin1String markers[] = {
        QLatin1String("not available"),
        QLatin1String("no backend"),
        QLatin1String("ServiceUnknown"),
        QLatin1String("not provided by any"),
    };
    for (const QLatin1String &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString KeychainSecretStore::displayName() const
{
    return tr("the system keychain");
}

SecretJob *KeychainSecretStore::read(const QString &account)
{
    auto *job = new KeychainJob(Operation::Read, account, {}, m_retryDelay, m_jobTimeout);
    job->start();
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    auto *job = new KeychainJob(Operation::Write, account, secret, m_retryDelay, m_jobTimeout);
    job->start();
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &account)
{
    auto *job = new KeychainJob(Operation::Remove, account, {}, m_retryDelay, m_jobTimeout);
    job->start();
    return job;
}
