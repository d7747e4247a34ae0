#include "cli/clicommand.h"

#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "platform/platformerror.h"
#include "services/outbox.h"

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

void CliCommand::note(const QString &text)
{
    QTextStream(stderr) << "leaddesk-cli: " << TerminalText::line(text) << Qt::endl;
}

void CliCommand::fail(ExitCode code, const QString &message)
{
    note(message);
    end(code);
}

void CliCommand::prepareOutbox(Outbox *outbox)
{
    if (m_options.noBatch) {
        Outbox::Settings settings = outbox->settings();
        settings.useBatch = false;
        outbox->setSettings(settings);
    }
    connect(outbox, &Outbox::batchNotice, this, &CliCommand::note);
    connect(outbox, &Outbox::batchRefused, this, &CliCommand::note);
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
