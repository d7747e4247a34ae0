#include "faultserver.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

FaultServer::Action FaultServer::Action::json(int status, const QByteArray &body)
{
    Action action;
    action.status = status;
    action.body = body;
    action.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return action;
}

FaultServer::Action FaultServer::Action::drop(Kind kind)
{
    Action action;
    action.kind = kind;
    return action;
}

FaultServer::Action FaultServer::Action::endlessChunked(const QByteArray &piece)
{
    Action action = json(200, QByteArray());
    action.chunked = true;
    action.next = [piece](qint64 sent) { return sent == 0 ? QByteArray("[") : piece + ','; };
    return action;
}

FaultServer::Action FaultServer::Action::trickle(const QByteArray &body, int bytesPerPiece,
                                                 int intervalMs)
{
    Action action = json(200, QByteArray());
    action.announcedLength = body.size();
    action.intervalMs = intervalMs;
    action.next = [body, bytesPerPiece](qint64 sent) { return body.mid(sent, bytesPerPiece); };
    return action;
}

struct FaultServer::Stream
{
    QPointer<QTcpSocket> socket;
    Action action;
    qint64 sent = 0;
    bool ended = false;
};

void FaultServer::startStream(QTcpSocket *socket, const Action &action)
{
    auto stream = std::make_shared<Stream>();
    stream->socket = socket;
    stream->action = action;
    if (action.intervalMs <= 0) {
        connect(socket, &QTcpSocket::bytesWritten, this, [this, stream] { pump(stream); });
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, this,
                    [this, stream] { pump(stream); });
    }
    pump(stream);
}

void FaultServer::pump(const std::shared_ptr<Stream> &stream)
{
    constexpr qint64 kMaxQueued = 256 * 1024;
    QTcpSocket *socket = stream->socket;
    if (!socket || stream->ended || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // A TLS socket moves what it encrypted out of bytesToWrite(): count both.
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    const auto queued = [socket, tls] {
        return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
    };
    while (queued() < kMaxQueued) {
        const QByteArray piece = stream->action.next(stream->sent);
        if (piece.isEmpty()) {
            stream->ended = true;
            if (stream->action.chunked)
                socket->write("0\r\n\r\n");
            return;
        }
        stream->sent += piece.size();
        m_streamed += piece.size();
        if (stream->action.chunked)
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            socket->write(piece);
        if (stream->action.intervalMs > 0) {
            QTimer::singleShot(stream->action.intervalMs, socket, [this, stream] { pump(stream); });
            return;
        }
    }
}

FaultServer::Action &FaultServer::Action::withHeader(const QByteArray &name,
                                                     const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FaultServer::Action &FaultServer::Action::after(int milliseconds)
{
    delayMs = milliseconds;
    return *this;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler([](const Request &, int) { return Action::json(200, "{}"); })
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

bool FaultServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultServer::startTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    // QSslServer hands a connection over once its handshake is done.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &FaultServer::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = int(lines[i].indexOf(':'));
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        // Decide before reading the body, so "drop before reading" never reads it.
        const int index = int(m_requests.size());
        request.body = buffer.mid(headerEnd + 4, length);
        const Action action = m_handler(request, index);
        if (action.kind == Action::DropBeforeReading) {
            buffer.clear();
            socket->abort();
            return;
        }
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        if (action.kind == Action::DropAfterReading) {
            buffer.clear();
            socket->abort();
            return;
        }
        QPointer<QTcpSocket> guard(socket);
        auto respond = [this, guard, action] {
            if (!guard)
                return;
            const QByteArray date = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc(),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
            QByteArray response = "HTTP/1.1 " + QByteArray::number(action.status) + " Status\r\n";
            bool hasDate = false;
            for (const auto &[name, value] : action.headers) {
                response += name + ": " + value + "\r\n";
                hasDate = hasDate || name.toLower() == "date";
            }
            if (!hasDate)
                response += "Date: " + date + "\r\n";
            const bool truncate = action.kind == Action::Truncate;
            if (action.next) {
                response += action.chunked
                    ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                    : "Content-Length: " + QByteArray::number(action.announcedLength) + "\r\n\r\n";
                guard->write(response);
                startStream(guard, action);
                return;
            }
            response += "Content-Length: "
                + QByteArray::number(action.body.size() + (truncate ? 100 : 0)) + "\r\n\r\n";
            response += action.body;
            guard->write(response);
            if (truncate) {
                guard->flush();
                guard->disconnectFromHost();
            }
        };
        if (action.delayMs > 0)
            QTimer::singleShot(action.delayMs, socket, respond);
        else
            respond();
    }
}
