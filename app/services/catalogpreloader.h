#pragma once

#include "model/lookupcatalog.h"
#include "model/result.h"

#include <future>

/// Loads a profile's catalog from the store on a worker thread while the
/// application starts (fonts and the first window take the main thread's
/// first tens of milliseconds; the second core is idle then). Start it once
/// the QCoreApplication exists: the worker loads the SQLite driver plugin.
/// The worker opens its own connection and closes it before it returns.
class CatalogPreloader
{
public:
    using Outcome = Result<std::shared_ptr<const LookupCatalog>>;

    static std::shared_future<Outcome> start(const QString &dataDir, const QString &profile);
};
