#include "import/importrow.h"

QString ImportRow::problemText(FieldNames names) const
{
    QStringList parts;
    parts.reserve(problems.size() + 1);
    if (status == Status::Duplicate)
        parts.append(tr("the same lead name and contact as row %1").arg(duplicateOf));
    for (const FieldProblem &problem : problems) {
        if (names == FieldNames::Labels && !problem.label.isEmpty())
            parts.append(tr("%1: %2", "field label: problem").arg(problem.label, problem.message));
        else if (!problem.key.isEmpty())
            parts.append(problem.key + QStringLiteral(": ") + problem.message);
        else
            parts.append(problem.message);
    }
    return parts.join(QStringLiteral(" | "));
}

QString ImportRow::partyText() const
{
    QStringList parts;
    switch (contact) {
    case Party::None:
        break;
    case Party::Existing:
        parts.append(tr("uses contact %1").arg(contactId));
        break;
    case Party::New:
        parts.append(tr("creates a new contact"));
        break;
    case Party::Shared:
        parts.append(tr("uses the new contact of row %1").arg(contactCreatedBy));
        break;
    }
    switch (company) {
    case Party::None:
        break;
    case Party::Existing:
        parts.append(tr("uses company %1").arg(companyId));
        break;
    case Party::New:
        parts.append(tr("creates a new company"));
        break;
    case Party::Shared:
        parts.append(tr("uses the new company of row %1").arg(companyCreatedBy));
        break;
    }
    return parts.join(QStringLiteral("; "));
}

QString ImportRow::statusName(Status status)
{
    switch (status) {
    case Status::Ready:
        return QStringLiteral("ready");
    case Status::Problem:
        return QStringLiteral("problem");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}
