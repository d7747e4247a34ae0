#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "platform/requestsigner.h"
#include "support/faultserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using Action = FaultServer::Action;
using Kind = PlatformError::Kind;

namespace {
/// A FaultServer on a thread of its own: it sends as fast as the connection allows, not as fast
/// as the client's thread lets it, which is how a hostile platform behaves.
class ThreadedFaultServer
{
public:
    ThreadedFaultServer()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~ThreadedFaultServer()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ThreadedFaultServer(const ThreadedFaultServer &) = delete;
    ThreadedFaultServer &operator=(const ThreadedFaultServer &) = delete;

    /// Starts listening (over TLS when a certificate is given) with this handler.
    bool start(FaultServer::Handler handler, const QSslCertificate &certificate = QSslCertificate(),
               const QSslKey &key = QSslKey())
    {
        bool listening = false;
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_server = new FaultServer;
                m_server->setHandler(std::move(handler));
                listening = certificate.isNull() ? m_server->start()
                                                 : m_server->startTls(certificate, key);
            },
            Qt::BlockingQueuedConnection);
        return listening;
    }
    FaultServer *server() const { return m_server; }

private:
    QThread m_thread;
    QObject m_context;
    FaultServer *m_server = nullptr;
};
} // namespace

/// The platform client against a loopback server that misbehaves on purpose.
class TestPlatformClient : public QObject
{
    Q_OBJECT

private:
    FaultServer *m_server = nullptr;
    PlatformClient *m_client = nullptr;

