#include "platform/requestsigner.h"

#include <QTest>

class TestRequestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hmacMatchesDocumentedVector();
    void md5MatchesDocumentedVectors_data();
    void md5MatchesDocumentedVectors();
    void stringToSignMatchesWorkedExample();
    void ivvyHeadersAreSortedAndStripped();
    void signedHeadersSignWhatIsSent();
    void signatureChangesWithEveryInput();
};

void TestRequestSigner::hmacMatchesDocumentedVector()
{
    // ref_hmac-sha1.md
    QCOMPARE(RequestSigner::hmacSha1Hex("my secret key", "string to sign"),
             QByteArray("a993876ea1218921a1c8551923473da7b310dfae"));
}

void TestRequestSigner::md5MatchesDocumentedVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("md5");
    // ref_calculating-md5.md: `echo -e` adds a trailing newline to the first two.
    QTest::newRow("echo adds newline")
        << QByteArray("string to hash\n") << QByteArray("2fcc83d76f9b2d8ef372271d807a3364");
    QTest::newRow("whitespace is hashed")
        << QByteArray("    string to hash    \n") << QByteArray("6b9202a3b05bd22803fe54767b30ee10");
    QTest::newRow("empty body") << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("signing example body")
        << QByteArray(R"({"example":"body"})") << QByteArray("a09f600c77a6dbd947db24c61e8935ca");
}

void TestRequestSigner::md5MatchesDocumentedVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, md5);
    QCOMPARE(RequestSigner::contentMd5(input), md5);
}

void TestRequestSigner::stringToSignMatchesWorkedExample()
{
    // signing-the-request.md: Date header present but IVVY-Date used, so the date part is empty.
    const QByteArray ivvy
        = RequestSigner::ivvyHeaderString({{"IVVY-Date", "2012-04-03 22:23:24"}, {"Host", "x"}});
    const QByteArray toSign = RequestSigner::stringToSign(
        "POST", RequestSigner::contentMd5(R"({"example":"body"})"), "application/json",
        QByteArray(), "/api/1.0/test?action=ping", "1.0", ivvy);
    QCOMPARE(toSign,
             QByteArray("posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/"
                        "test?action=ping1.0ivvydate=2012-04-03 22:23:24"));
}

void TestRequestSigner::ivvyHeadersAreSortedAndStripped()
{
    const QByteArray joined = RequestSigner::ivvyHeaderString({{"IVVY-Zone", "b"},
                                                               {"X-Api-Version", "1.0"},
                                                               {"ivvy_account-id", "7"},
                                                               {"IVVY-Date", "d"}});
    QCOMPARE(joined, QByteArray("ivvyaccountid=7&IVVYDate=d&IVVYZone=b"));
}

void TestRequestSigner::signedHeadersSignWhatIsSent()
{
    const RequestSigner signer("key-1", "secret-1");
    const QDateTime when(QDate(2026, 11, 26), QTime(10, 5, 9), Qt::UTC);
    const QByteArray body = R"({"name":"Lead"})";
    const HeaderList headers
        = signer.signedHeaders("/api/1.0/contact?action=addOrUpdateLead", body, when);
    QHash<QByteArray, QByteArray> byName;
    for (const auto &[name, value] : headers)
        byName.insert(name, value);

    QCOMPARE(byName.value("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(byName.value("Content-MD5"), RequestSigner::contentMd5(body));
    QCOMPARE(byName.value("X-Api-Version"), QByteArray("1.0"));
    QCOMPARE(byName.value("IVVY-Date"), QByteArray("2026-11-26 10:05:09 UTC"));
    const QByteArray expected
        = ("post" + RequestSigner::contentMd5(body)
           + "application/json; charset=utf-8/api/1.0/contact?action=addorupdatelead1.0"
             "ivvydate=2026-11-26 10:05:09 utc");
    QCOMPARE(byName.value("X-Api-Authorization"),
             "IWS key-1:" + RequestSigner::hmacSha1Hex("secret-1", expected));
}

void TestRequestSigner::signatureChangesWithEveryInput()
{
    const QDateTime when(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    auto auth = [&](const QByteArray &secret, const QByteArray &uri, const QByteArray &body,
                    const QDateTime &at) {
        for (const auto &[name, value] : RequestSigner("k", secret).signedHeaders(uri, body, at))
            if (name == "X-Api-Authorization")
                return value;
        return QByteArray();
    };
    const QByteArray base = auth("s", "/api/1.0/test?action=ping", "{}", when);
    QVERIFY(base.startsWith("IWS k:"));
    QVERIFY(auth("t", "/api/1.0/test?action=ping", "{}", when) != base);
    QVERIFY(auth("s", "/api/1.0/test?action=pong", "{}", when) != base);
    QVERIFY(auth("s", "/api/1.0/test?action=ping", "{ }", when) != base);
    QVERIFY(auth("s", "/api/1.0/test?action=ping", "{}", when.addSecs(1)) != base);
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
