#include "platform/responsemapper.h"

#include <QTest>

using Kind = PlatformError::Kind;

class TestResponseMapper : public QObject
{
    Q_OBJECT

private:
    static ResponseMapper::Exchange http(int status, const QByteArray &body)
    {
        ResponseMapper::Exchange ex;
        ex.host = QStringLiteral("api.example.com");
        ex.httpStatus = status;
        ex.body = body;
        ex.uploadFinished = true;
        if (status >= 400)
            ex.networkError = QNetworkReply::ProtocolInvalidOperationError;
        return ex;
    }

private Q_SLOTS:
    void successIsParsed()
    {
        const PlatformResult r = ResponseMapper::map(http(200, "{\"success\":true,\"id\":42}"));
        QVERIFY(r.ok());
        QCOMPARE(r.object().value(QStringLiteral("id")).toInt(), 42);
    }

    void platformErrorCarriesCodesAndFields()
    {
        const PlatformResult r = ResponseMapper::map(
            http(400,
                 "{\"errorCode\":400,\"message\":\"The lead details are invalid\","
                 "\"specificCode\":24218,\"additionalMessages\":[\"'subtypeId' 7 is not a "
                 "subtype of type 3\",\"'contact.email' is not a valid email\","
                 "\"'customFields.12' is required\"]}"));
        QCOMPARE(r.error.kind, Kind::Platform);
        QCOMPARE(r.error.errorCode, 400);
        QCOMPARE(r.error.specificCode, 24218);
        QCOMPARE(r.error.additionalMessages.size(), 3);
        QCOMPARE(r.error.fieldKeys,
                 QStringList({QStringLiteral("subtypeId"), QStringLiteral("contact.email"),
                              QStringLiteral("customFields.12")}));
        QVERIFY(!r.error.isTransient());
        QVERIFY(!r.error.isCredentialProblem());
        QVERIFY(r.error.toString().contains(QStringLiteral("24218")));
        QVERIFY(
            r.error.toString().contains(QStringLiteral("'contact.email' is not a valid email")));
    }