    PlatformResult callAndWait(const QString &ns = QStringLiteral("test"),
                               const QString &action = QStringLiteral("ping"),
                               const QJsonObject &body = QJsonObject(), int *emissions = nullptr)
    {
        PlatformReply *reply = m_client->call(ns, action, body);
        QSignalSpy spy(reply, &PlatformReply::finished);
        PlatformResult result;
        connect(reply, &PlatformReply::finished, this,
                [&result](const PlatformResult &r) { result = r; });
        if (!spy.wait(20000))
            qFatal("platform call never finished");
        // A second finished would arrive on the next turns of the loop.
        QTest::qWait(50);
        if (emissions)
            *emissions = int(spy.size());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FaultServer(this);
        QVERIFY(m_server->start());
        m_client = new PlatformClient(this);
        QCOMPARE(m_client->configure(m_server->url(), QStringLiteral("key-1"), "secret-1"),
                 QString());
        m_client->setTransferTimeout(5000);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void successIsSignedAndFinishesOnce()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, "{\"ack\":\"2026-11-26 10:00:00 UTC\"}");
        });
        int emissions = 0;
        const QJsonObject body {{QStringLiteral("name"), QStringLiteral("Résumé lead")}};
        const PlatformResult r = callAndWait(QStringLiteral("contact"),
                                             QStringLiteral("addOrUpdateLead"), body, &emissions);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(emissions, 1);
        QCOMPARE(r.object().value(QStringLiteral("ack")).toString(),
                 QStringLiteral("2026-11-26 10:00:00 UTC"));

        QCOMPARE(m_server->requests().size(), 1);
        const FaultServer::Request &sent = m_server->requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.target, QByteArray("/api/1.0/contact?action=addOrUpdateLead"));
        QCOMPARE(sent.body, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(sent.headers.value("content-md5"), RequestSigner::contentMd5(sent.body));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(sent.headers.value("x-api-version"), QByteArray("1.0"));
        const QByteArray date = sent.headers.value("ivvy-date");
        QVERIFY(date.endsWith(" UTC"));
        const QByteArray expected = RequestSigner::stringToSign(
            "POST", RequestSigner::contentMd5(sent.body), sent.headers.value("content-type"),
            QByteArray(), sent.target, "1.0", "IVVYDate=" + date);
        QCOMPARE(sent.headers.value("x-api-authorization"),
                 "IWS key-1:" + RequestSigner::hmacSha1Hex("secret-1", expected));
    }

    void platformErrorIsTyped()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(400,
                                "{\"errorCode\":400,\"message\":\"'sourceId' is required\","
                                "\"specificCode\":23017}");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Platform);
        QCOMPARE(r.error.specificCode, 23017);
        QCOMPARE(r.error.fieldKeys, QStringList {QStringLiteral("sourceId")});
        QCOMPARE(r.attempts, 1);
    }

    void dropBeforeReading()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::drop(Action::DropBeforeReading);
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Network);
        QCOMPARE(r.attempts, 1);
        QVERIFY(m_server->requests().isEmpty());
    }

    void dropAfterReadingMayHaveArrived()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::drop(Action::DropAfterReading);
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Network);
        QVERIFY(r.error.requestMayHaveArrived);
        QVERIFY(r.error.isTransient());
        // The client never sends a request twice by itself.
        QCOMPARE(m_server->requests().size(), 1);
    }

    void garbageAnswer()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, "\x01\x02<html>not json");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY(r.error.requestMayHaveArrived);
    }

    void truncatedAnswer()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            Action a = Action::json(200, "{\"success\":true,\"id\":");
            a.kind = Action::Truncate;
            return a;
        });
        const PlatformResult r = callAndWait();
        QVERIFY2(r.error.kind == Kind::Network || r.error.kind == Kind::Malformed,
                 qPrintable(r.error.toString()));
        QVERIFY(r.error.requestMayHaveArrived);
    }

    void slowerThanTheTimeout()
    {
        m_client->setTransferTimeout(300);
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, "{\"ack\":\"late\"}").after(3000);
        });
        QElapsedTimer timer;
        timer.start();
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Timeout);
        QVERIFY(r.error.requestMayHaveArrived);
        QVERIFY(timer.elapsed() < 2500);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        m_server->setHandler([](const FaultServer::Request &, int index) {
            if (index == 0)
                return Action::json(429, "{\"errorCode\":429,\"message\":\"Too Many Requests\"}")
                    .withHeader("Retry-After", "1");
            return Action::json(200, "{\"ack\":\"ok\"}");
        });
        QElapsedTimer timer;
        timer.start();
        const PlatformResult r = callAndWait();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.attempts, 2);
        QVERIFY2(timer.elapsed() >= 900, "the client did not wait for Retry-After");
        QCOMPARE(m_server->requests().size(), 2);
    }

    void longRetryAfterIsLeftToTheCaller()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(503, "{\"errorCode\":503,\"message\":\"Maintenance\"}")
                .withHeader("Retry-After", "600");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.retryAfterSeconds, 600);
        QVERIFY(r.error.isTransient());
        QCOMPARE(m_server->requests().size(), 1);
    }

    void staleRequestFixesTheClockAndRetriesOnce()
    {
        // The local clock is ten minutes behind the platform's.
        const QDateTime platformNow = QDateTime::currentDateTimeUtc();
        m_client->setClock([platformNow] { return platformNow.addSecs(-600); });
        QSignalSpy offsetSpy(m_client, &PlatformClient::clockOffsetChanged);
        const QByteArray httpDate
            = QLocale::c()
                  .toString(platformNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                  .toLatin1();
        m_server->setHandler([httpDate](const FaultServer::Request &request, int) {
            const QDateTime sent = QDateTime::fromString(
                QString::fromLatin1(request.headers.value("ivvy-date").chopped(4)),
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QDateTime server = QDateTime::fromString(QString::fromLatin1(httpDate).mid(5, 20),
                                                           QStringLiteral("dd MMM yyyy HH:mm:ss"));
            if (qAbs(sent.secsTo(server)) > 300)
                return Action::json(401,
                                    "{\"errorCode\":401,\"message\":\"Request is stale\","
                                    "\"specificCode\":23005}")
                    .withHeader("Date", httpDate);
            return Action::json(200, "{\"ack\":\"ok\"}");
        });
        const PlatformResult r = callAndWait();
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(offsetSpy.size(), 1);
        QVERIFY(qAbs(m_client->clockOffsetSeconds() - 600) <= 2);
        // The next call starts with the corrected clock.
        QVERIFY(callAndWait().ok());
        QCOMPARE(m_server->requests().size(), 3);
    }

    void staleTwiceGivesUp()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(401,
                                "{\"errorCode\":401,\"message\":\"Request is stale\","
                                "\"specificCode\":23005}");
        });
        const PlatformResult r = callAndWait();
        QVERIFY(r.error.isStaleRequest());
        QVERIFY(m_server->requests().size() <= 2);
    }

    void refusedConnectionNeverArrived()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        QCOMPARE(m_client->configure(QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                                     QStringLiteral("k"), "s"),
                 QString());
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Network);
        QVERIFY(!r.error.requestMayHaveArrived);
        QVERIFY(r.error.toString().contains(QStringLiteral("refused")));
    }

    void oversizedAnswerIsRefused()
    {
        m_client->setResponseSizeCap(64 * 1024);
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, "{\"a\":\"" + QByteArray(256 * 1024, 'x') + "\"}");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY(r.error.message.contains(QStringLiteral("larger")));
    }

    void endlessChunkedAnswerStopsAtTheCap()
    {
        // No Content-Length to refuse up front: only counting the bytes read can stop it.
        ThreadedFaultServer endless;
        QVERIFY(endless.start([](const FaultServer::Request &, int) {
            return Action::endlessChunked("{\"name\":\"" + QByteArray(64 * 1024, 'x') + "\"}");
        }));
        QCOMPARE(m_client->configure(endless.server()->url(), QStringLiteral("key-1"), "secret-1"),
                 QString());
        m_client->setResponseSizeCap(2 * 1024 * 1024);
        // The cap is under test, not the idle timeout: a busy machine may starve the server.
        m_client->setTransferTimeout(15000);
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY2(r.error.message.contains(QStringLiteral("larger than 2 MB")),
                 qPrintable(r.error.message));
        // How much Qt's network thread reads ahead before the stop is Qt's own business; what
        // that costs in memory is held to its budget in the next test.
        qInfo("endless chunked over plain HTTP: %.1f MB sent before the stop",
              endless.server()->streamedBytes() / 1048576.0);
    }

    void endlessChunkedAnswerOverTlsStaysWithinTheBudget()
    {
        // The platform speaks HTTPS. The server gets a thread of its own, so it sends as fast as
        // TLS on loopback allows, not as fast as this thread lets it.
        QFile certFile(LEADDESK_SOURCE_DIR "/tests/data/tls/localhost.crt");
        QFile keyFile(LEADDESK_SOURCE_DIR "/tests/data/tls/localhost.key");
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll());
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!certificate.isNull() && !key.isNull());

        ThreadedFaultServer endless;
        QVERIFY(endless.start(
            [](const FaultServer::Request &, int) {
                return Action::endlessChunked("{\"name\":\"" + QByteArray(64 * 1024, 'x') + "\"}");
            },
            certificate, key));
        FaultServer *server = endless.server();
        QCOMPARE(m_client->configure(server->url(), QStringLiteral("key-1"), "secret-1"),
                 QString());
        m_client->setExtraCaCertificates({certificate});
        m_client->setTransferTimeout(15000);

