// Authentication and transport: signing-the-request.md, standard-headers.md, custom-headers.md,
// exceptions.md, as the sandbox must enforce them.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pingWithGoodSignature();
    void pingAcceptsIvvyDateWithoutUtcSuffix();
    void pingAcceptsRfcDateHeader();
    void otherIvvyHeadersAreSigned();
    void contentTypeIsSignedAsReceived();
    void bodyAlteredAfterSigningIsRejected();
    void wrongSecretIsRejected();
    void unknownKeyIsRejected();
    void missingOrMalformedAuthorization_data();
    void missingOrMalformedAuthorization();
    void missingContentMd5IsRejected();
    void missingDateIsRejected();
    void staleDate_data();
    void staleDate();
    void dateWindowFollowsSandboxClock();
    void credentialsCanBeChanged();
    void responsesCarryDateAndContentType();
    void unknownPathsAndActions_data();
    void unknownPathsAndActions();
    void otherMethodsAre405();
    void bodyOverOneMebibyteIs413();
    void hugeDeclaredBodyIsRefusedEarly();
    void nonJsonBodyIs400_data();
    void nonJsonBodyIs400();
    void emptyBodyCountsAsEmptyObject();
    void callsAreRecorded();
    void messagesNeverLeakTheSecret();
    void docExampleStringToSign();

private:
    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxAuth::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxAuth::cleanup()
{
    // A failed test must not leave a changed clock or key behind for the next one.
    m_server->setClock(nullptr);
    m_server->setCredentials(SandboxServer::defaultApiKey(), SandboxServer::defaultApiSecret());
}

void TestSandboxAuth::pingWithGoodSignature()
{
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
    QCOMPARE(reply.status, 200);
    const QString ack = reply.object().value(QLatin1String("ack")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$"))
                 .match(ack)
                 .hasMatch(),
             qPrintable(ack));
    QVERIFY(!reply.object().contains(QLatin1String("errorCode")));
}

void TestSandboxAuth::pingAcceptsIvvyDateWithoutUtcSuffix()
{
    SandboxClient::Options options;
    options.utcSuffix = false;
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
             200);
}

void TestSandboxAuth::pingAcceptsRfcDateHeader()
{
    SandboxClient::Options options;
    options.useIvvyDate = false;
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
             200);
}

void TestSandboxAuth::otherIvvyHeadersAreSigned()
{
    SandboxClient::Options options;
    options.extraHeaders = {{QByteArrayLiteral("IVVY-Trace_Id"), QByteArrayLiteral("abc-123")}};
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
             200);

    // Every IVVY* header is part of the signature: one left out of it breaks the signature.
    SandboxClient::Options unsignedHeader;
    unsignedHeader.unsignedHeaders = {{QByteArrayLiteral("Ivvy-Extra"), QByteArrayLiteral("1")}};
    const auto reply
        = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, unsignedHeader);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23003);

    // Other headers are not signed.
    SandboxClient::Options otherHeader;
    otherHeader.unsignedHeaders = {{QByteArrayLiteral("X-Trace"), QByteArrayLiteral("1")}};
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, otherHeader).status,
             200);
}

void TestSandboxAuth::contentTypeIsSignedAsReceived()
{
    SandboxClient::Options options;
    options.contentType = QByteArrayLiteral("application/json");
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
             200);
}

void TestSandboxAuth::bodyAlteredAfterSigningIsRejected()
{
    SandboxClient::Options options;
    options.bodySent = QByteArrayLiteral("{\"name\":\"changed\"}");
    const auto reply = m_client->callRaw(QStringLiteral("test"), QStringLiteral("ping"),
                                         QByteArrayLiteral("{\"name\":\"original\"}"), options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(QLatin1String("errorCode")).toInt(), 401);
    QCOMPARE(reply.specificCode(), 23004);
}

void TestSandboxAuth::wrongSecretIsRejected()
{
    SandboxClient::Options options;
    options.secret = QByteArrayLiteral("not-the-secret");
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23003);
}

