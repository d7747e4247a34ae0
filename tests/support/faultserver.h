#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

/// A loopback HTTP server for tests that answers each request the way the
/// test says: normally, late, with garbage, truncated, or by dropping the
/// connection before or after reading the request.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
    };

    struct Action
    {
        enum Kind
        {
            Respond,
            DropBeforeReading,
            DropAfterReading,
            Truncate
        };
        Kind kind = Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;

        static Action json(int status, const QByteArray &body);
        static Action drop(Kind kind);
        Action &withHeader(const QByteArray &name, const QByteArray &value);
        Action &after(int milliseconds);
    };

    using Handler = std::function<Action(const Request &request, int index)>;

    explicit FaultServer(QObject *parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Requests read in full so far (DropBeforeReading ones are not read).
    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};
