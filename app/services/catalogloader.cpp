#include "services/catalogloader.h"

#include "store/lookupcache.h"
#include "store/recorddirectory.h"

Result<std::shared_ptr<const LookupCatalog>> CatalogLoader::load(const LookupCache &cache,
                                                                 const RecordDirectory *directory,
                                                                 const QString &profile)
{
    using R = Result<std::shared_ptr<const LookupCatalog>>;
    auto snapshot = cache.load(profile);
    if (!snapshot)
        return R::failure(snapshot.error());
    auto schema = cache.leadSchema(profile);
    if (!schema)
        return R::failure(schema.error());
    QMap<QString, QJsonArray> lists = snapshot.value().lists;
    // Without cached lookups the catalog stays empty, so nothing is checked against it.
    if (directory && !snapshot.value().isEmpty()) {
        for (const auto &[list, kind] :
             {qMakePair(QStringLiteral("contacts"), QStringLiteral("contact")),
              qMakePair(QStringLiteral("companies"), QStringLiteral("company"))}) {
            auto records = directory->search(profile, kind, QString(), kDirectoryLimit);
            if (!records)
                return R::failure(records.error());
            QJsonArray array;
            for (const QJsonObject &record : records.value())
                array.append(record);
            lists.insert(list, array);
        }
    }
    return R::success(LookupCatalog::build(lists, schema.value(), snapshot.value().fetchedAt));
}
