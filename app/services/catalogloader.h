#pragma once

#include "model/lookupcatalog.h"
#include "model/result.h"

class LookupCache;
class RecordDirectory;

/// Builds a profile's LookupCatalog from what is stored: the cached lookup
/// lists, the imported lead schema and the contacts and companies seen.
class CatalogLoader
{
public:
    /// The most contacts/companies kept in a catalog for checks that need them.
    static constexpr int kDirectoryLimit = 5000;

    static Result<std::shared_ptr<const LookupCatalog>>
    load(const LookupCache &cache, const RecordDirectory *directory, const QString &profile);
};
