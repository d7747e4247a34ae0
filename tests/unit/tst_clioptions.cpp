#include "cli/clioptions.h"
#include "cli/exitcode.h"
#include "platform/platformerror.h"

#include <QTest>

class TestCliOptions : public QObject
{
    Q_OBJECT

private:
    static Result<CliOptions> parse(const QString &line,
                                    const QProcessEnvironment &env = QProcessEnvironment())
    {
        return CliOptions::parse(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), env);
    }

private Q_SLOTS:
    void acceptsTheDocumentedForms()
    {
        auto r = parse(
            QStringLiteral("--platform https://api.example.com submit --kind company c.json"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().platform, QStringLiteral("https://api.example.com"));
        QCOMPARE(r.value().kind, QStringLiteral("company"));
        QCOMPARE(r.value().command,
                 QStringList({QStringLiteral("submit"), QStringLiteral("c.json")}));
        QVERIFY(parse(QStringLiteral("--sandbox ping")).ok());
        QVERIFY(parse(QStringLiteral("--data-dir=/tmp/x lookups refresh")).ok());
    }

    void environmentStandsInForOptions()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LEADDESK_PLATFORM"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("LEADDESK_DATA_DIR"), QStringLiteral("/tmp/d"));
        env.insert(QStringLiteral("IVVY_API_KEY"), QStringLiteral("k"));
        env.insert(QStringLiteral("IVVY_API_SECRET"), QStringLiteral("s"));
        auto r = parse(QStringLiteral("ping"), env);
        QVERIFY(r.ok());
        QCOMPARE(r.value().platform, QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(r.value().dataDir, QStringLiteral("/tmp/d"));
        QCOMPARE(r.value().apiKey, QStringLiteral("k"));
        QCOMPARE(r.value().apiSecret, QStringLiteral("s"));
        // An explicit --sandbox wins over the environment's platform.
        QVERIFY(parse(QStringLiteral("--sandbox ping"), env).value().platform.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << ""
                                 << "No command";
        QTest::newRow("unknown command") << "frobnicate"
                                         << "Unknown command";
        QTest::newRow("unknown option") << "--fast ping"
                                        << "Unknown option";
        QTest::newRow("two targets") << "--sandbox --platform https://x ping"
                                     << "one of";
        QTest::newRow("submit without file") << "submit"
                                             << "FILE";
        QTest::newRow("bad kind") << "submit --kind venue f.json"
                                  << "--kind";
        QTest::newRow("lookups without refresh") << "lookups"
                                                 << "lookups refresh";
        QTest::newRow("missing value") << "ping --platform"
                                       << "needs a value";
        QTest::newRow("import without file") << "import --dry-run"
                                             << "exactly one FILE";
        QTest::newRow("import with two files") << "import a.csv b.csv"
                                               << "exactly one FILE";
        QTest::newRow("import option elsewhere") << "submit --dry-run a.json"
                                                 << "belong to import";
        QTest::newRow("mapping without value") << "import f.csv --mapping"
                                               << "needs a value";
        QTest::newRow("no-batch without flush") << "--sandbox outbox list --no-batch"
                                                << "outbox flush";
    }

    void importOptions()
    {
        const auto r = parse(QStringLiteral("import --dry-run --mapping=m.json --report r.csv "
                                            "--no-batch --kind lead f.csv"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().command, QStringList({"import", "f.csv"}));
        QVERIFY(r.value().dryRun);
        QVERIFY(r.value().noBatch);
        QCOMPARE(r.value().mapping, QStringLiteral("m.json"));
        QCOMPARE(r.value().report, QStringLiteral("r.csv"));
    }

    void noBatchGoesWithOutboxFlush()
    {
        QVERIFY(!parse(QStringLiteral("--sandbox outbox flush")).value().noBatch);
        QVERIFY(parse(QStringLiteral("--sandbox outbox flush --no-batch")).value().noBatch);
        QVERIFY(parse(QStringLiteral("--no-batch --sandbox outbox flush")).value().noBatch);
    }

    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, says);
        const auto r = parse(line);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
    }

    void exitCodesFollowTheContract()
    {
        PlatformError e;
        QCOMPARE(exitCodeFor(e), ExitCode::Done);
        e.kind = PlatformError::Kind::Network;
        QCOMPARE(exitCodeFor(e), ExitCode::Unreachable);
        e.kind = PlatformError::Kind::Configuration;
        QCOMPARE(exitCodeFor(e), ExitCode::Configuration);
        e.kind = PlatformError::Kind::Platform;
        e.errorCode = e.httpStatus = 400;
        e.specificCode = 24218;
        QCOMPARE(exitCodeFor(e), ExitCode::Rejected);
        e.errorCode = e.httpStatus = 401;
        e.specificCode = 23003;
        QCOMPARE(exitCodeFor(e), ExitCode::Configuration);
        e.errorCode = e.httpStatus = 503;
        QCOMPARE(exitCodeFor(e), ExitCode::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
