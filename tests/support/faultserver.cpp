#include "faultserver.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
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
    , m_handler([](const Request &, int) { return Action::json(200, "{}"); })
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

bool FaultServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
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
        auto respond = [guard, action] {
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
