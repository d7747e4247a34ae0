// Bad input never crashes or hangs the sandbox: malformed and deeply nested JSON, huge numbers,
// wrong kinds everywhere, garbage on the socket, many requests at once.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <random>

namespace {
// Values of every JSON kind, including awkward ones.
QJsonValue randomValue(std::mt19937 &random, int depth = 0)
{
    switch (random() % (depth > 2 ? 8u : 10u)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return bool(random() % 2);
    case 2:
        return double(qint64(random()) - 2147483648LL);
    case 3:
        return (random() % 2 ? 1.0 : -1.0) * std::pow(10.0, double(random() % 320));
    case 4:
        return 0.5 + double(random() % 100);
    case 5:
        return QString::number(random());
    case 6:
        return QStringLiteral("'; DROP TABLE leads; -- \u00e9\u4e2d");
    case 7:
        return QString(int(random() % 3000), QLatin1Char('x'));
    case 8: {
        QJsonArray array;
        for (unsigned i = 0; i < random() % 4; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (const char *key : {"fieldId", "fieldValue", "value", "firstName", "countryCode"}) {
            if (random() % 2)
                object.insert(QLatin1String(key), randomValue(random, depth + 1));
        }
        return object;
    }
    }
}
} // namespace

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void deeplyNestedJson();
    void hugeNumbers();
    void nestedGarbage();
    void manyCustomFieldEntries();
    void randomBodies();
    void garbageOnTheSocket();
    void manyRequestsAtOnce();
    void expectContinueIsAnswered();

private:
    void expectErrorShape(const SandboxReply &reply);

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxRobustness::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxRobustness::cleanup()
{
    // After each test the sandbox still answers.
    QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping")).status, 200);
}

void TestSandboxRobustness::expectErrorShape(const SandboxReply &reply)
{
    QVERIFY2(reply.status == 200 || reply.status == 400 || reply.status == 404,
             reply.raw.left(300).constData());
    if (reply.status == 200) {
        QVERIFY(!reply.object().contains(QLatin1String("errorCode")));
        return;
    }
    const QJsonObject error = reply.object();
    QCOMPARE(error.value(QLatin1String("errorCode")).toInt(), reply.status);
    QVERIFY(error.value(QLatin1String("message")).isString());
    QVERIFY(error.value(QLatin1String("specificCode")).toInt() > 0);
    if (error.contains(QLatin1String("additionalMessages")))
        QVERIFY(!error.value(QLatin1String("additionalMessages")).toArray().isEmpty());
    QVERIFY(reply.raw.size() < 200000); // no runaway echo of the input
}

void TestSandboxRobustness::deeplyNestedJson()
{
    for (const int depth : {100, 5000, 200000}) {
        const QByteArray body = QByteArrayLiteral("{\"contact\":") + QByteArray(depth, '[')
            + QByteArray(depth, ']') + '}';
        if (body.size() > 1024 * 1024)
            continue;
        const auto reply
            = m_client->callRaw(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.specificCode(), 23016);
    }
    const QByteArray objects = QByteArray(3000, '{').replace('{', "{\"a\":")
        + QByteArrayLiteral("1") + QByteArray(3000, '}');
    const auto reply = m_client->callRaw(QStringLiteral("contact"),
                                         QStringLiteral("addOrUpdateContact"), objects);
    QCOMPARE(reply.status, 400);
}

void TestSandboxRobustness::hugeNumbers()
{
    for (const QByteArray &number :
         {QByteArrayLiteral("1e308"), QByteArrayLiteral("-1e308"), QByteArrayLiteral("1e999"),
          QByteArrayLiteral("123456789012345678901234567890"), QByteArrayLiteral("-0"),
          QByteArrayLiteral("9007199254740993"), QByteArrayLiteral("4.9e-324")}) {
        for (const char *key : {"id", "sourceId", "contactId"}) {
            const QByteArray body = QByteArrayLiteral("{\"") + key + QByteArrayLiteral("\":")
                + number + QByteArrayLiteral(",\"name\":\"n\"}");
            const auto reply = m_client->callRaw(QStringLiteral("contact"),
                                                 QStringLiteral("addOrUpdateLead"), body);
            expectErrorShape(reply);
            QVERIFY(reply.status != 200);
        }
        const QByteArray paging = QByteArrayLiteral("{\"start\":") + number
            + QByteArrayLiteral(",\"perPage\":") + number + '}';
        expectErrorShape(
            m_client->callRaw(QStringLiteral("crm"), QStringLiteral("getLeadList"), paging));
    }
}

void TestSandboxRobustness::nestedGarbage()
{
    const QJsonObject garbage {{QLatin1String("a"), QJsonArray {QJsonArray {QJsonObject {}}}}};
    QJsonObject body {
        {QLatin1String("name"), QStringLiteral("g")},
        {QLatin1String("sourceId"), 100},
        {QLatin1String("typeId"), 3},
        {QLatin1String("stageId"), 10},
        {QLatin1String("industryId"), 400},
        {QLatin1String("contact"),
         QJsonObject {
             {QLatin1String("firstName"), QStringLiteral("G")},
             {QLatin1String("lastName"), QStringLiteral("H")},
             {QLatin1String("email"), QStringLiteral("g@h.example")},
             {QLatin1String("customFields"),
              QJsonArray {
                  QJsonObject {{QLatin1String("fieldId"), 804}, {QLatin1String("value"), garbage}},
                  QJsonObject {{QLatin1String("fieldId"), 803}, {QLatin1String("value"), garbage}},
                  QJsonObject {{QLatin1String("fieldId"), 800},
                               {QLatin1String("value"), garbage}}}}}},
        {QLatin1String("customFields"),
         QJsonArray {
             QJsonObject {{QLatin1String("fieldId"), 906}, {QLatin1String("fieldValue"), garbage}},
             QJsonObject {{QLatin1String("fieldId"), 900}, {QLatin1String("fieldValue"), garbage}},
             QJsonObject {{QLatin1String("fieldId"), 901}, {QLatin1String("fieldValue"), garbage}},
             QJsonObject {{QLatin1String("fieldId"), 902}, {QLatin1String("fieldValue"), garbage}},
             QJsonObject {{QLatin1String("fieldId"), 909},
                          {QLatin1String("fieldValue"), garbage}}}}};
    const auto reply
        = m_client->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
    expectErrorShape(reply);
    QCOMPARE(reply.specificCode(), 24218);
    QVERIFY(reply.additionalMessages().size() >= 8);
}

void TestSandboxRobustness::manyCustomFieldEntries()
{
    QJsonArray entries;
    for (int i = 0; i < 20000; ++i) {
        entries.append(QJsonObject {{QLatin1String("fieldId"), 900 + (i % 12)},
                                    {QLatin1String("fieldValue"), QString::number(i)}});
    }
    QElapsedTimer timer;
    timer.start();
    const auto reply
        = m_client->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
                         {{QLatin1String("id"), 20000}, {QLatin1String("customFields"), entries}});
    expectErrorShape(reply);
    QCOMPARE(reply.specificCode(), 24218);
    QVERIFY2(timer.elapsed() < 5000, "a large request is answered promptly");
}

