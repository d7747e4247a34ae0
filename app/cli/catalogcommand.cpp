#include "cli/catalogcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "services/catalogloader.h"
#include "services/lookupsync.h"
#include "store/lookupcache.h"

bool CatalogCommand::openStore()
{
    if (m_connection->database())
        return true;
    const auto opened = m_connection->openStore(m_options.dataDir);
    if (!opened) {
        fail(ExitCode::Configuration, opened.error());
        return false;
    }
    return true;
}

void CatalogCommand::withCatalog(Refresh refresh,
                                 std::function<void(std::shared_ptr<const LookupCatalog>)> then)
{
    if (!openStore())
        return;
    LookupCache *cache = m_connection->lookupCache();
    const QString profile = m_connection->profile();
    // The sandbox's admin hands over its lead schema by itself.
    if (m_connection->isSandbox() && cache->leadSchema(profile).value().isEmpty())
        cache->setLeadSchema(profile, m_connection->sandboxLeadSchema());

    const QDateTime fetchedAt = cache->fetchedAt(profile);
    const bool needed = refresh == Refresh::Always || !fetchedAt.isValid()
        || (refresh == Refresh::IfStale
            && LookupSync::isStale(fetchedAt, QDateTime::currentDateTimeUtc()));
    if (!needed)
        return loadCatalog(then);

    auto *sync = new LookupSync(m_connection->client(), cache, m_connection->directory(), this);
    connect(
        sync, &LookupSync::finished, this,
        [this, sync, fetchedAt, refresh, then](const QString &problem, const PlatformError &error) {
            sync->deleteLater();
            for (const QString &note : sync->notes())
                QTextStream(stderr) << "leaddesk-cli: " << TerminalText::line(note) << Qt::endl;
            if (problem.isEmpty())
                return loadCatalog(then);
            if (fetchedAt.isValid() && refresh != Refresh::Always) {
                // Old lookups still let us check the record; the platform has the last word.
                QTextStream(stderr)
                    << "leaddesk-cli: "
                    << TerminalText::line(
                           tr("could not refresh the lookups (%1); using those from %2 UTC.")
                               .arg(problem,
                                    fetchedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
                    << Qt::endl;
                return loadCatalog(then);
            }
            if (error.isError())
                return fail(error);
            fail(ExitCode::Configuration, problem);
        });
    sync->refresh(profile);
}

void CatalogCommand::loadCatalog(
    const std::function<void(std::shared_ptr<const LookupCatalog>)> &then)
{
    auto catalog = CatalogLoader::load(*m_connection->lookupCache(), m_connection->directory(),
                                       m_connection->profile());
    if (!catalog)
        return fail(ExitCode::Configuration, catalog.error());
    if (!catalog.value()->problems().isEmpty())
        return fail(ExitCode::Configuration, catalog.value()->problems().first());
    then(catalog.value());
}
