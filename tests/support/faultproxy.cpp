#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {
// Where the header block ends and how long the body is; -1 while incomplete.
qsizetype messageLength(const QByteArray &buffer, qsizetype *headerLength = nullptr)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qint64 bodyLength = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            bodyLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (headerLength)
        *headerLength = headerEnd + 4;
    const qsizetype total = headerEnd + 4 + qsizetype(bodyLength);
    return buffer.size() >= total ? total : -1;
}

bool asksToClose(const QByteArray &response)
{
    const QByteArray head = response.left(response.indexOf("\r\n\r\n")).toLower();
    return head.contains("\nconnection: close");
}

QByteArray plainResponse(int status, const QByteArray &reason, const QByteArray &body,
                         const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

QString actionOf(const QByteArray &target)
{
    const qsizetype at = target.indexOf("action=");
    if (at < 0)
        return QStringLiteral("?");
    QByteArray action = target.mid(at + 7);
    const qsizetype end = action.indexOf('&');
    if (end >= 0)
        action.truncate(end);
    return QString::fromLatin1(action);
}
} // namespace

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> client;
    QByteArray buffer;
    bool busy = false; ///< a request is being handled; later ones wait in the buffer
    bool clientGone = false;
    Request request;
    Fault fault = Fault::Pass;
    QTcpSocket *upstream = nullptr;
    QByteArray response;
};

QList<FaultProxy::Fault> FaultProxy::allFaults()
{
    return {Fault::Pass,          Fault::Refuse,  Fault::DropBeforeReading, Fault::DropAfterStoring,
            Fault::Error500,      Fault::Busy503, Fault::Busy429,           Fault::StoredBusy503,
            Fault::StoredBusy429, Fault::Garbage, Fault::Truncate};
}

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::Pass:
        return QStringLiteral("pass");
    case Fault::Refuse:
        return QStringLiteral("refuse");
    case Fault::DropBeforeReading:
        return QStringLiteral("drop-before-reading");
    case Fault::DropAfterStoring:
        return QStringLiteral("drop-after-storing");
    case Fault::Error500:
        return QStringLiteral("500");
    case Fault::Busy503:
        return QStringLiteral("503");
    case Fault::Busy429:
        return QStringLiteral("429");
    case Fault::StoredBusy503:
        return QStringLiteral("stored-503");
    case Fault::StoredBusy429:
        return QStringLiteral("stored-429");
    case Fault::Garbage:
        return QStringLiteral("garbage");
    case Fault::Truncate:
        return QStringLiteral("truncated");
    }
    return QString();
}

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_random(seed)
    , m_relisten(new QTimer(this))
{
    m_relisten->setSingleShot(true);
    connect(m_relisten, &QTimer::timeout, this, &FaultProxy::relisten);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    const auto connections = m_connections.values();
    m_connections.clear();
    for (Connection *connection : connections) {
        if (connection->upstream) {
            connection->upstream->disconnect(this);
            connection->upstream->abort();
            connection->upstream->deleteLater();
        }
        if (connection->client) {
            connection->client->disconnect(this);
            connection->client->abort();
            connection->client->deleteLater();
        }
        delete connection;
    }
}

bool FaultProxy::start()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

FaultProxy::Chooser FaultProxy::loseAnswers(const QByteArray &call, int count)
{
    auto left = std::make_shared<int>(count);
    return [call, left](const Request &request, int) {
        if (*left > 0 && request.target.contains(call)) {
            --*left;
            return Fault::DropAfterStoring;
        }
        return Fault::Pass;
    };
}

void FaultProxy::setRefuseMs(int minMs, int maxMs)
{
    m_refuseMinMs = qMax(1, minMs);
    m_refuseMaxMs = qMax(m_refuseMinMs, maxMs);
}

QString FaultProxy::summary() const
{
    QStringList parts;
    for (Fault fault : allFaults())
        parts << QStringLiteral("%1 %2").arg(faultName(fault)).arg(m_counts.value(fault));
    return parts.join(QStringLiteral(", "));
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->client = socket;
        socket->setParent(this);
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onClientData(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, connection] {
            socket->disconnect(this);
            m_connections.remove(socket);
            socket->deleteLater();
            connection->client = nullptr;
            connection->clientGone = true;
            // A forwarded request still finishes upstream (the server may store it
            // whatever the client does); the connection goes when that is done.
            if (!connection->upstream)
                delete connection;
        });
    }
}

void FaultProxy::onClientData(Connection *connection)
{
    connection->buffer += connection->client->readAll();
    handleNext(connection);
}