void TestSandboxAuth::unknownKeyIsRejected()
{
    SandboxClient::Options options;
    options.key = QByteArrayLiteral("someone-else");
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23002);
}

void TestSandboxAuth::missingOrMalformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("other scheme") << QByteArrayLiteral("Basic c2FuZGJveDpzZWNyZXQ=");
    QTest::newRow("no colon") << QByteArrayLiteral("IWS sandbox-key");
    QTest::newRow("no signature") << QByteArrayLiteral("IWS sandbox-key:");
    QTest::newRow("no key") << QByteArrayLiteral("IWS :abcdef");
}

void TestSandboxAuth::missingOrMalformedAuthorization()
{
    QFETCH(QByteArray, header);
    SandboxClient::Options options;
    options.sendAuthorization = false;
    options.authorizationOverride = header;
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23001);
}

void TestSandboxAuth::missingContentMd5IsRejected()
{
    SandboxClient::Options options;
    options.sendContentMd5 = false;
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23004);
}

void TestSandboxAuth::missingDateIsRejected()
{
    SandboxClient::Options noDate;
    noDate.sendDate = false;
    auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, noDate);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23006);

    SandboxClient::Options garbage;
    garbage.sendDate = false;
    garbage.extraHeaders = {{QByteArrayLiteral("IVVY-Date"), QByteArrayLiteral("yesterday")}};
    reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, garbage);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.specificCode(), 23006);
}

void TestSandboxAuth::staleDate_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<bool>("ivvyDate");
    QTest::addColumn<int>("status");
    QTest::newRow("6 minutes ago") << -360 << true << 401;
    QTest::newRow("6 minutes ahead") << 360 << true << 401;
    QTest::newRow("6 minutes ago, Date header") << -360 << false << 401;
    QTest::newRow("6 minutes ahead, Date header") << 360 << false << 401;
    QTest::newRow("4 minutes ago") << -240 << true << 200;
    QTest::newRow("4 minutes ahead") << 240 << true << 200;
}

void TestSandboxAuth::staleDate()
{
    QFETCH(int, offsetSeconds);
    QFETCH(bool, ivvyDate);
    QFETCH(int, status);
    SandboxClient::Options options;
    options.useIvvyDate = ivvyDate;
    options.date = QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.header("Date").isEmpty());
    if (status == 401) {
        QCOMPARE(reply.object(),
                 QJsonObject({{QLatin1String("errorCode"), 401},
                              {QLatin1String("message"), QStringLiteral("Request is stale")},
                              {QLatin1String("specificCode"), 23005}}));
    }
}

void TestSandboxAuth::dateWindowFollowsSandboxClock()
{
    const QDateTime sandboxNow(QDate(2026, 11, 26), QTime(10, 0, 0), QTimeZone::utc());
    m_server->setClock([sandboxNow]() { return sandboxNow; });
    SandboxClient::Options options;
    options.date = sandboxNow.addSecs(-299);
    auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("ack")).toString(),
             QStringLiteral("2026-11-26 10:00:00 UTC"));

    // A client whose clock is off sees the sandbox's time in Date and can correct itself.
    options.date = QDateTime::currentDateTimeUtc();
    if (qAbs(options.date.secsTo(sandboxNow)) > 300) {
        reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
        QCOMPARE(reply.specificCode(), 23005);
        QCOMPARE(reply.header("Date"), QByteArrayLiteral("Thu, 26 Nov 2026 10:00:00 GMT"));
        options.date = QLocale::c().toDateTime(QString::fromLatin1(reply.header("Date")),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        options.date.setTimeZone(QTimeZone::utc());
        QCOMPARE(options.date, sandboxNow);
        QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
                 200);
    }
    m_server->setClock(nullptr);
}

