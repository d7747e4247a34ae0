#pragma once

#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;

/// "Test connection" for an address, key and secret not saved yet (the welcome dialog): one
/// signed ping with a client of its own, answered in words.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);

    /// Starts a test; a running one is dropped. `finished` follows, unless the address itself
    /// is refused: then the reason comes back at once (and no signal).
    QString start(const QString &address, const QString &apiKey, const QByteArray &apiSecret);
    bool isRunning() const;
    /// No progress for this long fails the test.
    void setTimeoutMs(int milliseconds);

Q_SIGNALS:
    /// `ok`: the platform answered and took the key and secret; otherwise `message` says why.
    void finished(bool ok, const QString &message);

private:
    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
};
