#pragma once

#include "cli/exitcode.h"

#include <QObject>
#include <QTextStream>

class CliConnection;
class Outbox;
struct CliOptions;
struct PlatformError;

/// One CLI command: started once, finishes once with an exit code.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    CliCommand(CliConnection *connection, const CliOptions &options, QObject *parent = nullptr);

    /// Checks that need no platform (reading FILE …). False when the command
    /// already failed; exitCode() then says how.
    virtual bool prepare() { return true; }
    virtual void start() = 0;
    int exitCode() const { return int(m_exitCode); }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// Prints `message` on stderr (one line) and finishes with `code`.
    void fail(ExitCode code, const QString &message);
    /// Prints the error and finishes with the exit code it means.
    void fail(const PlatformError &error);
    void succeed();
    QTextStream &out();
    /// Finishes with `code` (after the messages were printed).
    void end(ExitCode code);
    /// Prints `text` on stderr as one line, without finishing.
    static void note(const QString &text);
    /// Applies `--no-batch` to `outbox` and says on stderr why a flush waits for a lost batch
    /// or goes one request at a time: a person watching should know.
    void prepareOutbox(Outbox *outbox);

    CliConnection *m_connection;
    const CliOptions &m_options;

private:
    bool m_ended = false;
    ExitCode m_exitCode = ExitCode::Done;
};