void TestSandboxAuth::credentialsCanBeChanged()
{
    m_server->setCredentials(QStringLiteral("k2"), QStringLiteral("s2"));
    SandboxClient::Options options;
    QCOMPARE(
        m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).specificCode(),
        23002);
    options.key = QByteArrayLiteral("k2");
    options.secret = QByteArrayLiteral("s2");
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
             200);
    m_server->setCredentials(SandboxServer::defaultApiKey(), SandboxServer::defaultApiSecret());
    QCOMPARE(SandboxServer::defaultApiKey(), QStringLiteral("sandbox-key"));
    QCOMPARE(SandboxServer::defaultApiSecret(), QStringLiteral("sandbox-secret"));
}

void TestSandboxAuth::responsesCarryDateAndContentType()
{
    SandboxClient::Options bad;
    bad.secret = QByteArrayLiteral("wrong");
    for (const auto &reply :
         {m_client->call(QStringLiteral("test"), QStringLiteral("ping")),
          m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, bad),
          m_client->call(QStringLiteral("nothing"), QStringLiteral("here"))}) {
        QCOMPARE(reply.header("Content-Type"),
                 QByteArrayLiteral("application/json; charset=utf-8"));
        const QByteArray date = reply.header("Date");
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"))
                     .match(QString::fromLatin1(date))
                     .hasMatch(),
                 date.constData());
    }
}

void TestSandboxAuth::unknownPathsAndActions_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("unknown action") << QByteArrayLiteral("/api/1.0/test?action=pong");
    QTest::newRow("missing action") << QByteArrayLiteral("/api/1.0/test");
    QTest::newRow("unknown namespace") << QByteArrayLiteral("/api/1.0/venue?action=getVenueList");
    QTest::newRow("other version") << QByteArrayLiteral("/api/2.0/test?action=ping");
    QTest::newRow("not the api") << QByteArrayLiteral("/index.html");
    QTest::newRow("deeper path") << QByteArrayLiteral("/api/1.0/test/more?action=ping");
}

void TestSandboxAuth::unknownPathsAndActions()
{
    QFETCH(QByteArray, path);
    const auto reply = m_client->send(path, QByteArrayLiteral("{}"), {});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QLatin1String("errorCode")).toInt(), 404);
    QVERIFY(reply.object().contains(QLatin1String("specificCode")));
    QVERIFY(!reply.message().isEmpty());
}

void TestSandboxAuth::otherMethodsAre405()
{
    for (const QByteArray &method :
         {QByteArrayLiteral("GET"), QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE")}) {
        SandboxClient::Options options;
        options.method = method;
        const auto reply
            = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.object().value(QLatin1String("errorCode")).toInt(), 405);
        QCOMPARE(reply.header("Allow"), QByteArrayLiteral("POST"));
    }
}

void TestSandboxAuth::bodyOverOneMebibyteIs413()
{
    // Just over the limit: refused after it was read.
    QByteArray body = QByteArrayLiteral("{\"name\":\"");
    body += QByteArray(1024 * 1024, 'x');
    body += QByteArrayLiteral("\"}");
    const auto reply
        = m_client->callRaw(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.object().value(QLatin1String("errorCode")).toInt(), 413);

    // Exactly at the limit is not "over" it: the request goes on to the JSON checks.
    QByteArray atLimit = QByteArrayLiteral("{\"name\":\"");
    atLimit += QByteArray(1024 * 1024 - atLimit.size() - 2, 'y');
    atLimit += QByteArrayLiteral("\"}");
    QCOMPARE(atLimit.size(), 1024 * 1024);
    const auto accepted
        = m_client->callRaw(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), atLimit);
    QCOMPARE(accepted.status, 400);
    QCOMPARE(accepted.specificCode(), 23017);
    // The server is still fine.
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping")).status, 200);
}

