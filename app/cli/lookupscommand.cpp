#include "cli/lookupscommand.h"

#include "cli/cliconnection.h"
#include "services/lookupfetcher.h"
#include "store/lookupcache.h"

void LookupsCommand::start()
{
    withCatalog(Refresh::Always, [this](std::shared_ptr<const LookupCatalog>) {
        const auto snapshot = m_connection->lookupCache()->load(m_connection->profile());
        if (!snapshot)
            return fail(ExitCode::Configuration, snapshot.error());
        for (const LookupFetcher::Source &source : LookupFetcher::sources())
            out() << source.key << ' ' << snapshot.value().lists.value(source.key).size()
                  << Qt::endl;
        succeed();
    });
}
