#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

/// One asynchronous secret operation: emits `finished` exactly once, always from
/// the event loop (never inside the call that created the job, so connecting
/// right after read()/write()/remove() is enough), and then deletes itself.
/// A job has no parent; delete it yourself only if you no longer want the answer.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    explicit SecretJob(QObject *parent = nullptr);
    ~SecretJob() override;

    /// True once the outcome is settled (finishLater() was called).
    bool isSettled() const { return m_settled; }

    /// For SecretStore implementations: settles the job and emits `finished`
    /// on the next event-loop turn. Only the first call counts; later ones
    /// are ignored.
    void finishLater(bool ok, const QByteArray &secret, const QString &error,
                     bool notFound = false);

Q_SIGNALS:
    /// `ok` false: `error` says why in a sentence for a person (never the secret).
    /// For a read, `secret` holds the secret; a missing entry is ok == false with
    /// `notFound` true. Removing a missing entry succeeds (ok == true).
    void finished(bool ok, const QByteArray &secret, const QString &error, bool notFound);

private:
    bool m_settled = false;
};

/// Where API secrets live (STYLE.md habit 7): the OS keychain, this session's
/// memory, or nowhere — and then it says why. Never a plain-text file.
/// Implementations: KeychainSecretStore, SessionSecretStore, UnavailableSecretStore;
/// SecretStoreProbe picks between the keychain and "unavailable" at start-up.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Whether secrets saved here outlive the session.
    virtual bool isPersistent() const = 0;
    /// False when nothing can be stored; unavailableReason() says why.
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;
    /// A short name for a person: "the system keychain", "this session only".
    virtual QString displayName() const = 0;

    /// `account` names the secret (a profile's name and key); the jobs emit
    /// `finished` after the caller connected (never synchronously). Jobs start
    /// in the order they were created, but a keychain job that is retried
    /// finishes later: wait for a write's answer before relying on it. A job
    /// does not depend on its store: it still finishes if the store is deleted first.
    virtual SecretJob *read(const QString &account) = 0;
    virtual SecretJob *write(const QString &account, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &account) = 0;
};
