#pragma once

#include "cli/bodyinputs.h"
#include "cli/catalogcommand.h"
#include "model/fieldproblem.h"
#include "model/recordkind.h"

/// `validate FILE...`: every problem of each request body as a "field: message" line on stderr
/// (exit 2); nothing and exit 0 when the one body is valid. With several bodies (files, or `-`
/// for newline-delimited JSON on stdin) each line is prefixed by the file name or "line N", a
/// valid body says "<name>: valid" on stdout, and the exit code is the highest of them. Also the
/// first step of `submit`.
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
    /// Checks every readable body against `catalog` and prints what is wrong; returns the
    /// indexes of the valid ones.
    QList<int> check(const std::shared_ptr<const LookupCatalog> &catalog);
    /// "a.json: " when several bodies were given.
    QString prefix(int index) const;
    /// Keeps the worst exit code seen.
    void note(ExitCode code);
    /// Ends with the worst exit code seen.
    void endWithWorst();

    QList<BodyInputs::Input> m_inputs;
    ExitCode m_worst = ExitCode::Done;
};
