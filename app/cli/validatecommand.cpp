#include "cli/validatecommand.h"

#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "services/submission.h"

#include <QFile>

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
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    m_inputs = BodyInputs::read(m_options.command.mid(1), &input);
    // One body: its problem is the command's, as it always was.
    if (m_inputs.size() == 1 && !m_inputs.first().problem.isEmpty()) {
        fail(m_inputs.first().code, m_inputs.first().problem);
        return false;
    }
    return true;
}

void ValidateCommand::start()
{
    withCatalog(Refresh::IfMissing, [this](std::shared_ptr<const LookupCatalog> catalog) {
        for (int index : check(catalog))
            if (m_inputs.size() > 1)
                out() << prefix(index) << tr("valid") << Qt::endl;
        endWithWorst();
    });
}

QString ValidateCommand::prefix(int index) const
{
    return m_inputs.size() > 1 ? m_inputs.at(index).label + QStringLiteral(": ") : QString();
}

void ValidateCommand::note(ExitCode code)
{
    if (int(code) > int(m_worst))
        m_worst = code;
}

void ValidateCommand::endWithWorst()
{
    QTextStream(stderr).flush();
    end(m_worst);
}

QList<int> ValidateCommand::check(const std::shared_ptr<const LookupCatalog> &catalog)
{
    QList<int> valid;
    QTextStream err(stderr);
    for (int index = 0; index < m_inputs.size(); ++index) {
        const BodyInputs::Input &input = m_inputs.at(index);
        if (!input.problem.isEmpty()) {
            err << "leaddesk-cli: " << TerminalText::line(input.problem) << '\n';
            note(input.code);
            continue;
        }
        const QList<FieldProblem> problems = Submission::check(kind(), input.body, catalog);
        if (problems.isEmpty()) {
            valid.append(index);
            continue;
        }
        for (const FieldProblem &problem : problems) {
            QString message = problem.message;
            if (problem.key.startsWith(QStringLiteral("custom:")) && problem.label != problem.key)
                message = problem.label + QStringLiteral(": ") + message;
            err << prefix(index)
                << TerminalText::line(problem.key.isEmpty() ? recordKindName(kind()) : problem.key)
                << ": " << TerminalText::line(message) << '\n';
        }
        note(ExitCode::InvalidLocally);
    }
    err.flush();
    return valid;
}
