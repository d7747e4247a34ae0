#include "cli/clioptions.h"

#include "model/recordkind.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptions", text);
}
} // namespace

QString CliOptions::usage()
{
    return tr(
        "Usage: leaddesk-cli [--platform URL | --profile NAME | --sandbox] [--data-dir DIR] "
        "COMMAND\n"
        "\n"
        "Commands:\n"
        "  ping                          check address and credentials (test?action=ping)\n"
        "  lookups refresh               fetch the lookup lists and custom-field definitions\n"
        "  schema import lead FILE       set the profile's lead custom-field definitions\n"
        "  validate [--kind lead|company|contact] FILE...\n"
        "                                check request bodies locally; problems as\n"
        "                                \"field: message\" lines\n"
        "  submit [--kind lead|company|contact] FILE...\n"
        "                                validate, then send; prints\n"
        "                                \"<kind> <id> created|updated\", or \"queued <id>\"\n"
        "                                (exit 4) when the platform cannot be reached\n"
        "                                FILE - reads one JSON body per line from stdin;\n"
        "                                with several bodies each line starts with its\n"
        "                                file name or \"line N\", and the exit code is\n"
        "                                the highest of them; a contact or company\n"
        "                                the platform may hold already is named in\n"
        "                                \"possible duplicate of <kind> <id>: <reason>\"\n"
        "                                lines, and submit sends it only with\n"
        "                                --allow-duplicate\n"
        "  outbox list | flush [--no-batch]\n"
        "                                list queued items / send them now; more than 20\n"
        "                                new records go out in batch runs unless\n"
        "                                --no-batch is given\n"
        "  capture [--kind contact|company] FILE\n"
        "                                the contact (or company) body recognised in a\n"
        "                                .vcf, a badge photo's QR code or a signature\n"
        "  import [--kind lead] [--mapping MAP.json] [--dry-run] [--report REPORT.csv]\n"
        "         [--no-batch] FILE\n"
        "                                check every row of a .csv or .xlsx file and send\n"
        "                                the ready ones, each exactly once; prints\n"
        "                                \"N rows: A ready, B with problems, C duplicates\"\n"
        "\n"
        "Options:\n"
        "  --platform URL     the platform address (https://, or http:// to this computer)\n"
        "  --profile NAME     a profile set up in the LeadDesk app\n"
        "  --sandbox          use a local sandbox platform; nothing leaves this computer\n"
        "  --data-dir DIR     where LeadDesk keeps its data\n"
        "  -h, --help         show this help\n"
        "  --version          show the version\n"
        "\n"
        "Environment: LEADDESK_PLATFORM, LEADDESK_DATA_DIR, IVVY_API_KEY, IVVY_API_SECRET.\n"
        "Exit codes: 0 done, 1 usage, 2 invalid locally, 3 rejected by the platform,\n"
        "4 platform unreachable, 5 configuration or credentials.\n");
}

QString CliOptions::commandProblem(const CliOptions &options)
{
    const QString verb = options.command.first();
    const bool importing = verb == QStringLiteral("import");
    const bool flushing = verb == QStringLiteral("outbox");
    if (!importing
        && (options.dryRun || (options.noBatch && !flushing) || !options.mapping.isEmpty()
            || !options.report.isEmpty()))
        return tr("--mapping, --dry-run, --report and --no-batch belong to import "
                  "(--no-batch also to 'outbox flush').");
    const int extra = int(options.command.size()) - 1;
    if (verb == QStringLiteral("ping")) {
        if (extra != 0)
            return tr("ping takes no arguments.");
    } else if (verb == QStringLiteral("lookups")) {
        if (extra != 1 || options.command.at(1) != QStringLiteral("refresh"))
            return tr("Did you mean 'lookups refresh'?");
    } else if (verb == QStringLiteral("submit") || verb == QStringLiteral("validate")) {
        if (extra < 1)
            return tr("%1 needs a FILE (or - for bodies on standard input).").arg(verb);
    } else if (verb == QStringLiteral("import")) {
        if (extra != 1)
            return tr("import needs exactly one FILE (.csv or .xlsx).");
    } else if (verb == QStringLiteral("capture")) {
        if (extra != 1)
            return tr("%1 needs exactly one FILE.").arg(verb);
    } else if (verb == QStringLiteral("outbox")) {
        const QString what = options.command.value(1);
        if (extra != 1 || (what != QStringLiteral("list") && what != QStringLiteral("flush")))
            return tr("Did you mean 'outbox list' or 'outbox flush'?");
        if (options.noBatch && what != QStringLiteral("flush"))
            return tr("--no-batch goes with 'outbox flush'.");
    } else if (verb == QStringLiteral("schema")) {
        if (extra != 3 || options.command.at(1) != QStringLiteral("import")
            || options.command.at(2) != QStringLiteral("lead"))
            return tr("Did you mean 'schema import lead FILE'?");
    } else {
        return tr("Unknown command '%1'.").arg(verb);
    }
    return QString();
}

