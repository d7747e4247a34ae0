#pragma once

#include "cli/bodyinputs.h"
#include "cli/catalogcommand.h"
#include "model/fieldproblem.h"
#include "model/recordkind.h"

#include <QSet>

#include <functional>
#include <optional>

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
    /// Looks for existing records that the bodies `indexes` would create again (the duplicate
    /// radar), prints one "possible duplicate of <kind> <id>: <reason>" line on stderr per
    /// strong match, then calls `then` with the indexes of the bodies that have one.
    void screenDuplicates(const QList<int> &indexes,
                          std::function<void(const QSet<int> &duplicated)> then);
    /// Keeps the worst exit code seen.
    void note(ExitCode code);
    /// Ends with the worst exit code seen.
    void endWithWorst();
    /// The catalog body `index` is checked (and sent) with: `catalog`, or, when the profile has
    /// no lead schema, `catalog` taking the body's lead custom fields as they come, so that they
    /// go to the platform unchecked (said once on stderr) and the rest is still checked.
    std::shared_ptr<const LookupCatalog>
    catalogFor(int index, const std::shared_ptr<const LookupCatalog> &catalog);

    QList<BodyInputs::Input> m_inputs;
    ExitCode m_worst = ExitCode::Done;

private:
    /// The lists the catalog was built from (read once, when a loose catalog is needed).
    std::optional<QMap<QString, QJsonArray>> m_lists;
    bool m_warned = false;
};
