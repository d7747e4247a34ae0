#include "cli/validatecommand.h"

#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "model/jsonfile.h"
#include "model/recordmodel.h"

#include <QFileInfo>

RecordKind ValidateCommand::kind() const
{
    if (m_options.kind == QStringLiteral("company"))
        return RecordKind::Company;
    if (m_options.kind == QStringLiteral("contact"))
        return RecordKind::Contact;
    return RecordKind::Lead;
}

bool ValidateCommand::prepare()
{
    const QString path = m_options.command.value(1);
    if (!QFileInfo::exists(path)) {
        fail(ExitCode::Usage, tr("%1 does not exist.").arg(path));
        return false;
    }
    const auto body = JsonFile::readObject(path);
    if (!body) {
        fail(ExitCode::InvalidLocally, body.error());
        return false;
    }
    if (body.value().isEmpty()) {
        fail(ExitCode::InvalidLocally,
             tr("%1 holds an empty object; there is nothing to send.").arg(path));
        return false;
    }
    m_body = body.value();
    return true;
}

void ValidateCommand::start()
{
    withCatalog(Refresh::IfMissing, [this](std::shared_ptr<const LookupCatalog> catalog) {
        if (check(std::move(catalog)))
            succeed();
    });
}

RecordModel *ValidateCommand::check(std::shared_ptr<const LookupCatalog> catalog)
{
    auto *model = new RecordModel(kind(), std::move(catalog), this);
    model->loadBody(m_body);
    const QList<FieldProblem> problems = model->problems();
    if (problems.isEmpty())
        return model;
    QTextStream err(stderr);
    for (const FieldProblem &problem : problems) {
        QString message = problem.message;
        if (problem.key.startsWith(QStringLiteral("custom:")) && problem.label != problem.key)
            message = problem.label + QStringLiteral(": ") + message;
        err << TerminalText::line(problem.key.isEmpty() ? recordKindName(kind()) : problem.key)
            << ": " << TerminalText::line(message) << '\n';
    }
    err.flush();
    end(ExitCode::InvalidLocally);
    return nullptr;
}