CliOptions CliOptions::fromEnvironment(const QProcessEnvironment &environment)
{
    CliOptions options;
    options.platform = environment.value(QStringLiteral("LEADDESK_PLATFORM"));
    options.dataDir = environment.value(QStringLiteral("LEADDESK_DATA_DIR"));
    options.apiKey = environment.value(QStringLiteral("IVVY_API_KEY"));
    options.apiSecret = environment.value(QStringLiteral("IVVY_API_SECRET"));
    return options;
}

Result<CliOptions> CliOptions::parse(const QStringList &arguments,
                                     const QProcessEnvironment &environment)
{
    using R = Result<CliOptions>;
    CliOptions options = fromEnvironment(environment);

    int chosenTargets = 0;
    bool platformFromArgs = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto valueOf = [&](QString *out) -> bool {
            const int eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                *out = arg.mid(eq + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        const QString name = arg.section(QLatin1Char('='), 0, 0);
        if (name == QStringLiteral("-h") || name == QStringLiteral("--help")) {
            options.help = true;
        } else if (name == QStringLiteral("--version")) {
            options.version = true;
        } else if (name == QStringLiteral("--allow-duplicate")) {
            options.allowDuplicate = true;
        } else if (name == QStringLiteral("--sandbox")) {
            options.sandbox = true;
            ++chosenTargets;
        } else if (name == QStringLiteral("--dry-run")) {
            options.dryRun = true;
        } else if (name == QStringLiteral("--no-batch")) {
            options.noBatch = true;
        } else if (name == QStringLiteral("--mapping") || name == QStringLiteral("--report")) {
            QString value;
            if (!valueOf(&value) || value.isEmpty())
                return R::failure(tr("%1 needs a value.").arg(name));
            (name == QStringLiteral("--mapping") ? options.mapping : options.report) = value;
        } else if (name == QStringLiteral("--platform") || name == QStringLiteral("--profile")
                   || name == QStringLiteral("--data-dir") || name == QStringLiteral("--kind")) {
            QString value;
            if (!valueOf(&value) || value.isEmpty())
                return R::failure(tr("%1 needs a value.").arg(name));
            if (name == QStringLiteral("--platform")) {
                options.platform = value;
                platformFromArgs = true;
                ++chosenTargets;
            } else if (name == QStringLiteral("--profile")) {
                options.profile = value;
                ++chosenTargets;
            } else if (name == QStringLiteral("--data-dir")) {
                options.dataDir = value;
            } else {
                if (!recordKindFromName(value))
                    return R::failure(
                        tr("--kind must be lead, company or contact, not '%1'.").arg(value));
                options.kind = value;
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return R::failure(tr("Unknown option %1.").arg(arg));
        } else {
            options.command.append(arg);
        }
    }
    if (chosenTargets > 1)
        return R::failure(tr("Choose one of --platform, --profile and --sandbox."));
    // An explicit choice on the command line wins over LEADDESK_PLATFORM.
    if (!platformFromArgs && (options.sandbox || !options.profile.isEmpty()))
        options.platform.clear();
    if (options.help || options.version)
        return R::success(options);
    if (options.command.isEmpty())
        return R::failure(tr("No command given."));

    const QString problem = commandProblem(options);
    if (!problem.isEmpty())
        return R::failure(problem);
    return R::success(options);
}
