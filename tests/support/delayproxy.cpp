#include "support/delayproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

struct DelayProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray pendingUp; ///< what the client sent before the upstream connection was open
};

DelayProxy::DelayProxy(quint16 upstreamPort, int oneWayMs, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_oneWayMs(oneWayMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DelayProxy::accept);
}

DelayProxy::~DelayProxy()
{
    for (const auto &link : m_links) {
        if (link->client)
            link->client->abort();
        if (link->upstream)
            link->upstream->abort();
    }
}

bool DelayProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 DelayProxy::port() const
{
    return m_server.serverPort();
}

QString DelayProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void DelayProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto link = std::make_unique<Link>();
        Link *raw = link.get();
        raw->client = client;
        raw->upstream = new QTcpSocket(client);
        client->setParent(this);
        m_links.push_back(std::move(link));
        // Bytes travel later, in order: a single-shot per chunk keeps their order because
        // every chunk of one direction waits the same time.
        auto later = [](QObject *context, int ms, std::function<void()> deliver) {
            QTimer::singleShot(ms, context, std::move(deliver));
        };
        connect(client, &QTcpSocket::readyRead, this, [this, raw, later] {
            const QByteArray bytes = raw->client->readAll();
            later(this, m_oneWayMs, [raw, bytes] {
                if (!raw->upstream)
                    return;
                if (raw->upstream->state() == QAbstractSocket::ConnectedState)
                    raw->upstream->write(bytes);
                else
                    raw->pendingUp += bytes;
            });
        });
        connect(raw->upstream, &QTcpSocket::connected, this, [raw] {
            if (!raw->pendingUp.isEmpty())
                raw->upstream->write(std::exchange(raw->pendingUp, {}));
        });
        connect(raw->upstream, &QTcpSocket::readyRead, this, [this, raw, later] {
            const QByteArray bytes = raw->upstream->readAll();
            later(this, m_oneWayMs + m_answerDelayMs, [raw, bytes] {
                if (raw->client)
                    raw->client->write(bytes);
            });
        });
        // A close travels like the bytes before it.
        connect(client, &QTcpSocket::disconnected, this, [this, raw, later] {
            later(this, m_oneWayMs, [raw] {
                if (raw->upstream)
                    raw->upstream->disconnectFromHost();
            });
        });
        connect(raw->upstream, &QTcpSocket::disconnected, this, [this, raw, later] {
            later(this, m_oneWayMs + m_answerDelayMs, [raw] {
                if (raw->client)
                    raw->client->disconnectFromHost();
            });
        });
        raw->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}