void TestSandboxAuth::hugeDeclaredBodyIsRefusedEarly()
{
    // 8 MiB: refused as soon as the headers announce it, without buffering the whole body.
    const QByteArray body(8 * 1024 * 1024, ' ');
    m_server->clearCalls();
    const auto reply
        = m_client->callRaw(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.specificCode(), 23012);
    QCOMPARE(m_server->calls().size(), 1);
    QCOMPARE(m_server->calls().first().action, QStringLiteral("addOrUpdateLead"));
    QCOMPARE(m_server->calls().first().status, 413);
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping")).status, 200);
}

void TestSandboxAuth::nonJsonBodyIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArrayLiteral("name=Bob");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"name\":");
    QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("string") << QByteArrayLiteral("\"hello\"");
    QTest::newRow("number") << QByteArrayLiteral("42");
    QTest::newRow("null") << QByteArrayLiteral("null");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestSandboxAuth::nonJsonBodyIs400()
{
    QFETCH(QByteArray, body);
    const auto reply
        = m_client->callRaw(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QVERIFY2(reply.message().contains(QLatin1String("'body' does not validate")),
             qPrintable(reply.message()));
    QCOMPARE(reply.additionalMessages().size(), 1);
}

void TestSandboxAuth::emptyBodyCountsAsEmptyObject()
{
    QCOMPARE(m_client->callRaw(QStringLiteral("test"), QStringLiteral("ping"), QByteArray()).status,
             200);
    const auto lead = m_client->callRaw(QStringLiteral("contact"),
                                        QStringLiteral("addOrUpdateLead"), QByteArray());
    QCOMPARE(lead.status, 400);
    QCOMPARE(lead.specificCode(), 24215);
}

void TestSandboxAuth::callsAreRecorded()
{
    m_server->clearCalls();
    m_client->call(QStringLiteral("test"), QStringLiteral("ping"),
                   QJsonObject {{QLatin1String("hello"), 1}});
    SandboxClient::Options bad;
    bad.secret = QByteArrayLiteral("wrong");
    m_client->call(QStringLiteral("crm"), QStringLiteral("getLeadTypeList"), {}, bad);
    const QList<SandboxServer::Call> calls = m_server->calls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).nameSpace, QStringLiteral("test"));
    QCOMPARE(calls.at(0).action, QStringLiteral("ping"));
    QCOMPARE(calls.at(0).body.value(QLatin1String("hello")).toInt(), 1);
    QCOMPARE(calls.at(0).status, 200);
    QCOMPARE(calls.at(1).nameSpace, QStringLiteral("crm"));
    QCOMPARE(calls.at(1).status, 401);
    m_server->clearCalls();
    QVERIFY(m_server->calls().isEmpty());
}

void TestSandboxAuth::messagesNeverLeakTheSecret()
{
    SandboxClient::Options options;
    options.secret = QByteArrayLiteral("wrong");
    const auto reply = m_client->call(QStringLiteral("test"), QStringLiteral("ping"), {}, options);
    QVERIFY(!reply.raw.contains("sandbox-secret"));
    // Nor the signature it expected: only 40-hex-digit strings would be signatures.
    QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-f]{40}"))
                 .match(QString::fromUtf8(reply.raw))
                 .hasMatch());
}

void TestSandboxAuth::docExampleStringToSign()
{
    // The test signer reproduces signing-the-request.md's example string exactly.
    QCOMPARE(SandboxClient::stringToSign(QByteArrayLiteral("a09f600c77a6dbd947db24c61e8935ca"),
                                         QByteArrayLiteral("application/json"), QByteArray(),
                                         QByteArrayLiteral("/api/1.0/test?action=ping"),
                                         QByteArrayLiteral("1.0"),
                                         QByteArrayLiteral("IVVYDate=2012-04-03 22:23:24")),
             QByteArrayLiteral("posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/"
                               "test?action=ping1.0ivvydate=2012-04-03 22:23:24"));
    // ref_hmac-sha1.md's vector.
    QCOMPARE(SandboxClient::sign(QByteArrayLiteral("my secret key"),
                                 QByteArrayLiteral("string to sign")),
             QByteArrayLiteral("a993876ea1218921a1c8551923473da7b310dfae"));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
