#include "sandbox/bodylimittcpserver.h"

#include "sandbox/sandboxlog.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr qint64 MaxHeaderBytes = 64 * 1024;
// A refused client is still sending its body; reading it to the end lets it see the answer
// instead of a reset connection. Past this much the connection is simply dropped.
constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;
constexpr int DrainTimeoutMs = 10000;

const char *const ReceivedProperty = "leaddeskReceived";
const char *const HeadProperty = "leaddeskHead";
const char *const HeadDoneProperty = "leaddeskHeadDone";

QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

qint64 declaredContentLength(const QByteArray &head)
{
    bool ok = false;
    const qint64 length = headerValue(head, QByteArrayLiteral("content-length")).toLongLong(&ok);
    return ok ? length : -1;
}
} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(qint64 maxBodyBytes, Rejection rejection, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_rejection(std::move(rejection))
{ }

void BodyLimitTcpServer::requestHandled(QTcpSocket *socket)
{
    socket->setProperty(ReceivedProperty, 0);
    socket->setProperty(HeadProperty, QByteArray());
    socket->setProperty(HeadDoneProperty, false);
}

void BodyLimitTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    requestHandled(socket);
    // Connected before Qt HttpServer connects its own reader (it does so when it takes the
    // pending connection), so this sees every chunk first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { inspect(socket); });
    addPendingConnection(socket);
}

void BodyLimitTcpServer::inspect(QTcpSocket *socket)
{
    const qint64 available = socket->bytesAvailable();
    const qint64 received = socket->property(ReceivedProperty).toLongLong() + available;
    socket->setProperty(ReceivedProperty, received);

    QByteArray requestTarget;
    if (!socket->property(HeadDoneProperty).toBool()) {
        const QByteArray head = socket->property(HeadProperty).toByteArray()
            + socket->peek(qMin(available, MaxHeaderBytes));
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end >= 0 || head.size() >= MaxHeaderBytes) {
            socket->setProperty(HeadDoneProperty, true);
            socket->setProperty(HeadProperty, QByteArray());
            const QByteArray headers = end >= 0 ? head.left(end) : head;
            const QList<QByteArray> requestLine = headers.left(headers.indexOf('\r')).split(' ');
            requestTarget = requestLine.size() >= 2 ? requestLine.at(1) : QByteArray();
            const qint64 declared = end >= 0 ? declaredContentLength(headers) : -1;
            if (declared > m_maxBodyBytes) {
                // head holds this request from its first byte, so the request ends at
                // end + 4 + declared counted from there.
                const qint64 requestBytes = qint64(end) + 4 + declared;
                reject(socket, requestTarget, requestBytes - received);
                return;
            }
            // Qt HttpServer 6.4 ignores "Expect: 100-continue"; clients such as curl would then
            // wait a second before sending the body of every larger request.
            if (end >= 0 && qint64(end) + 4 >= received
                && headerValue(headers, QByteArrayLiteral("expect")).toLower() == "100-continue") {
                socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
        } else {
            socket->setProperty(HeadProperty, head);
        }
    }
    // No (or a false) Content-Length, e.g. chunked: refuse once more than a request can hold
    // has arrived.
    if (received > m_maxBodyBytes + MaxHeaderBytes)
        reject(socket, requestTarget, -1);
}

void BodyLimitTcpServer::reject(QTcpSocket *socket, const QByteArray &requestTarget,
                                qint64 remaining)
{
    qCInfo(lcSandbox) << "refusing a request body over" << m_maxBodyBytes << "bytes";
    // Stop Qt HttpServer from parsing (and buffering) the rest of this connection.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    socket->write(m_rejection(requestTarget));

    // Read the rest of the body the client is still sending, then close; a client that closes
    // first (it has its answer) ends this early.
    const qint64 toDrain = remaining >= 0 ? qMin(remaining, MaxDrainBytes) : MaxDrainBytes;
    if (toDrain <= 0) {
        socket->disconnectFromHost();
        return;
    }
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket, toDrain, drained = qint64(0)]() mutable {
                drained += socket->readAll().size();
                if (drained >= toDrain)
                    socket->disconnectFromHost();
            });
    QTimer::singleShot(DrainTimeoutMs, socket, [socket]() { socket->disconnectFromHost(); });
}
