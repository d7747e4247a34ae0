#include "cli/clirunner.h"

#include "cli/capturecommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/commanddeadline.h"
#include "cli/exitcode.h"
#include "cli/importcommand.h"
#include "cli/lookupscommand.h"
#include "cli/outboxcommand.h"
#include "cli/pingcommand.h"
#include "cli/schemacommand.h"
#include "cli/submitcommand.h"
#include "cli/terminaltext.h"
#include "cli/validatecommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

namespace {
/// The whole command's default deadline; LEADDESK_COMMAND_TIMEOUT changes it.
constexpr std::chrono::seconds kCommandTimeout(600);
} // namespace

std::unique_ptr<CliCommand> CliRunner::commandFor(const QString &verb, CliConnection *connection,
                                                  const CliOptions &options)
{
    if (verb == QStringLiteral("ping"))
        return std::make_unique<PingCommand>(connection, options);
    if (verb == QStringLiteral("lookups"))
        return std::make_unique<LookupsCommand>(connection, options);
    if (verb == QStringLiteral("validate"))
        return std::make_unique<ValidateCommand>(connection, options);
    if (verb == QStringLiteral("outbox"))
        return std::make_unique<OutboxCommand>(connection, options);
    if (verb == QStringLiteral("schema"))
        return std::make_unique<SchemaCommand>(connection, options);
    if (verb == QStringLiteral("import"))
        return std::make_unique<ImportCommand>(connection, options);
    return std::make_unique<SubmitCommand>(connection, options);
}

int CliRunner::run(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed
        = CliOptions::parse(app.arguments().mid(1), QProcessEnvironment::systemEnvironment());
    if (!parsed) {
        err << "leaddesk-cli: " << TerminalText::line(parsed.error()) << Qt::endl
            << QCoreApplication::translate("main", "Try 'leaddesk-cli --help'.") << Qt::endl;
        return int(ExitCode::Usage);
    }
    const CliOptions &options = parsed.value();
    if (options.help) {
        out << CliOptions::usage();
        return int(ExitCode::Done);
    }
    if (options.version) {
        out << "leaddesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return int(ExitCode::Done);
    }

    QString timeoutProblem;
    const std::chrono::seconds timeout
        = CommandDeadline::fromEnvironment(kCommandTimeout, &timeoutProblem);
    if (!timeoutProblem.isEmpty()) {
        err << "leaddesk-cli: " << TerminalText::line(timeoutProblem) << Qt::endl;
        return int(ExitCode::Usage);
    }
    // Declared before everything the command uses, so it is stopped after them.
    CommandDeadline deadline(
        timeout, int(ExitCode::Unreachable),
        QStringLiteral("leaddesk-cli: ")
            + QCoreApplication::translate("main",
                                          "the command did not finish within %n second(s) and "
                                          "was stopped (LEADDESK_COMMAND_TIMEOUT); anything "
                                          "queued stays in the outbox.",
                                          nullptr, int(timeout.count())));
    deadline.start();
    // Capture reads a local file only: no platform, no credentials.
    if (options.command.first() == QStringLiteral("capture"))
        return int(CaptureCommand::run(options));

    CliConnection connection;
    std::unique_ptr<CliCommand> command = commandFor(options.command.first(), &connection, options);

    // Local checks come before configuration: a bad file is exit 2 whatever the platform.
    if (!command->prepare())
        return command->exitCode();
    const QString problem = connection.open(options);
    if (!problem.isEmpty()) {
        err << "leaddesk-cli: " << TerminalText::line(problem) << Qt::endl;
        return int(ExitCode::Configuration);
    }
    QObject::connect(command.get(), &CliCommand::finished, &app, &QCoreApplication::exit);
    command->start();
    return app.exec();
}
