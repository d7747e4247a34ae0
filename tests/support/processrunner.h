#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <memory>

/// Runs the built programs as a user would, for end-to-end tests.
class ProcessRunner
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;
    };

    /// LEADDESK_BIN_DIR/<program>.
    static QString binary(const QString &program);

    /// Runs to completion (or `timeoutMs`) with `env` added to a clean environment.
    static Outcome run(const QString &program, const QStringList &arguments,
                       const QProcessEnvironment &env = QProcessEnvironment(),
                       int timeoutMs = 30000);

    /// Waits for `process` to end (or `timeoutMs`) while this thread's event loop keeps
    /// serving it: an in-process sandbox or proxy answers it from here. True when it ended.
    static bool waitServing(QProcess &process, int timeoutMs = 120000);
};

/// `leaddesk-sandbox` started as its own process on a free port.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    /// Starts it and reads the address it prints; false when it did not start.
    bool start(const QStringList &extraArguments = QStringList());
    void stop();
    QUrl url() const { return m_url; }
    QProcess *process() const { return m_process.get(); }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};