void TestSandboxRobustness::randomBodies()
{
    std::mt19937 random(20261126);
    const QStringList leadKeys {QStringLiteral("id"),
                                QStringLiteral("name"),
                                QStringLiteral("sourceId"),
                                QStringLiteral("typeId"),
                                QStringLiteral("subtypeId"),
                                QStringLiteral("stageId"),
                                QStringLiteral("stageReasonId"),
                                QStringLiteral("companyId"),
                                QStringLiteral("contactId"),
                                QStringLiteral("companyLeadContactId"),
                                QStringLiteral("contact"),
                                QStringLiteral("company"),
                                QStringLiteral("customFields"),
                                QStringLiteral("industryId"),
                                QStringLiteral("ownerUserId")};
    const QStringList otherKeys {QStringLiteral("firstName"),      QStringLiteral("email"),
                                 QStringLiteral("companies"),      QStringLiteral("businessName"),
                                 QStringLiteral("address"),        QStringLiteral("primaryContact"),
                                 QStringLiteral("updateIfExists"), QStringLiteral("filter"),
                                 QStringLiteral("start"),          QStringLiteral("perPage"),
                                 QStringLiteral("status"),         QStringLiteral("externalUrls")};
    const QStringList actions {QStringLiteral("addOrUpdateLead"),
                               QStringLiteral("addOrUpdateContact"),
                               QStringLiteral("addOrUpdateCompany"),
                               QStringLiteral("getContactList"), QStringLiteral("getCompanyList")};
    for (int round = 0; round < 400; ++round) {
        QJsonObject body;
        const int keys = 1 + int(random() % 6);
        for (int k = 0; k < keys; ++k) {
            const QString key = random() % 2 ? leadKeys.at(random() % leadKeys.size())
                                             : otherKeys.at(random() % otherKeys.size());
            body.insert(key, randomValue(random));
        }
        const QString action = actions.at(round % actions.size());
        const auto reply = m_client->call(QStringLiteral("contact"), action, body);
        expectErrorShape(reply);
        if (QTest::currentTestFailed()) {
            qWarning() << action << QJsonDocument(body).toJson(QJsonDocument::Compact).left(500);
            return;
        }
    }
}

