#pragma once

#include "cli/clicommand.h"
#include "model/lookupcatalog.h"

#include <functional>

/// A command that needs the profile's lookups: it opens the store, refreshes
/// the cache when it is missing (or, when asked, more than a day old) and
/// then works with the catalog.
class CatalogCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

protected:
    enum class Refresh
    {
        IfMissing,
        IfStale,
        Always
    };
    /// Calls `then` with the catalog, or fails the command with the right exit code.
    void withCatalog(Refresh refresh,
                     std::function<void(std::shared_ptr<const LookupCatalog>)> then);
    /// Opens the store; false after failing the command.
    bool openStore();

private:
    void loadCatalog(const std::function<void(std::shared_ptr<const LookupCatalog>)> &then);
};
