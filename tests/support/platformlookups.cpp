#include "support/platformlookups.h"

#include "platform/platformerror.h"
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
