#pragma once

#include "model/fieldproblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// One data row of an import file after the dry run: the body it becomes, every problem with
/// the column it sits under, and its status. A value; ImportDryRun makes it.
struct ImportRow
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)

public:
    enum class Status
    {
        Ready, ///< passes every rule: it may be sent
        Problem, ///< breaks a rule: `problems`
        Duplicate, ///< the same lead name and contact as row `duplicateOf`
    };
    /// How the row finds the contact (or company) its lead belongs to.
    enum class Party
    {
        None, ///< the row names none, or uses an id it gives
        Existing, ///< one that exists on the platform with that email (business name): `…Id`
        New, ///< the row creates it
        Shared, ///< an earlier row creates it (`…CreatedBy`): this one waits for its id
    };

    qint64 number = 0; ///< 1-based data row
    QStringList cells; ///< as read
    QJsonObject body; ///< the request body (as sent when ready)
    QList<FieldProblem> problems;
    QList<int> problemColumns; ///< per problem, the column it concerns; -1 for the row
    Status status = Status::Ready;
    qint64 duplicateOf = 0;

    Party contact = Party::None;
    qint64 contactId = 0; ///< Existing
    qint64 contactCreatedBy = 0; ///< New (this row) and Shared (the row that creates it)
    QString contactKey; ///< the folded email of a new contact
    Party company = Party::None;
    qint64 companyId = 0;
    qint64 companyCreatedBy = 0;
    QString companyKey; ///< the folded business name of a new company

    /// How problemText() names a field: by key for files and scripts ("sourceId"), by label for
    /// a person ("Source").
    enum class FieldNames
    {
        Keys,
        Labels,
    };

    bool isReady() const { return status == Status::Ready; }
    /// Every problem as "field: message", joined by " | " (the report's `problems` column with
    /// keys); a duplicate names the row it repeats.
    QString problemText(FieldNames names = FieldNames::Keys) const;
    /// What the row does about its contact and company, in words ("uses contact 5001",
    /// "creates a new contact").
    QString partyText() const;
    /// "ready", "problem", "duplicate": the report's status words (never translated).
    static QString statusName(Status status);
};