void FaultProxy::handleNext(Connection *connection)
{
    if (connection->busy || connection->clientGone)
        return;
    const qsizetype length = messageLength(connection->buffer);
    if (length < 0)
        return;
    Request &request = connection->request;
    request.bytes = connection->buffer.left(length);
    connection->buffer.remove(0, length);
    const QList<QByteArray> first = request.bytes.left(request.bytes.indexOf("\r\n")).split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    connection->busy = true;

    const Fault fault = choose(request, m_requestCount++);
    connection->fault = fault;
    m_counts[fault] += 1;
    m_byAction[actionOf(request.target)][fault] += 1;

    switch (fault) {
    case Fault::Refuse:
        drop(connection);
        refuseFor(m_refuseMinMs + int(m_random.bounded(m_refuseMaxMs - m_refuseMinMs + 1)));
        return;
    case Fault::DropBeforeReading:
        drop(connection);
        return;
    case Fault::Busy503:
    case Fault::Busy429:
        replyBusy(connection, fault == Fault::Busy503);
        return;
    case Fault::Pass:
    case Fault::DropAfterStoring:
    case Fault::Error500:
    case Fault::StoredBusy503:
    case Fault::StoredBusy429:
    case Fault::Garbage:
    case Fault::Truncate:
        forward(connection);
        return;
    }
}

FaultProxy::Fault FaultProxy::choose(const Request &request, int index)
{
    if (!m_enabled)
        return Fault::Pass;
    if (m_chooser)
        return m_chooser(request, index);
    if (m_random.generateDouble() >= m_faultRate)
        return Fault::Pass;
    const QList<Fault> faults = allFaults().mid(1);
    return faults.at(int(m_random.bounded(quint32(faults.size()))));
}

void FaultProxy::forward(Connection *connection)
{
    // A fresh upstream connection per request keeps the bookkeeping simple;
    // loopback connections are cheap.
    auto *upstream = new QTcpSocket(this);
    connection->upstream = upstream;
    connection->response.clear();
    connect(upstream, &QTcpSocket::connected, this,
            [connection, upstream] { upstream->write(connection->request.bytes); });
    connect(upstream, &QTcpSocket::readyRead, this,
            [this, connection] { onUpstreamData(connection); });
    connect(upstream, &QTcpSocket::disconnected, this,
            [this, connection] { onUpstreamData(connection); });
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, connection, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            onUpstreamData(connection);
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::onUpstreamData(Connection *connection)
{
    QTcpSocket *upstream = connection->upstream;
    if (!upstream)
        return;
    connection->response += upstream->readAll();
    const qsizetype length = messageLength(connection->response);
    const bool ended = upstream->state() != QAbstractSocket::ConnectedState
        && upstream->state() != QAbstractSocket::ConnectingState
        && upstream->state() != QAbstractSocket::HostLookupState;
    if (length < 0 && !ended)
        return;
    connection->upstream = nullptr;
    upstream->disconnect(this);
    upstream->abort();
    upstream->deleteLater();
    if (connection->clientGone) {
        delete connection;
        return;
    }
    if (length < 0) {
        // The server broke off: so does the proxy.
        drop(connection);
        return;
    }
    answer(connection, connection->response.left(length));
}

void FaultProxy::replyBusy(Connection *connection, bool unavailable)
{
    // Short waits only: the client may retry these itself.
    const QByteArray wait = !m_retryAfter.isEmpty() ? m_retryAfter
        : m_random.bounded(4) == 0                  ? QByteArray("1")
                                                    : QByteArray("0");
    reply(connection,
          plainResponse(
              unavailable ? 503 : 429, unavailable ? "Service Unavailable" : "Too Many Requests",
              unavailable ? "The service is busy." : "Slow down.", "Retry-After: " + wait + "\r\n"),
          false);
}

void FaultProxy::answer(Connection *connection, const QByteArray &response)
{
    switch (connection->fault) {
    case Fault::DropAfterStoring:
        drop(connection);
        return;
    case Fault::StoredBusy503:
    case Fault::StoredBusy429:
        replyBusy(connection, connection->fault == Fault::StoredBusy503);
        return;
    case Fault::Error500:
        reply(connection,
              plainResponse(500, "Internal Server Error", "Something went wrong on our side."),
              false);
        return;
    case Fault::Garbage: {
        QByteArray noise(16 + int(m_random.bounded(200)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(m_random.bounded(256));
        if (m_random.bounded(2)) {
            // Not HTTP at all.
            reply(connection, noise, true);
        } else {
            // HTTP, but the body is not the answer.
            reply(connection,
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                  "Content-Length: "
                      + QByteArray::number(noise.size()) + "\r\n\r\n" + noise,
                  false);
        }
        return;
    }
    case Fault::Truncate: {
        qsizetype headerLength = 0;
        messageLength(response, &headerLength);
        const qsizetype body = response.size() - headerLength;
        reply(connection, response.left(headerLength + body / 2), true);
        return;
    }
    default:
        reply(connection, response, asksToClose(response));
        return;
    }
}

void FaultProxy::reply(Connection *connection, const QByteArray &bytes, bool thenClose)
{
    QTcpSocket *client = connection->client;
    if (!client)
        return;
    client->write(bytes);
    if (thenClose) {
        // Leaves after what was written is flushed.
        client->disconnectFromHost();
        return;
    }
    connection->busy = false;
    handleNext(connection);
}

void FaultProxy::drop(Connection *connection)
{
    if (QTcpSocket *client = connection->client)
        client->close();
}

void FaultProxy::refuseFor(int milliseconds)
{
    if (m_relisten->isActive())
        return;
    m_server.close();
    m_relisten->start(milliseconds);
}

void FaultProxy::relisten()
{
    // The same port: the client keeps its address and must get through again.
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        m_relisten->start(10);
}
