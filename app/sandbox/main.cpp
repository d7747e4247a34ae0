// leaddesk-sandbox: the sandbox platform as a process, for scripts, curl and other clients.
#include "sandbox/bulkseed.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#ifndef LEADDESK_VERSION
#define LEADDESK_VERSION "0.0.0"
#endif

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "leaddesk-sandbox: %s\n", qUtf8Printable(message));
    return 1;
}
// --batch and --batch-job-delay: the switches a client's tests use to see batch refused or slow.
struct BatchOptions
{
    QCommandLineOption mode {
        QStringLiteral("batch"),
        QStringLiteral("How the batch namespace answers: available (default), refused (403, "
                       "specific code 24090) or missing (404), to try a client's fallback."),
        QStringLiteral("MODE"), QStringLiteral("available")};
    QCommandLineOption delay {
        QStringLiteral("batch-job-delay"),
        QStringLiteral("Milliseconds each batch job waits before it runs (default 0), to watch "
                       "batch progress."),
        QStringLiteral("MS"), QStringLiteral("0")};
};

// Sets the server's batch switches; a message when a value is not understood.
QString applyBatchOptions(const QCommandLineParser &parser, const BatchOptions &options,
                          SandboxServer *server)
{
    const QString mode = parser.value(options.mode);
    if (mode == QLatin1String("refused"))
        server->setBatchSupport(SandboxServer::BatchSupport::Refused);
    else if (mode == QLatin1String("missing"))
        server->setBatchSupport(SandboxServer::BatchSupport::Missing);
    else if (mode != QLatin1String("available"))
        return QStringLiteral("--batch needs available, refused or missing, not '%1'").arg(mode);
    bool ok = false;
    const int milliseconds = parser.value(options.delay).toInt(&ok);
    if (!ok || milliseconds < 0 || milliseconds > 60000)
        return QStringLiteral("--batch-job-delay needs milliseconds from 0 to 60000, not '%1'")
            .arg(parser.value(options.delay));
    server->setBatchJobDelay(milliseconds);
    return QString();
}

// --seed-contacts and --seed-companies: a platform of realistic size without a client creating
// every record first.
struct SeedOptions
{
    QCommandLineOption contacts {
        QStringLiteral("seed-contacts"),
        QStringLiteral("Adds N generated contacts (ids from 1000000) to the seed at start-up; "
                       "the same N gives the same contacts on every run."),
        QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption companies {
        QStringLiteral("seed-companies"),
        QStringLiteral("Adds N generated companies (ids from 300000) at start-up; generated "
                       "contacts then work for them."),
        QStringLiteral("N"), QStringLiteral("0")};
};

// Seeds what the options ask for; a message when a count is not understood.
QString applySeedOptions(const QCommandLineParser &parser, const SeedOptions &options,
                         SandboxServer *server)
{
    const auto count = [&parser](const QCommandLineOption &option, int max, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= 0 && *value <= max;
    };
    int contacts = 0;
    int companies = 0;
    if (!count(options.contacts, BulkSeed::kMaxContacts, &contacts))
        return QStringLiteral("--seed-contacts needs a number from 0 to %1, not '%2'")
            .arg(BulkSeed::kMaxContacts)
            .arg(parser.value(options.contacts));
    if (!count(options.companies, BulkSeed::kMaxCompanies, &companies))
        return QStringLiteral("--seed-companies needs a number from 0 to %1, not '%2'")
            .arg(BulkSeed::kMaxCompanies)
            .arg(parser.value(options.companies));
    if (contacts > 0 || companies > 0)
        server->seedBulk(contacts, companies);
    return QString();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leaddesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for the iVvy platform on 127.0.0.1. Prints its address, then serves "
        "until interrupted."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port to listen on (default 0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        QStringLiteral(
            "API key clients must use (default: $LEADDESK_SANDBOX_KEY, else sandbox-key)."),
        QStringLiteral("K"));
    const QCommandLineOption secretOption(
        QStringLiteral("secret"),
        QStringLiteral("API secret (default: $LEADDESK_SANDBOX_SECRET, else sandbox-secret)."),
        QStringLiteral("S"));
    const BatchOptions batch;
    const SeedOptions seed;
    parser.addOptions({portOption, keyOption, secretOption, batch.mode, batch.delay, seed.contacts,
                       seed.companies});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port needs a number from 0 to 65535, not '%1'")
                        .arg(parser.value(portOption)));

    const auto pick = [&parser](const QCommandLineOption &option, const char *variable,
                                const QString &fallback) {
        if (parser.isSet(option))
            return parser.value(option);
        const QString fromEnv = qEnvironmentVariable(variable);
        return fromEnv.isEmpty() ? fallback : fromEnv;
    };
    const QString key = pick(keyOption, "LEADDESK_SANDBOX_KEY", SandboxServer::defaultApiKey());
    const QString secret
        = pick(secretOption, "LEADDESK_SANDBOX_SECRET", SandboxServer::defaultApiSecret());
    if (key.isEmpty() || secret.isEmpty())
        return fail(QStringLiteral("the API key and secret must not be empty"));

    SandboxServer server;
    server.setCredentials(key, secret);
    if (const QString problem = applyBatchOptions(parser, batch, &server); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = applySeedOptions(parser, seed, &server); !problem.isEmpty())
        return fail(problem);
    if (!server.start(quint16(port)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                        .arg(port)
                        .arg(server.errorString()));

    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    // Exactly one line, flushed now: scripts and tests wait for it to learn the address.
    std::fprintf(stdout, "%s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
