#include "services/connectiontest.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
    , m_client(new PlatformClient(this))
{ }

bool ConnectionTest::isRunning() const
{
    return m_reply != nullptr;
}

void ConnectionTest::setTimeoutMs(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

QString ConnectionTest::start(const QString &address, const QString &apiKey,
                              const QByteArray &apiSecret)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    const QString problem = m_client->configure(address, apiKey, apiSecret);
    if (!problem.isEmpty())
        return problem;
    m_reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
    connect(m_reply, &PlatformReply::finished, this, [this](const PlatformResult &result) {
        m_reply = nullptr;
        if (result.ok())
            Q_EMIT finished(true,
                            tr("Connected: the platform answered and accepted the key and "
                               "secret."));
        else
            Q_EMIT finished(false, result.error.toString());
    });
    return QString();
}
