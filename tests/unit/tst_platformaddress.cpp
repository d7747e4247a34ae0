#include "platform/platformaddress.h"

#include <QTest>

class TestPlatformAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("bare host means https")
            << "api.ap-southeast-2.ivvy.com" << true << "https://api.ap-southeast-2.ivvy.com";
        QTest::newRow("https") << "https://api.us-west-2.ivvy.com/" << true
                               << "https://api.us-west-2.ivvy.com";
        QTest::newRow("http loopback v4")
            << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
        QTest::newRow("http localhost") << "http://localhost:1" << true << "http://localhost:1";
        QTest::newRow("http loopback v6") << "http://[::1]:9" << true << "http://[::1]:9";
        QTest::newRow("http remote") << "http://api.eu-west-2.ivvy.com" << false << "";
        QTest::newRow("http lan") << "http://192.168.1.4" << false << "";
        QTest::newRow("ftp") << "ftp://example.com" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("with query") << "https://example.com/?a=1" << false << "";
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, allowed);
        QFETCH(QString, normalized);
        QUrl url;
        const QString problem = PlatformAddress::check(input, &url);
        QCOMPARE(problem.isEmpty(), allowed);
        if (allowed)
            QCOMPARE(url.toString(), normalized);
        else
            QVERIFY(!problem.isEmpty());
    }

    void regionsAreHttps()
    {
        for (auto region :
             {PlatformAddress::Region::Australia, PlatformAddress::Region::UnitedStates,
              PlatformAddress::Region::UnitedKingdom})
            QCOMPARE(PlatformAddress::forRegion(region).scheme(), QStringLiteral("https"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformAddress)
#include "tst_platformaddress.moc"