#ifdef __GLIBC__
        // What earlier tests freed goes back to the system first, so the peak is this test's.
        malloc_trim(0);
#endif
        QFile clear("/proc/self/clear_refs");
        QVERIFY(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1);
        clear.close();
        const PlatformResult r = callAndWait();
        QFile status("/proc/self/status");
        QVERIFY(status.open(QIODevice::ReadOnly));
        qint64 peakKb = 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        qInfo("endless chunked over TLS: %.1f MB sent, peak RSS %.1f MB",
              server->streamedBytes() / 1048576.0, peakKb / 1024.0);
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY2(r.error.message.contains(QStringLiteral("larger than 16 MB")),
                 qPrintable(r.error.message));
        // The cap is 16 MB; what Qt read ahead and had not handed over yet comes on top, and
        // the whole process stays well inside what a desktop app may take.
        QVERIFY2(peakKb > 0 && peakKb < 200 * 1024, qPrintable(QString::number(peakKb)));
    }

    void compressedAnswerIsCappedOnWhatItUnpacksTo()
    {
        m_client->setResponseSizeCap(1024 * 1024);
        const QByteArray zlib = qCompress(QByteArray(8 * 1024 * 1024, ' '), 9).mid(4);
        m_server->setHandler([zlib](const FaultServer::Request &, int) {
            return Action::json(200, zlib).withHeader("Content-Encoding", "deflate");
        });
        const PlatformResult r = callAndWait();
        QVERIFY2(r.error.kind == Kind::Malformed || r.error.kind == Kind::Network,
                 qPrintable(r.error.toString()));
        QVERIFY(r.error.requestMayHaveArrived);
    }

    void tricklingAnswerMeetsTheTotalDeadline()
    {
        // A byte every 200 ms keeps the idle timeout from ever firing.
        m_client->setTransferTimeout(1000);
        m_client->setTotalDeadline(2000);
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::trickle("{\"ack\":\"" + QByteArray(300, 'x') + "\"}", 1, 200);
        });
        int emissions = 0;
        const PlatformResult r = callAndWait(QStringLiteral("test"), QStringLiteral("ping"),
                                             QJsonObject(), &emissions);
        QCOMPARE(emissions, 1);
        QCOMPARE(r.error.kind, Kind::Timeout);
        QVERIFY(r.error.requestMayHaveArrived);
        QVERIFY2(r.error.message.contains(QStringLiteral("within 2 s")),
                 qPrintable(r.error.message));
        QCOMPARE(r.attempts, 1);
    }

    void busyWaitPastTheDeadlineIsLeftToTheCaller()
    {
        m_client->setTotalDeadline(3000);
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(503, "busy").withHeader("Retry-After", "5");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.retryAfterSeconds, 5);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void announcedOversizeIsNotRead()
    {
        m_client->setResponseSizeCap(1024 * 1024);
        m_server->setHandler([](const FaultServer::Request &, int) {
            Action action = Action::trickle(QByteArray(), 0, 0);
            action.announcedLength = qint64(10) * 1024 * 1024 * 1024;
            action.next = [](qint64) { return QByteArray(64 * 1024, ' '); };
            return action;
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY(r.error.message.contains(QStringLiteral("larger")));
    }

    void redirectIsNotFollowedAndSaysSo()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(308, "").withHeader("Location", "https://elsewhere.invalid/api");
        });
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Http);
        QCOMPARE(m_server->requests().size(), 1);
        const QString text = r.error.toString();
        QVERIFY2(text.contains(QStringLiteral("redirect"))
                     && text.contains(QStringLiteral("elsewhere.invalid"))
                     && !text.contains(QStringLiteral("cut off")),
                 qPrintable(text));
    }

    void tlsFailureIsNeverIgnored()
    {
        // Something that speaks plain HTTP where TLS is expected: the handshake must fail
        // and the request must not be sent in the clear.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket,
                    [&received, socket] { received += socket->readAll(); });
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        });
        QCOMPARE(m_client->configure(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()),
                                     QStringLiteral("k"), "s"),
                 QString());
        const PlatformResult r = callAndWait();
        QCOMPARE(r.error.kind, Kind::Tls);
        QVERIFY(!r.error.requestMayHaveArrived);
        QVERIFY(!received.contains("X-Api-Authorization"));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const QString problem = m_client->configure(QStringLiteral("http://api.example.com"),
                                                    QStringLiteral("k"), "s");
        QVERIFY(problem.contains(QStringLiteral("HTTP")));
        // The old, allowed address is kept.
        QCOMPARE(m_client->baseUrl().toString(), m_server->url());
    }

    void missingCredentialsFinishOnceWithoutSending()
    {
        QCOMPARE(m_client->configure(m_server->url(), QStringLiteral("k"), QByteArray()),
                 QString());
        int emissions = 0;
        const PlatformResult r = callAndWait(QStringLiteral("test"), QStringLiteral("ping"),
                                             QJsonObject(), &emissions);
        QCOMPARE(r.error.kind, Kind::Configuration);
        QCOMPARE(emissions, 1);
        QCOMPARE(m_server->connections(), 0);
    }

    void abortFinishesOnce()
    {
        m_server->setHandler(
            [](const FaultServer::Request &, int) { return Action::json(200, "{}").after(5000); });
        PlatformReply *reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
        QSignalSpy spy(reply, &PlatformReply::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        reply->abort();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<PlatformResult>().error.kind, Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