void TestSandboxRobustness::garbageOnTheSocket()
{
    const QList<QByteArray> garbage {
        QByteArrayLiteral("GARBAGE\r\n\r\n"),
        QByteArrayLiteral("POST /api/1.0/test?action=ping HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
        QByteArrayLiteral("POST /api/1.0/test?action=ping HTTP/1.1\r\nContent-Length: "
                          "99999999999999999999\r\n\r\n"),
        QByteArray(100000, 'A'),
        QByteArray("\x00\x01\x02\xff\r\n\r\n", 8),
        QByteArrayLiteral(
            "POST /api/1.0/test?action=ping HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
    };
    for (const QByteArray &bytes : garbage) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(bytes);
        socket.flush();
        // Either an answer or a closed connection; never a hang of the whole server. (The
        // server runs on this thread, so wait with an event loop, not waitForReadyRead.)
        QSignalSpy answered(&socket, &QTcpSocket::readyRead);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QElapsedTimer waited;
        waited.start();
        while (answered.isEmpty() && closed.isEmpty() && waited.elapsed() < 1000)
            QTest::qWait(10);
        socket.abort();
        QCOMPARE(m_client->call(QStringLiteral("test"), QStringLiteral("ping")).status, 200);
    }
}

void TestSandboxRobustness::manyRequestsAtOnce()
{
    // 60 signed requests in flight together on several connections.
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    const QByteArray body = QByteArrayLiteral("{}");
    for (int i = 0; i < 60; ++i) {
        const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
        const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    .toLatin1();
        const QByteArray path = i % 2 ? QByteArrayLiteral("/api/1.0/test?action=ping")
                                      : QByteArrayLiteral("/api/1.0/crm?action=getLeadList");
        const QByteArray toSign
            = SandboxClient::stringToSign(md5, QByteArrayLiteral("application/json"), QByteArray(),
                                          path, QByteArrayLiteral("1.0"), "IVVYDate=" + date);
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl::fromEncoded(path)));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Content-MD5", md5);
        request.setRawHeader("X-Api-Version", "1.0");
        request.setRawHeader("IVVY-Date", date);
        request.setRawHeader(
            "X-Api-Authorization",
            "IWS sandbox-key:" + SandboxClient::sign(QByteArrayLiteral("sandbox-secret"), toSign));
        replies.append(network.post(request, body));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
}

void TestSandboxRobustness::expectContinueIsAnswered()
{
    // curl sends "Expect: 100-continue" for larger bodies and waits for the go-ahead.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write(QByteArrayLiteral("POST /api/1.0/test?action=ping HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n"));
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    QVERIFY(readable.wait(3000));
    QCOMPARE(socket.readAll(), QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(QByteArrayLiteral("{}"));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n{") && readable.wait(3000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData()); // unsigned, but answered
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandboxrobustness.moc"
