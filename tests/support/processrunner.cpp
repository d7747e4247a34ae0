#include "processrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

QString ProcessRunner::binary(const QString &program)
{
    return QDir(QStringLiteral(LEADDESK_BIN_DIR)).filePath(program);
}

ProcessRunner::Outcome ProcessRunner::run(const QString &program, const QStringList &arguments,
                                          const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment clean;
    // Only what a program needs to run; nothing from the developer's shell leaks in.
    for (const char *name : {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "QT_QPA_PLATFORM"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            clean.insert(QString::fromLatin1(name), value);
    }
    clean.insert(env);
    process.setProcessEnvironment(clean);
    process.start(binary(program), arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000))
        return outcome;
    outcome.finished = process.waitForFinished(timeoutMs);
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

bool ProcessRunner::waitServing(QProcess &process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return process.state() == QProcess::NotRunning;
}

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(ProcessRunner::binary(QStringLiteral("leaddesk-sandbox")), extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    while (!m_process->canReadLine()) {
        // A bulk seed (--seed-contacts 100000) is generated before the address is printed.
        if (!m_process->waitForReadyRead(60000))
            return false;
    }
    m_url = QUrl(QString::fromUtf8(m_process->readLine().trimmed()));
    return m_url.isValid() && m_url.port() > 0;
}

void SandboxProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}
