#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class PlatformClient;
class PlatformReply;
class QNetworkInformation;
class QTimer;

/// Whether the platform answers, for an outbox with something to send: the system's network
/// reachability where Qt has a backend for it, and a signed ping every so often.
class ReachabilityProbe : public QObject
{
    Q_OBJECT

public:
    explicit ReachabilityProbe(PlatformClient *client, QObject *parent = nullptr);

    /// Pings every `intervalMs` while `wanted()` says a ping is worth it.
    void start(int intervalMs, std::function<bool()> wanted);
    void stop();
    /// Pings now, unless a ping is on its way or none is wanted.
    void check();

Q_SIGNALS:
    void reachable();
    void unreachable(const QString &reason);
    /// The platform answered, and refused the key or secret.
    void credentialsRefused(const QString &reason);

private:
    PlatformClient *m_client;
    QTimer *m_timer;
    QNetworkInformation *m_network = nullptr;
    QPointer<PlatformReply> m_ping;
    std::function<bool()> m_wanted;
};
