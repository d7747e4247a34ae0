#include "support/faultserver.h"
#include "support/processrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using Action = FaultServer::Action;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
// The budget (DESIGN.md): any answer from the platform, however hostile, in at most 200 MB.
constexpr qint64 kBudgetKb = 200 * 1024;
// Above this the program is stopped: the machine is shared, and the test has failed anyway.
constexpr qint64 kRunawayKb = 700 * 1024;

/// Peak resident memory of a running process, from the kernel; -1 when it is gone.
qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

/// leaddesk-cli against platforms that misbehave on purpose, and with files and data folders
/// that are not what they should be (issue 12). Each run's peak memory is read from the kernel
/// while it runs and printed; every hostile answer must stay within the 200 MB budget.
///
/// LEADDESK_TEST_CLI=/path/to/leaddesk-cli runs the same cases against another build (to show
/// what an older one does).
class TestHostileCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        bool runaway = false;
        QByteArray out;
        QByteArray err;
        qint64 peakKb = 0;
        qint64 ms = 0;
    };

    QTemporaryDir m_dir;
    FaultServer *m_server = nullptr;

    static QString cliBinary()
    {
        const QString other = qEnvironmentVariable("LEADDESK_TEST_CLI");
        return other.isEmpty() ? ProcessRunner::binary(QStringLiteral("leaddesk-cli")) : other;
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    /// Runs the CLI without blocking this process's event loop (the server lives here),
    /// watching its memory.
    Run cli(const QStringList &args, const QProcessEnvironment &extra = QProcessEnvironment(),
            int timeoutMs = 60000, const QString &program = QString())
    {
        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("IVVY_API_KEY"), QStringLiteral("key-1"));
        env.insert(QStringLiteral("IVVY_API_SECRET"), QStringLiteral("secret-1"));
        env.insert(QStringLiteral("LEADDESK_DATA_DIR"), dataDir());
        env.insert(extra);
        process.setProcessEnvironment(env);
        process.start(program.isEmpty() ? cliBinary() : program, args);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        const qint64 pid = process.processId();
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
            run.peakKb = qMax(run.peakKb, peakRssKb(pid));
            if (run.peakKb > kRunawayKb) {
                run.runaway = true;
                break;
            }
            QTest::qWait(20);
        }
        run.ms = clock.elapsed();
        run.finished = process.state() == QProcess::NotRunning;
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit
            ? process.exitCode()
            : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        qInfo("%s: exit %d after %.1f s, peak RSS %.1f MB%s", QTest::currentTestFunction(),
              run.exitCode, run.ms / 1000.0, run.peakKb / 1024.0,
              run.runaway ? " (stopped: runaway memory)" : "");
        return run;
    }

    Run ping(const QProcessEnvironment &extra = QProcessEnvironment(), int timeoutMs = 60000)
    {
        return cli({QStringLiteral("--platform"), m_server->url(), QStringLiteral("ping")}, extra,
                   timeoutMs);
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    /// One line on stderr that a terminal shows as it is: no control character at all.
    static void checkOneInertLine(const Run &run)
    {
        const QByteArray err = run.err.trimmed();
        QVERIFY2(!err.isEmpty(), "nothing said on stderr");
        QVERIFY2(!err.contains('\n'), err.constData());
        for (const char c : err)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F, err.constData());
    }

    static void checkBudget(const Run &run)
    {
        QVERIFY2(!run.runaway, "stopped above 700 MB");
        QVERIFY2(run.peakKb > 0, "no memory reading");
        QVERIFY2(run.peakKb < kBudgetKb,
                 qPrintable(QStringLiteral("peak RSS %1 MB").arg(run.peakKb / 1024)));
    }

    /// A paged list answer as crm/account/contact list calls give it.
    static QByteArray page(int start, int count, int itemBytes, int total)
    {
        QJsonArray results;
        for (int i = 0; i < count; ++i)
            results.append(QJsonObject {{"id", start + i + 1},
                                        {"name", QString(itemBytes, QLatin1Char('x'))},
                                        {"type", QStringLiteral("Type %1").arg(start + i + 1)}});
        return QJsonDocument(
                   QJsonObject {
                       {"meta",
                        QJsonObject {{"totalResults", total}, {"start", start}, {"count", count}}},
                       {"results", results}})
            .toJson(QJsonDocument::Compact);
    }

    static int startOf(const FaultServer::Request &request)
    {
        return QJsonDocument::fromJson(request.body).object().value("start").toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QDir(dataDir()).removeRecursively();
        m_server = new FaultServer(this);
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    // Memory and time a platform can take

    // An endless chunked answer over HTTPS (the platform's only scheme) is in tst_platformclient:
    // over plain HTTP, which LeadDesk speaks only to this computer, Qt 6.4's network thread reads
    // a chunked body for as long as the local sender keeps its socket full, before LeadDesk sees
    // a byte of it (README, "What a platform can take").

    void announcedHugeAnswer()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            Action action = Action::trickle(QByteArray(), 0, 0);
            action.announcedLength = 10 * 1024 * kMiB;
            action.next = [](qint64) { return QByteArray(64 * 1024, ' '); };
            return action;
        });
        const Run run = ping();
        checkBudget(run);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("larger than 16 MB"), run.err.constData());
    }

    void compressedAnswerUnpackingPastTheCap()
    {
        // 64 MiB of spaces deflate to a few dozen KB: the cap counts what it unpacks to.
        const QByteArray zlib = qCompress(QByteArray(64 * kMiB, ' '), 9).mid(4);
        m_server->setHandler([zlib](const FaultServer::Request &, int) {
            return Action::json(200, zlib).withHeader("Content-Encoding", "deflate");
        });
        const Run run = ping();
        checkBudget(run);
        QCOMPARE(run.exitCode, 4);
        checkOneInertLine(run);
    }

    void answersThatCostMoreToParseThanToSend_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::newRow("nested brackets") << QByteArray("[[[[1]]]]");
        QTest::newRow("empty objects") << QByteArray("{\"a\":{}}");
        QTest::newRow("small numbers") << QByteArray("0");
    }

    void answersThatCostMoreToParseThanToSend()
    {
        // Just under the 16 MB cap, and a gigabyte once QJsonDocument has built it.
        QFETCH(QByteArray, element);
        QByteArray body = "[";
        body.reserve(15 * kMiB + 64);
        while (body.size() < 15 * kMiB)
            body += element + ',';
        body += element + ']';
        m_server->setHandler(
            [body](const FaultServer::Request &, int) { return Action::json(200, body); });
        const Run run = ping();
        checkBudget(run);
        QCOMPARE(run.exitCode, 4);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("not read"), run.err.constData());
    }

    void tricklingAnswerMeetsTheCommandDeadline()
    {
        // One byte every half second: the 30 s idle timeout never fires.
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::trickle("{\"ack\":\"" + QByteArray(200, 'x') + "\"}", 1, 500);
        });
        QProcessEnvironment env;
        env.insert(QStringLiteral("LEADDESK_COMMAND_TIMEOUT"), QStringLiteral("3"));
        const Run run = ping(env, 30000);
        QVERIFY2(run.finished, "still running after 30 s");
        checkBudget(run);
        QCOMPARE(run.exitCode, 4);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("within 3 second"), run.err.constData());
    }

    void badCommandTimeoutIsAUsageError()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LEADDESK_COMMAND_TIMEOUT"), QStringLiteral("soon"));
        const Run run = ping(env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("LEADDESK_COMMAND_TIMEOUT"));
    }

    void inflatedPagedLookups()
    {
        // 8 MB pages and a totalResults that never runs out.
        m_server->setHandler([](const FaultServer::Request &request, int) {
            if (request.target.contains("CustomFieldDefinition"))
                return Action::json(200, "[]");
            return Action::json(200, page(startOf(request), 100, 80 * 1024, 1000000));
        });
        const Run run = cli({QStringLiteral("--platform"), m_server->url(),
                             QStringLiteral("lookups"), QStringLiteral("refresh")});
        checkBudget(run);
        QCOMPARE(run.exitCode, 4);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("larger than LeadDesk takes"), run.err.constData());
        QVERIFY2(m_server->requests().size() < 10,
                 qPrintable(QString::number(m_server->requests().size())));
    }

    void repeatedPagesEndTheList()
    {
        // The same three entries whatever `start` asks for, and a total that never runs out.
        m_server->setHandler([](const FaultServer::Request &request, int) {
            if (request.target.contains("CustomFieldDefinition"))
                return Action::json(200, "[]");
            return Action::json(200, page(0, 3, 10, 1000000));
        });
        const Run run = cli({QStringLiteral("--platform"), m_server->url(),
                             QStringLiteral("lookups"), QStringLiteral("refresh")});
        checkBudget(run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("types 3\n"), run.out.constData());
        QVERIFY2(run.err.contains("already received"), run.err.constData());
        // Two pages per list: the first, and the repeat that ended it.
        QVERIFY2(m_server->requests().size() <= 2 * 11,
                 qPrintable(QString::number(m_server->requests().size())));
    }

    // Input and output hygiene

    void hostileErrorTextStaysOneInertLine()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(400,
                                "{\"errorCode\":400,\"specificCode\":24218,\"message\":"
                                "\"\\u001b[2J\\u001b]0;owned\\u0007bad\\nsecond line\\u009b1m\","
                                "\"additionalMessages\":[\"\\r\\u202eevil\"]}");
        });
        const Run run = ping();
        QCOMPARE(run.exitCode, 3);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("\\x1B[2J") && run.err.contains("\\nsecond line"),
                 run.err.constData());
        QVERIFY2(run.err.contains("\\u202E"), run.err.constData());
    }

    void redirectIsCalledARedirect()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(307, "").withHeader(
                "Location", "https://elsewhere.invalid/api/1.0/test?action=ping");
        });
        const Run run = ping();
        QCOMPARE(run.exitCode, 5);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("redirect") && run.err.contains("elsewhere.invalid"),
                 run.err.constData());
        QVERIFY2(!run.err.contains("cut off"), run.err.constData());
        QVERIFY2(!run.err.contains("HTTP 307: "), run.err.constData());
    }

    void requestBodyProblemsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate key")
            << QByteArray("{\"name\":\"Gala\",\"sourceId\":100,\"contactId\":5050,"
                          "\"contactId\":5051}")
            << "contactId appears twice";
        QTest::newRow("escaped control character") << QByteArray("{\"name\":\"Gala\\u001b[2J\"}")
                                                   << "name holds the control character U+001B";
        QTest::newRow("raw NUL") << QByteArray("{\"name\":\"Gala\",\"contact\":{\"firstName\":\"A")
                + '\0' + QByteArray("B\"}}")
                                 << "contact.firstName holds the control character U+0000";
        QTest::newRow("lone surrogate")
            << QByteArray("{\"description\":\"x\\ud800y\"}") << "description holds U+D800";
        QTest::newRow("not UTF-8")
            << QByteArray("{\"name\":\"Caf\xe9\"}") << "name holds the byte 0xE9";
        QTest::newRow("id beyond 2^53")
            << QByteArray("{\"id\":9007199254740993,\"description\":\"x\"}")
            << "id is 9007199254740993, too large to be read exactly";
    }

    void requestBodyProblemsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const QString path = file(QStringLiteral("body.json"), body);
        const Run run = cli(
            {QStringLiteral("--platform"), m_server->url(), QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        checkOneInertLine(run);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void oversizedBodyIsRefusedUpFront()
    {
        // Well-formed and 2 MiB: refused by its size before it is parsed, stored or sent.
        QByteArray body = "{\"name\":\"Gala\",\"description\":\"";
        body += QByteArray(2 * kMiB, 'x') + "\"}";
        const QString path = file(QStringLiteral("big.json"), body);
        const Run run
            = cli({QStringLiteral("--platform"), m_server->url(), QStringLiteral("submit"), path});
        QCOMPARE(run.exitCode, 2);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains("at most 1 MiB"), run.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(!QFile::exists(dataDir() + QStringLiteral("/leaddesk.sqlite")));
    }

    void databaseThatIsNotOursIsKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("0 bytes") << QByteArray() << "0 bytes";
        QTest::newRow("text") << QByteArray("not a database, just text. ").repeated(20)
                              << "not a LeadDesk database";
    }

    void databaseThatIsNotOursIsKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QVERIFY(QDir().mkpath(dataDir()));
        const QString path = dataDir() + QStringLiteral("/leaddesk.sqlite");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        const Run run = cli({QStringLiteral("--platform"), m_server->url(),
                             QStringLiteral("outbox"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 5);
        checkOneInertLine(run);
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    // Core dumps

    void coreDumpsAreOffInBothPrograms()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LEADDESK_REPORT_CORE_DUMPS"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QStringList programs {cliBinary()};
        const QString app = ProcessRunner::binary(QStringLiteral("leaddesk"));
        if (QFileInfo::exists(app))
            programs << app;
        for (const QString &program : std::as_const(programs)) {
            const Run run = cli({QStringLiteral("--version")}, env, 30000, program);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.contains("core dumps off (core size limit 0, dumpable 0)"),
                     qPrintable(program + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        }
    }

    void coreSizeLimitOfARunningCliIsZero()
    {
        // Asked of the kernel from outside, while the CLI waits for an answer. The child
        // inherits this process's limit: raised first, so that 0 is the CLI's own doing.
        struct rlimit limit = {};
        QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
        const struct rlimit before = limit;
        limit.rlim_cur = limit.rlim_max;
        QVERIFY(setrlimit(RLIMIT_CORE, &limit) == 0);
        const auto restore = qScopeGuard([before] { setrlimit(RLIMIT_CORE, &before); });
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, "{\"ack\":\"x\"}").after(3000);
        });
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IVVY_API_KEY"), QStringLiteral("key-1"));
        env.insert(QStringLiteral("IVVY_API_SECRET"), QStringLiteral("secret-1"));
        env.insert(QStringLiteral("LEADDESK_DATA_DIR"), dataDir());
        process.setProcessEnvironment(env);
        process.start(cliBinary(),
                      {QStringLiteral("--platform"), m_server->url(), QStringLiteral("ping")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        static const QRegularExpression core(
            QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        const QRegularExpressionMatch match = core.match(QString::fromUtf8(text));
        QVERIFY2(match.hasMatch(), text.constData());
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(2), QStringLiteral("0"));
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
