#include "appcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LeadDesk"));
    QApplication::setOrganizationName(QStringLiteral("LeadDesk"));
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
    AppController controller(options);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (parser.isSet(quitWhenReady))
        QObject::connect(&controller, &AppController::ready, &app,
                         [] { QTimer::singleShot(0, qApp, &QApplication::quit); });
    controller.start();
    return app.exec();
}
