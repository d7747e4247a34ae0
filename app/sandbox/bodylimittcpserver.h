#pragma once

#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A QTcpServer that refuses oversized requests before they are buffered: Qt HttpServer 6.4
// reads a whole request into memory (and reserves its declared Content-Length up front), so a
// huge or endless body would otherwise exhaust memory before any handler could say 413.
class BodyLimitTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // Builds the complete HTTP response for a refused request, given its request target.
    using Rejection = std::function<QByteArray(const QByteArray &requestTarget)>;

    BodyLimitTcpServer(qint64 maxBodyBytes, Rejection rejection, QObject *parent = nullptr);

    // Called once a request on the socket was answered: the next bytes start a new request.
    static void requestHandled(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void inspect(QTcpSocket *socket);
    void reject(QTcpSocket *socket, const QByteArray &requestTarget, qint64 declaredLength);

    qint64 m_maxBodyBytes;
    Rejection m_rejection;
};
