#pragma once

#include "cli/catalogcommand.h"

#include <QJsonObject>

class RecordModel;

/// `validate FILE`: every problem of the request body in FILE as a
/// "field: message" line on stderr (exit 2); nothing and exit 0 when valid.
/// Also the first step of `submit`.
class ValidateCommand : public CatalogCommand
{
    Q_OBJECT

public:
    using CatalogCommand::CatalogCommand;
    bool prepare() override;
    void start() override;

    /// The record kind --kind names.
    RecordKind kind() const;

protected:
    /// Checks m_body against `catalog`; prints the problems and fails with
    /// exit 2, or returns the model holding the valid record.
    RecordModel *check(std::shared_ptr<const LookupCatalog> catalog);

    QJsonObject m_body;
};
