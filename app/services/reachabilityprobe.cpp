#include "services/reachabilityprobe.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"

#include <QNetworkInformation>
#include <QTimer>

ReachabilityProbe::ReachabilityProbe(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ReachabilityProbe::check);
}

void ReachabilityProbe::start(int intervalMs, std::function<bool()> wanted)
{
    m_wanted = std::move(wanted);
    // Reachability from the system where a backend exists; otherwise pings tell.
    if (!m_network
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_network = QNetworkInformation::instance();
        connect(m_network, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        check();
                    else if (reachability == QNetworkInformation::Reachability::Disconnected)
                        Q_EMIT unreachable(tr("This computer has no network connection."));
                });
    }
    m_timer->start(intervalMs);
}

void ReachabilityProbe::stop()
{
    m_timer->stop();
}

void ReachabilityProbe::check()
{
    if (m_ping || !m_timer->isActive() || (m_wanted && !m_wanted()))
        return;
    m_ping = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
    connect(m_ping, &PlatformReply::finished, this, [this](const PlatformResult &result) {
        if (result.ok())
            Q_EMIT reachable();
        else if (result.error.isCredentialProblem())
            Q_EMIT credentialsRefused(result.error.toString());
        else if (!result.error.isStaleRequest())
            Q_EMIT unreachable(result.error.toString());
    });
}
