#pragma once

#include "cli/catalogcommand.h"

/// `lookups refresh`: fetches every lookup list into the profile's cache and
/// prints how many of each arrived.
class LookupsCommand : public CatalogCommand
{
    Q_OBJECT

public:
    using CatalogCommand::CatalogCommand;
    void start() override;
};
