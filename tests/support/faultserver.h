#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <atomic>
#include <functional>
#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

/// A loopback HTTP server for tests that answers each request the way the
/// test says: normally, late, with garbage, truncated, by dropping the
/// connection before or after reading the request, or as a stream that never
/// ends or trickles in a byte at a time (hostile platforms).
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
        /// When set, the body is sent piece by piece after the head: `next(sent)` gives the
        /// piece after `sent` bytes, empty at the end. Written as fast as the client reads
        /// (the server never holds more than a few hundred KB), or one piece per intervalMs.
        std::function<QByteArray(qint64 sent)> next;
        bool chunked = false; ///< Transfer-Encoding: chunked instead of Content-Length
        qint64 announcedLength = -1; ///< Content-Length of a stream that is not chunked
        int intervalMs = 0;

        static Action json(int status, const QByteArray &body);
        static Action drop(Kind kind);
        /// A 200 JSON answer whose chunked body never ends: `[` and then `piece,` for ever.
        static Action endlessChunked(const QByteArray &piece);
        /// `body` with its true Content-Length, `bytesPerPiece` bytes every `intervalMs`.
        static Action trickle(const QByteArray &body, int bytesPerPiece, int intervalMs);
        Action &withHeader(const QByteArray &name, const QByteArray &value);
        Action &after(int milliseconds);
    };

    using Handler = std::function<Action(const Request &request, int index)>;

    explicit FaultServer(QObject *parent = nullptr);
    bool start();
    /// Listens for HTTPS with `certificate` (tests/data/tls/localhost.crt) instead.
    bool startTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_server->serverPort(); }
    QString url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Requests read in full so far (DropBeforeReading ones are not read).
    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    /// Body bytes written by streaming answers so far (framing not counted). Safe to read from
    /// another thread than the server's.
    qint64 streamedBytes() const { return m_streamed.load(); }

private:
    struct Stream;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void startStream(QTcpSocket *socket, const Action &action);
    void pump(const std::shared_ptr<Stream> &stream);

    QTcpServer *m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    std::atomic<qint64> m_streamed {0};
};
