#include "appcontroller.h"
#include "profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("LeadDesk"));
    QApplication::setOrganizationName(QStringLiteral("LeadDesk"));
    // The profile's lookups load on the second core while Qt starts on the first.
    QString earlyDataDir = earlyOption(argc, argv, "data-dir");
    if (earlyDataDir.isEmpty())
        earlyDataDir = qEnvironmentVariable("LEADDESK_DATA_DIR");
    const QString earlyProfile = earlyFlag(argc, argv, "sandbox")
        ? ProfileStore::sandboxProfileName()
        : ProfileStore(earlyDataDir).currentName();
    std::shared_future<CatalogPreloader::Outcome> preloaded;
    if (!earlyProfile.isEmpty())
        preloaded = CatalogPreloader::start(earlyDataDir, earlyProfile);

    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(LEADDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.leaddesk.LeadDesk"));
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.*.debug=false"));

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

    AppController::Options options;
    options.dataDir
        = parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("LEADDESK_DATA_DIR");
    options.sandbox = parser.isSet(sandbox);
    if (options.dataDir == earlyDataDir) {
        options.preloaded = preloaded;
        options.preloadedProfile = earlyProfile;
    }
    AppController controller(options);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (parser.isSet(quitWhenReady))
        QObject::connect(&controller, &AppController::ready, &app, [] {
            // bench_startup reads this line: the window is up and the loop is idle.
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    controller.start();
    return app.exec();
}
