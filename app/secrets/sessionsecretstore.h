#pragma once

#include "secrets/secretstore.h"

#include <QHash>

/// Keeps secrets in this process's memory only, for when there is no keychain
/// and the user chose "keep it for this session" (DESIGN.md "Credentials and
/// profiles"). Nothing is written anywhere; the values are wiped when they are
/// removed or overwritten, on clear(), and when the store is destroyed.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    bool isPersistent() const override { return false; }
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }
    QString displayName() const override;

    /// A write or remove takes effect at once (a read created afterwards sees
    /// it); its job still reports on the next event-loop turn.
    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;

    /// Forgets and wipes every secret now.
    void clear();

private:
    QHash<QString, QByteArray> m_secrets;
};