    void ambiguousOrCostlyAnswersAreNotRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate id")
            << QByteArray("{\"success\":true,\"id\":1,\"id\":2}") << "the key id appears twice";
        QByteArray nested = "[";
        for (int i = 0; i < 70000; ++i)
            nested += "[[[[1]]]],";
        nested += "1]";
        QTest::newRow("containers") << nested << "more than 250000 values or containers";
        QTest::newRow("depth") << QByteArray(200, '[') + QByteArray(200, ']')
                               << "more than 128 deep";
    }

    void ambiguousOrCostlyAnswersAreNotRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const PlatformResult r = ResponseMapper::map(http(200, body));
        QCOMPARE(r.error.kind, Kind::Malformed);
        QVERIFY(r.error.requestMayHaveArrived);
        QVERIFY2(r.error.toString().contains(says), qPrintable(r.error.toString()));
        QVERIFY(
            r.error.toString().startsWith(QStringLiteral("The platform's answer was not read")));
    }

    void oddTextInAnswersIsKeptForDisplay()
    {
        // A lead title with a control character must not sink a whole list.
        const PlatformResult r = ResponseMapper::map(
            http(200, "{\"results\":[{\"id\":1,\"name\":\"a\\u001bb\\ud800\"}]}"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }

    void redirectSaysRedirect()
    {
        ResponseMapper::Exchange ex = http(308, QByteArray());
        ex.redirectTarget = "https://api.elsewhere.invalid/api/1.0/test?action=ping";
        ex.networkError = QNetworkReply::ProtocolUnknownError;
        const PlatformResult r = ResponseMapper::map(ex);
        QCOMPARE(r.error.kind, Kind::Http);
        QVERIFY(!r.error.requestMayHaveArrived);
        const QString text = r.error.toString();
        QVERIFY2(text.contains(QStringLiteral("HTTP 308 redirect"))
                     && text.contains(QStringLiteral("api.elsewhere.invalid"))
                     && !text.contains(QStringLiteral("cut off")),
                 qPrintable(text));
    }

    void deadlineSaysSo()
    {
        ResponseMapper::Exchange ex = http(200, QByteArray());
        ex.timedOut = true;
        ex.deadlineSeconds = 120;
        const PlatformResult r = ResponseMapper::map(ex);
        QCOMPARE(r.error.kind, Kind::Timeout);
        QVERIFY2(r.error.toString().contains(QStringLiteral("within 120 s")),
                 qPrintable(r.error.toString()));
    }

    void requiredMessageNamesField()
    {
        const PlatformResult r = ResponseMapper::map(http(
            400,
            "{\"errorCode\":400,\"message\":\"'sourceId' is required\",\"specificCode\":23017}"));
        QCOMPARE(r.error.fieldKeys, QStringList {QStringLiteral("sourceId")});
    }

    void staleAndCredentialErrorsAreTold()
    {
        const PlatformResult stale = ResponseMapper::map(http(
            401, "{\"errorCode\":401,\"message\":\"Request is stale\",\"specificCode\":23005}"));
        QVERIFY(stale.error.isStaleRequest());
        QVERIFY(!stale.error.isCredentialProblem());
        const PlatformResult badKey = ResponseMapper::map(
            http(401, "{\"errorCode\":401,\"message\":\"Unauthorized\",\"specificCode\":23003}"));
        QVERIFY(badKey.error.isCredentialProblem());
        QVERIFY(!badKey.error.requestMayHaveArrived);
    }

    void errorInsideHttp200IsAnError()
    {
        const PlatformResult r = ResponseMapper::map(
            http(200, "{\"errorCode\":461,\"message\":\"Failed Request\",\"specificCode\":1}"));
        QCOMPARE(r.error.kind, Kind::Platform);
    }

    void proxyErrorPageIsHttpAndTransient()
    {
        const PlatformResult r = ResponseMapper::map(http(502, "<html>Bad gateway</html>"));
        QCOMPARE(r.error.kind, Kind::Http);
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY(r.error.isTransient());
        QVERIFY(r.error.requestMayHaveArrived);
    }

    void garbageAndEmptyAnswersAreMalformed()
    {
        const PlatformResult garbage = ResponseMapper::map(http(200, "<<not json>>"));
        QCOMPARE(garbage.error.kind, Kind::Malformed);
        QVERIFY(garbage.error.requestMayHaveArrived);
        const PlatformResult truncated = ResponseMapper::map(http(200, "{\"success\":true,\"i"));
        QCOMPARE(truncated.error.kind, Kind::Malformed);
        QVERIFY(truncated.error.message.contains(QStringLiteral("not valid JSON")));
        const PlatformResult empty = ResponseMapper::map(http(200, QByteArray()));
        QCOMPARE(empty.error.kind, Kind::Malformed);
        QVERIFY(empty.error.message.contains(QStringLiteral("empty")));
    }

    void transportFailuresSayWhetherTheRequestWentOut()
    {
        ResponseMapper::Exchange refused;
        refused.host = QStringLiteral("127.0.0.1");
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        const PlatformResult r1 = ResponseMapper::map(refused);
        QCOMPARE(r1.error.kind, Kind::Network);
        QVERIFY(!r1.error.requestMayHaveArrived);
        QVERIFY(r1.error.message.contains(QStringLiteral("127.0.0.1")));

        ResponseMapper::Exchange dropped = refused;
        dropped.networkError = QNetworkReply::RemoteHostClosedError;
        dropped.uploadFinished = true;
        const PlatformResult r2 = ResponseMapper::map(dropped);
        QCOMPARE(r2.error.kind, Kind::Network);
        QVERIFY(r2.error.requestMayHaveArrived);

        ResponseMapper::Exchange slow = refused;
        slow.networkError = QNetworkReply::OperationCanceledError;
        slow.timedOut = true;
        QCOMPARE(ResponseMapper::map(slow).error.kind, Kind::Timeout);

        ResponseMapper::Exchange tls = refused;
        tls.networkError = QNetworkReply::SslHandshakeFailedError;
        QCOMPARE(ResponseMapper::map(tls).error.kind, Kind::Tls);

        ResponseMapper::Exchange huge = http(200, QByteArray());
        huge.tooLarge = true;
        huge.sizeCap = 1024 * 1024;
        QCOMPARE(ResponseMapper::map(huge).error.kind, Kind::Malformed);
    }

    void retryAfterIsRead()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(ResponseMapper::parseRetryAfter("7", now), 7);
        QCOMPARE(ResponseMapper::parseRetryAfter("Thu, 26 Nov 2026 10:00:30 GMT", now), 30);
        QCOMPARE(ResponseMapper::parseRetryAfter("soon", now), -1);
        QCOMPARE(ResponseMapper::parseRetryAfter("", now), -1);
        const PlatformResult busy = [] {
            auto ex = http(429, "{\"errorCode\":429,\"message\":\"Too Many Requests\"}");
            ex.retryAfter = "3";
            return ResponseMapper::map(ex);
        }();
        QCOMPARE(busy.error.retryAfterSeconds, 3);
        QVERIFY(busy.error.isTransient());
    }

    void httpDateIsUtc()
    {
        const QDateTime when = ResponseMapper::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QCOMPARE(when, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(!ResponseMapper::parseHttpDate("yesterday").isValid());
    }
};

QTEST_GUILESS_MAIN(TestResponseMapper)
#include "tst_responsemapper.moc"
