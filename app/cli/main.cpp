#include "cli/clirunner.h"
#include "secrets/processhardening.h"
#include "services/languagesetup.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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

    return CliRunner::run(app);
}
