#include "support/platformlookups.h"

#include "platform/platformclient.h"
#include "platform/platformerror.h"
#include "sandbox/sandboxserver.h"
#include "services/lookupfetcher.h"

#include <QDateTime>
#include <QSignalSpy>

PlatformLookups PlatformLookups::fetch(PlatformClient *client, const QJsonArray &leadSchema,
                                       bool directory)
{
    PlatformLookups result;
    LookupFetcher fetcher(client);
    fetcher.setIncludeDirectory(directory);
    QSignalSpy fetched(&fetcher, &LookupFetcher::finished);
    fetcher.start();
    if (!fetched.wait(30000)) {
        result.problem = QStringLiteral("the lookups did not arrive within 30 s");
        return result;
    }
    const auto error = fetched.first().first().value<PlatformError>();
    if (error.isError()) {
        result.problem = error.toString();
        return result;
    }
    result.lists = fetcher.lists();
    result.catalog
        = LookupCatalog::build(result.lists, leadSchema, QDateTime::currentDateTimeUtc());
    result.problem = result.catalog->problems().join(QStringLiteral(", "));
    return result;
}

PlatformLookups PlatformLookups::startSandbox(SandboxServer *sandbox, PlatformClient *client)
{
    PlatformLookups result;
    if (!sandbox->start()) {
        result.problem = QStringLiteral("the sandbox did not start");
        return result;
    }
    result.problem
        = client->configure(sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                            SandboxServer::defaultApiSecret().toUtf8());
    if (!result.problem.isEmpty())
        return result;
    return fetch(client, sandbox->leadCustomFieldDefinitions());
}
