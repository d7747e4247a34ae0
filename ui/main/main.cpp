#include "main/appcontroller.h"
#include "secrets/processhardening.h"
#include "services/languagesetup.h"
#include "services/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace {
/// The value of `--name VALUE` or `--name=VALUE`, read before Qt parses anything.
QString earlyOption(int argc, char *argv[], const char *name)
{
    const QByteArray option = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QByteArray(option + '=')))
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
    }
    return QString();
}

bool earlyFlag(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == QByteArray("--") + name)
            return true;
    return false;
}

/// True when the command line asks only for --help or --version, which need no display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

struct CommandLine
{
    bool sandbox = false;
    QString dataDir;
    bool quitWhenReady = false;
};

/// LeadDesk's options on `app`; --help, --version and bad options print and exit here.
CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lead entry for iVvy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Use the built-in sandbox."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Keep data in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QApplication::translate("main", "Quit once the main window is idle (start-up benchmark)."));
    parser.addOptions({sandbox, dataDir, quitWhenReady});
    parser.process(app);

    CommandLine commandLine;
    commandLine.sandbox = parser.isSet(sandbox);
    commandLine.dataDir
        = parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("LEADDESK_DATA_DIR");
    commandLine.quitWhenReady = parser.isSet(quitWhenReady);
    return commandLine;
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a secret: no core dump may hold it.
    ProcessHardening::disableCoreDumps();
    ProcessHardening::reportIfAsked();
    QApplication::setApplicationName(QStringLiteral("LeadDesk"));
    QApplication::setOrganizationName(QStringLiteral("LeadDesk"));
    // The profile's lookups load on the second core while the window is built on the first.
    QString earlyDataDir = earlyOption(argc, argv, "data-dir");
    if (earlyDataDir.isEmpty())
        earlyDataDir = qEnvironmentVariable("LEADDESK_DATA_DIR");
    if (asksForHelpOrVersion(argc, argv)) {
        // Answered without a QApplication, so without a display or a platform plugin.
        QCoreApplication app(argc, argv);
        LanguageSetup::install(
            ProfileStore(earlyDataDir).value(QStringLiteral("language")).toString());
        QCoreApplication::setApplicationVersion(QStringLiteral(LEADDESK_VERSION));
        parseCommandLine(app); // prints and exits
        return 0;
    }
    const QString earlyProfile = earlyFlag(argc, argv, "sandbox")
        ? ProfileStore::sandboxProfileName()
        : ProfileStore(earlyDataDir).currentName();

    QApplication app(argc, argv);
    // Not before the QApplication exists: its constructor resets the plugin search paths
    // without a lock while the worker's QSqlDatabase reads them to find the SQLite driver
    // (a crash, one start in a few dozen on a busy machine).
    std::shared_future<CatalogPreloader::Outcome> preloaded;
    if (!earlyProfile.isEmpty())
        preloaded = CatalogPreloader::start(earlyDataDir, earlyProfile);
    // Before any text is made: Settings may choose a language other than the system's.
    LanguageSetup::install(ProfileStore(earlyDataDir).value(QStringLiteral("language")).toString());
    QApplication::setApplicationVersion(QStringLiteral(LEADDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.leaddesk.LeadDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/leaddesk.svg")));
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.*.debug=false"));

    const CommandLine commandLine = parseCommandLine(app);

    AppController::Options options;
    options.dataDir = commandLine.dataDir;
    options.sandbox = commandLine.sandbox;
    if (options.dataDir == earlyDataDir) {
        options.preloaded = preloaded;
        options.preloadedProfile = earlyProfile;
    }
    AppController controller(options);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (commandLine.quitWhenReady)
        QObject::connect(&controller, &AppController::ready, &app, [] {
            // The benchmarks read this line: the window is up and the loop is idle. It ends with
            // the resident memory (KiB) at that moment where the system tells it.
            QByteArray rss;
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly))
                for (const QByteArray &line : status.readAll().split('\n'))
                    if (line.startsWith("VmRSS:"))
                        rss = line.mid(6).trimmed().split(' ').value(0);
            std::fputs(QByteArray("ready " + rss + '\n').constData(), stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    controller.start();
    return app.exec();
}
