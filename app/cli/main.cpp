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
#include "secrets/processhardening.h"
#include "services/languagesetup.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

namespace {
/// The whole command's default deadline; LEADDESK_COMMAND_TIMEOUT changes it.
constexpr std::chrono::seconds kCommandTimeout(600);
} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a secret: no core dump may hold it.
    ProcessHardening::disableCoreDumps();
    ProcessHardening::reportIfAsked();
    QCoreApplication app(argc, argv);
    // The system's language; under LC_ALL=C the plain English that scripts parse.
    LanguageSetup::install(QString(), false);
    // stdout and stderr belong to the command's own output; QT_LOGGING_RULES turns logs back on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("leaddesk.*.debug=false\nleaddesk.*.info=false\nleaddesk.*.warning=false"));
    // The same names as the app: the same settings, profiles, cache and outbox.
    QCoreApplication::setApplicationName(QStringLiteral("LeadDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("LeadDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADDESK_VERSION));

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
    std::unique_ptr<CliCommand> command;
    const QString verb = options.command.first();
    if (verb == QStringLiteral("ping"))
        command = std::make_unique<PingCommand>(&connection, options);
    else if (verb == QStringLiteral("lookups"))
        command = std::make_unique<LookupsCommand>(&connection, options);
    else if (verb == QStringLiteral("validate"))
        command = std::make_unique<ValidateCommand>(&connection, options);
    else if (verb == QStringLiteral("outbox"))
        command = std::make_unique<OutboxCommand>(&connection, options);
    else if (verb == QStringLiteral("schema"))
        command = std::make_unique<SchemaCommand>(&connection, options);
    else if (verb == QStringLiteral("import"))
        command = std::make_unique<ImportCommand>(&connection, options);
    else
        command = std::make_unique<SubmitCommand>(&connection, options);

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
