#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "platform/requestlog.h"
#include "platform/requestsigner.h"
#include "support/faultserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using Action = FaultServer::Action;

/// The request log behind the inspector: a ring of the last exchanges that
/// never keeps a secret or a signature.
class TestRequestLog : public QObject
{
    Q_OBJECT

private:
    static RequestLog::Entry entry(const QByteArray &authorization = "IWS key-12345:0123abcd")
    {
        RequestLog::Entry e;
        e.startedUtc = QDateTime::currentDateTimeUtc();
        e.nameSpace = "contact";
        e.action = "addOrUpdateLead";
        e.url = "http://127.0.0.1:8080/api/1.0/contact?action=addOrUpdateLead";
        e.requestBody = "{\"name\":\"Lead\"}";
        e.responseBody = "{\"id\":1}";
        e.httpStatus = 200;
        e.durationMs = 12;
        e.outcome = RequestLog::okOutcome();
        e.stringToSign = "posta09f...";
        e.headers = {{"Content-Type", RequestSigner::contentType()},
                     {"Content-MD5", "a09f600c77a6dbd947db24c61e8935ca"},
                     {"X-Api-Version", "1.0"},
                     {"IVVY-Date", "2026-11-26 10:05:09 UTC"},
                     {"X-Api-Authorization", authorization}};
        return e;
    }

    static QByteArray everything(const RequestLog::Entry &e)
    {
        QByteArray all = e.url.toUtf8() + e.requestBody + e.responseBody + e.outcome.toUtf8()
            + e.stringToSign + RequestLog::curlCommand(e).toUtf8();
        for (const auto &[name, value] : e.headers)
            all += name + value;
        return all;
    }

    static QByteArray header(const RequestLog::Entry &e, const QByteArray &name)
    {
        for (const auto &[n, value] : e.headers)
            if (n == name)
                return value;
        return QByteArray();
    }

    /// What a POSIX shell makes of `word`.
    static QString throughShell(const QString &word)
    {
        QProcess sh;
        sh.start("/bin/sh", {"-c", "printf '%s' " + word});
        if (!sh.waitForFinished(10000))
            return QString("<sh did not finish>");
        return QString::fromUtf8(sh.readAllStandardOutput());
    }

private Q_SLOTS:
    void ringKeepsTheLast200()
    {
        RequestLog log;
        QCOMPARE(log.capacity(), 200);
        QSignalSpy added(&log, &RequestLog::entryAdded);
        for (int i = 0; i < 250; ++i) {
            RequestLog::Entry e = entry();
            e.action = QString("action%1").arg(i);
            log.add(e);
        }
        QCOMPARE(log.count(), 200);
        QCOMPARE(log.entries().first().action, QString("action50"));
        QCOMPARE(log.entries().last().action, QString("action249"));
        QCOMPARE(added.size(), 250);
        QCOMPARE(added.last().first().toInt(), 199);
        // Ids keep counting while the ring turns; gone ones are not found.
        QCOMPARE(log.entries().first().id, qint64(51));
        QVERIFY(!log.find(50));
        QVERIFY(log.find(51));
        QCOMPARE(log.find(200)->action, QString("action199"));

        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QCOMPARE(log.count(), 0);
        QCOMPARE(cleared.size(), 1);
        log.add(entry());
        QCOMPARE(log.entries().first().id, qint64(251));
    }

    void smallerCapacityDropsTheOldest()
    {
        RequestLog log;
        for (int i = 0; i < 10; ++i)
            log.add(entry());
        log.setCapacity(3);
        QCOMPARE(log.count(), 3);
        QCOMPARE(log.entries().first().id, qint64(8));
    }

