#include "cli/clicommand.h"

#include "cli/terminaltext.h"
#include "platform/platformerror.h"

#include <QTimer>

CliCommand::CliCommand(CliConnection *connection, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
{ }

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

void CliCommand::fail(ExitCode code, const QString &message)
{
    QTextStream err(stderr);
    err << "leaddesk-cli: " << TerminalText::line(message) << Qt::endl;
    end(code);
}

void CliCommand::fail(const PlatformError &error)
{
    fail(exitCodeFor(error), error.toString());
}

void CliCommand::succeed()
{
    end(ExitCode::Done);
}

void CliCommand::end(ExitCode code)
{
    if (m_ended)
        return;
    m_ended = true;
    m_exitCode = code;
    out().flush();
    // Leave the slot that called us before the application quits.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(int(code)); });
}
