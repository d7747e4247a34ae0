// The leaddesk-sandbox program: one address line on stdout, clean exit on SIGINT/SIGTERM, clear
// errors for a busy port or a bad option, credentials from options or the environment.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace {
QString program()
{
    return QStringLiteral(LEADDESK_BIN_DIR "/leaddesk-sandbox");
}
} // namespace

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsAddressAndServes();
    void stopsCleanly_data();
    void stopsCleanly();
    void fixedPort();
    void portInUse();
    void badOptions_data();
    void badOptions();
    void helpAndVersion();
    void credentialsFromOptions();
    void credentialsFromEnvironment();

private:
    // Starts the program and waits for its address line.
    QUrl startSandbox(QProcess *process, const QStringList &arguments);
};

void TestSandboxExecutable::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
}

QUrl TestSandboxExecutable::startSandbox(QProcess *process, const QStringList &arguments)
{
    process->setProgram(program());
    process->setArguments(arguments);
    process->start();
    if (!process->waitForStarted(5000))
        return {};
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 10000) {
        if (process->waitForReadyRead(200))
            line += process->readAllStandardOutput();
        if (process->state() == QProcess::NotRunning)
            break;
    }
    return QUrl(QString::fromUtf8(line.trimmed()));
}

void TestSandboxExecutable::printsAddressAndServes()
{
    QProcess process;
    const QUrl url = startSandbox(&process, {});
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[1-9][0-9]*$"))
                 .match(url.toString())
                 .hasMatch(),
             qPrintable(url.toString()));
    SandboxClient client(url);
    QCOMPARE(client.call(QStringLiteral("test"), QStringLiteral("ping")).status, 200);
    QCOMPARE(client.call(QStringLiteral("crm"), QStringLiteral("getLeadList"))
                 .object()
                 .value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("totalResults"))
                 .toInt(),
             2500);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    // Exactly one line was written to stdout.
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxExecutable::stopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxExecutable::stopsCleanly()
{
    QFETCH(int, signalNumber);
    QProcess process;
    QVERIFY(startSandbox(&process, {}).isValid());
    QVERIFY(::kill(pid_t(process.processId()), signalNumber) == 0);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxExecutable::fixedPort()
{
    // Find a free port by letting the system choose one, then release it.
    quint16 port = 0;
    {
        SandboxServer probe;
        QVERIFY(probe.start());
        port = probe.port();
    }
    QProcess process;
    const QUrl url = startSandbox(&process, {QStringLiteral("--port"), QString::number(port)});
    QCOMPARE(url.port(), int(port));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestSandboxExecutable::portInUse()
{
    SandboxServer busy;
    QVERIFY(busy.start());
    QProcess process;
    process.start(program(), {QStringLiteral("--port"), QString::number(busy.port())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray error = process.readAllStandardError().trimmed();
    QVERIFY2(
        error.contains(QByteArray("cannot listen on 127.0.0.1:" + QByteArray::number(busy.port()))),
        error.constData());
    QCOMPARE(error.count('\n'), 0);

    // A second SandboxServer in the same process is refused the same way.
    SandboxServer second;
    QVERIFY(!second.start(busy.port()));
    QVERIFY(!second.errorString().isEmpty());
}

void TestSandboxExecutable::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour")};
    QTest::newRow("port text") << QStringList {QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("port too big") << QStringList {QStringLiteral("--port"),
                                                  QStringLiteral("70000")};
    QTest::newRow("port missing value") << QStringList {QStringLiteral("--port")};
    QTest::newRow("stray argument") << QStringList {QStringLiteral("serve")};
    QTest::newRow("empty secret") << QStringList {QStringLiteral("--secret"), QString()};
    QTest::newRow("negative contacts")
        << QStringList {QStringLiteral("--seed-contacts"), QStringLiteral("-5")};
    QTest::newRow("contacts text")
        << QStringList {QStringLiteral("--seed-contacts"), QStringLiteral("many")};
    QTest::newRow("too many companies")
        << QStringList {QStringLiteral("--seed-companies"), QStringLiteral("900000")};
}

void TestSandboxExecutable::badOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(program(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray error = process.readAllStandardError().trimmed();
    QVERIFY(!error.isEmpty());
    QCOMPARE(error.count('\n'), 0);
}

void TestSandboxExecutable::helpAndVersion()
{
    QProcess help;
    help.start(program(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    QVERIFY(text.contains("--port"));
    QVERIFY(text.contains("--key"));
    QVERIFY(text.contains("--secret"));

    QProcess version;
    version.start(program(), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("leaddesk-sandbox "));
}

void TestSandboxExecutable::credentialsFromOptions()
{
    QProcess process;
    const QUrl url = startSandbox(&process,
                                  {QStringLiteral("--key"), QStringLiteral("opt-key"),
                                   QStringLiteral("--secret"), QStringLiteral("opt-secret-123")});
    QVERIFY(url.isValid());
    SandboxClient client(url);
    QCOMPARE(client.call(QStringLiteral("test"), QStringLiteral("ping")).specificCode(), 23002);
    SandboxCallOptions options;
    options.key = QByteArrayLiteral("opt-key");
    options.secret = QByteArrayLiteral("opt-secret-123");
    QCOMPARE(client.call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    // The secret is never printed.
    QVERIFY(!process.readAllStandardError().contains("opt-secret-123"));
}

void TestSandboxExecutable::credentialsFromEnvironment()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LEADDESK_SANDBOX_KEY"), QStringLiteral("env-key"));
    environment.insert(QStringLiteral("LEADDESK_SANDBOX_SECRET"), QStringLiteral("env-secret"));
    process.setProcessEnvironment(environment);
    const QUrl url = startSandbox(&process, {});
    QVERIFY(url.isValid());
    SandboxCallOptions options;
    options.key = QByteArrayLiteral("env-key");
    options.secret = QByteArrayLiteral("env-secret");
    QCOMPARE(
        SandboxClient(url).call(QStringLiteral("test"), QStringLiteral("ping"), {}, options).status,
        200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