    void authorizationIsMasked_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("usual key")
            << QByteArray("IWS sandbox-key:8f14e45fceea167a5a36dedd4bea2543aabbccdd")
            << QByteArray("IWS sa\u2022\u2022\u2022\u2022:\u2022\u2022\u2022\u2022");
        QTest::newRow("short key shows less")
            << QByteArray("IWS k1234:ffff")
            << QByteArray("IWS k\u2022\u2022\u2022\u2022:\u2022\u2022\u2022\u2022");
        QTest::newRow("tiny key shows nothing")
            << QByteArray("IWS ab:ffff")
            << QByteArray("IWS \u2022\u2022\u2022\u2022:\u2022\u2022\u2022\u2022");
        QTest::newRow("no colon") << QByteArray(
            "IWS garbage") << QByteArray("IWS \u2022\u2022\u2022\u2022:\u2022\u2022\u2022\u2022");
    }

    void authorizationIsMasked()
    {
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, kept);
        RequestLog log;
        log.add(entry(sent));
        const RequestLog::Entry &e = log.entries().first();
        QCOMPARE(header(e, "X-Api-Authorization"), kept);
        const QByteArray signature = sent.mid(sent.lastIndexOf(':') + 1);
        QVERIFY(!everything(e).contains(signature));
        // The other headers are kept as sent.
        QCOMPARE(header(e, "IVVY-Date"), QByteArray("2026-11-26 10:05:09 UTC"));
    }

    void withheldValuesGoFromEveryField()
    {
        RequestLog log;
        RequestLog::Entry e = entry("IWS key-12345:5ec7e75160a7c0de");
        e.requestBody = "{\"note\":\"My-Secret-Value in a field\"}";
        e.responseBody = "{\"message\":\"echo my-secret-value\"}";
        e.outcome = "refused: MY-SECRET-VALUE";
        e.stringToSign = "post...my-secret-value...";
        e.url += "&x=5ec7e75160a7c0de";
        log.add(e, {"My-Secret-Value", "5ec7e75160a7c0de", QByteArray()});
        const QByteArray all = everything(log.entries().first()).toLower();
        QVERIFY(!all.contains("my-secret-value"));
        QVERIFY(!all.contains("5ec7e75160a7c0de"));
        QVERIFY(log.entries().first().responseBody.contains("echo \u2022\u2022\u2022\u2022"));
        QVERIFY(log.entries().first().requestBody.startsWith("{\"note\":\""));
    }

    void curlHasPlaceholdersAndQuotes()
    {
        RequestLog::Entry e = entry("IWS key-12345:0123abcd");
        e.requestBody = "{\"name\":\"O'Brien's \\\"gala\\\"\",\"note\":\"$HOME `x` \\\\n\"}";
        RequestLog log;
        log.add(e);
        const QString curl = RequestLog::curlCommand(log.entries().first());
        QVERIFY2(curl.startsWith("curl -X POST 'http://127.0.0.1:8080/api/1.0/contact"
                                 "?action=addOrUpdateLead'"),
                 qPrintable(curl));
        QVERIFY(curl.contains("-H 'Content-Type: application/json; charset=utf-8'"));
        QVERIFY(curl.contains("-H 'Content-MD5: a09f600c77a6dbd947db24c61e8935ca'"));
        QVERIFY(curl.contains("-H 'X-Api-Version: 1.0'"));
        QVERIFY(curl.contains("-H 'IVVY-Date: 2026-11-26 10:05:09 UTC'"));
        QVERIFY(curl.contains("-H \"X-Api-Authorization: IWS $IVVY_API_KEY:$SIGNATURE\""));
        QVERIFY(!curl.contains("0123abcd"));
        QVERIFY(!curl.contains("key-12345"));
        QVERIFY(curl.contains("--data-binary '{\"name\":\"O'\\''Brien'\\''s"));

        // The quoting survives a real shell, byte for byte.
        const QString body = QString::fromUtf8(e.requestBody);
        QCOMPARE(throughShell(RequestLog::shellQuote(body)), body);
        QCOMPARE(throughShell(RequestLog::shellQuote("'")), QString("'"));
        QCOMPARE(throughShell(RequestLog::shellQuote("")), QString());
        QCOMPARE(RequestLog::shellQuote("it's"), QString("'it'\\''s'"));

        // The whole command parses: the body is the last word, unchanged.
        QString asArgs = curl;
        asArgs.replace("curl -X POST", "for w in");
        asArgs += "; do last=\"$w\"; done; printf '%s' \"$last\"";
        QProcess sh;
        sh.start("/bin/sh", {"-c", asArgs});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), body);
    }

    void responseIsCut()
    {
        RequestLog log;
        QCOMPARE(log.responseCap(), qint64(256 * 1024));
        log.setResponseCap(1024);
        RequestLog::Entry e = entry();
        e.responseBody = QByteArray(5000, 'x');
        log.add(e);
        const RequestLog::Entry &kept = log.entries().first();
        QCOMPARE(kept.responseBody.size(), 1024);
        QCOMPARE(kept.responseSize, qint64(5000));
        QVERIFY(kept.responseCut());

        e.responseBody = QByteArray(1024, 'y');
        log.add(e);
        QVERIFY(!log.entries().last().responseCut());
        QCOMPARE(log.entries().last().responseSize, qint64(1024));
    }

    void signerHandsOutTheStringItSigned()
    {
        const RequestSigner signer("key-1", "secret-1");
        const QDateTime when(QDate(2026, 11, 26), QTime(10, 5, 9), Qt::UTC);
        QByteArray toSign;
        const HeaderList headers = signer.signedHeaders("/api/1.0/contact?action=addOrUpdateLead",
                                                        "{\"name\":\"Lead\"}", when, &toSign);
        QByteArray authorization;
        for (const auto &[name, value] : headers)
            if (name == "X-Api-Authorization")
                authorization = value;
        QCOMPARE(authorization, "IWS key-1:" + RequestSigner::hmacSha1Hex("secret-1", toSign));
        QVERIFY(toSign.startsWith("post"));
        QVERIFY(toSign.contains("ivvydate=2026-11-26 10:05:09 utc"));
        QVERIFY(!toSign.contains("key-1"));
        QVERIFY(!toSign.contains("secret-1"));
        // The old call still signs the same.
        QCOMPARE(signer.signedHeaders("/api/1.0/contact?action=addOrUpdateLead",
                                      "{\"name\":\"Lead\"}", when),
                 headers);
    }

    void clientRecordsEveryAttempt()
    {
        FaultServer server;
        QVERIFY(server.start());
        server.setHandler([](const FaultServer::Request &, int index) {
            if (index == 0)
                return Action::json(503, "{\"message\":\"busy\"}").withHeader("Retry-After", "0");
            return Action::json(200, "{\"ack\":\"pong\",\"echo\":\"secret-1\"}");
        });
        PlatformClient client;
        QCOMPARE(client.configure(server.url(), "key-12345", "secret-1"), QString());
        RequestLog log;
        client.setRequestLog(&log);
        QCOMPARE(client.requestLog(), &log);

        PlatformReply *reply = client.call("test", "ping", QJsonObject {{"n", 1}});
        QSignalSpy finished(reply, &PlatformReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(log.count(), 2);

        const RequestLog::Entry &busy = log.entries().at(0);
        const RequestLog::Entry &ok = log.entries().at(1);
        QCOMPARE(busy.attempt, 1);
        QCOMPARE(busy.httpStatus, 503);
        QVERIFY(!busy.isOk());
        QVERIFY(!busy.outcome.isEmpty());
        QCOMPARE(ok.attempt, 2);
        QCOMPARE(ok.httpStatus, 200);
        QVERIFY(ok.isOk());
        QCOMPARE(ok.nameSpace, QString("test"));
        QCOMPARE(ok.action, QString("ping"));
        QCOMPARE(ok.url, server.url() + "/api/1.0/test?action=ping");
        QCOMPARE(ok.requestBody, QByteArray("{\"n\":1}"));
        QVERIFY(ok.startedUtc.isValid());
        QVERIFY(ok.durationMs >= 0);
        // The secret the server echoed is withheld from the answer.
        QVERIFY(ok.responseBody.contains("\"ack\":\"pong\""));

        for (int i = 0; i < 2; ++i) {
            const FaultServer::Request &sent = server.requests().at(i);
            const RequestLog::Entry &e = log.entries().at(i);
            const QByteArray authorization = sent.headers.value("x-api-authorization");
            const QByteArray signature = authorization.mid(authorization.lastIndexOf(':') + 1);
            QCOMPARE(signature.size(), 40);
            // The string kept is the one signed, and nothing of the signature is kept.
            QCOMPARE(RequestSigner::hmacSha1Hex("secret-1", e.stringToSign), signature);
            const QByteArray all = everything(e);
            QVERIFY(!all.contains(signature));
            QVERIFY(!all.contains("secret-1"));
            QVERIFY(!all.contains("key-12345"));
            QCOMPARE(header(e, "Content-MD5"), sent.headers.value("content-md5"));
            QCOMPARE(header(e, "IVVY-Date"), sent.headers.value("ivvy-date"));
        }
    }

    void clientWithoutALogRecordsNothing()
    {
        FaultServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const FaultServer::Request &, int) { return Action::json(200, "{}"); });
        PlatformClient client;
        QCOMPARE(client.configure(server.url(), "key-12345", "secret-1"), QString());
        RequestLog log;
        client.setRequestLog(&log);
        client.setRequestLog(nullptr);
        PlatformReply *reply = client.call("test", "ping");
        QSignalSpy finished(reply, &PlatformReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(log.count(), 0);
    }

    void cancelledAttemptIsRecorded()
    {
        FaultServer server;
        QVERIFY(server.start());
        server.setHandler(
            [](const FaultServer::Request &, int) { return Action::json(200, "{}").after(5000); });
        PlatformClient client;
        QCOMPARE(client.configure(server.url(), "key-12345", "secret-1"), QString());
        RequestLog log;
        client.setRequestLog(&log);
        PlatformReply *reply = client.call("test", "ping");
        QSignalSpy finished(reply, &PlatformReply::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.entries().first().httpStatus, 0);
        QVERIFY(!log.entries().first().isOk());
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
