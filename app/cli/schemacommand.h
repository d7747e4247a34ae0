#pragma once

#include "cli/catalogcommand.h"

#include <QJsonArray>

/// `schema import lead FILE`: checks the admin's lead custom-field
/// definitions and makes them the profile's lead schema.
class SchemaCommand : public CatalogCommand
{
    Q_OBJECT

public:
    using CatalogCommand::CatalogCommand;
    bool prepare() override;
    void start() override;

private:
    QJsonArray m_definitions;
    int m_count = 0;
};
