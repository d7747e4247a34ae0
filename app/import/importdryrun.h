#pragma once

#include "import/duplicatekeys.h"
#include "import/importmapping.h"
#include "import/importrow.h"
#include "import/importtarget.h"
#include "import/listvaluematcher.h"
#include "model/recordkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <memory>

class LookupCatalog;
struct FieldDefinition;

/// The dry run of one import file (issue 14): every data row through the same rules the form
/// and Submission::check use, into an ImportRow with every problem under its column and a
/// status. Rows are checked in file order, one call each, so a file of any length needs the
/// memory of the rows the caller keeps; what one row teaches the next (in-file duplicates, a
/// new contact another row already creates, list names that matched nothing) stays here.
///
/// Columns: the mapping's target for a header, else ImportFieldNames' match, else ignored
/// (unmappedHeaders()). List values may be ids or names in any case; the mapping's value
/// choices apply first. Dates are read in the mapping's order. A lead whose `contact.email`
/// (without a `contactId`) belongs to an existing contact uses it (setExistingContacts()), the
/// same for a company by business name.
class ImportDryRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportDryRun)

public:
    /// A list value that matched nothing, listed once.
    struct Unmatched
    {
        QString target; ///< the column's target ("sourceId")
        QString field; ///< the field's label ("Source")
        QString value; ///< as first written
        int occurrences = 0;
    };
    struct Summary
    {
        qint64 rows = 0;
        qint64 ready = 0;
        qint64 problems = 0;
        qint64 duplicates = 0;
    };

    ImportDryRun(RecordKind kind, std::shared_ptr<const LookupCatalog> catalog,
                 const QStringList &header, const ImportMapping &mapping = {});

    RecordKind kind() const { return m_kind; }
    const QStringList &header() const { return m_header; }
    /// Each column's target, in column order.
    const QList<ImportTarget> &columnTargets() const { return m_targets; }
    /// The headers of columns that neither the mapping nor a field name matched: ignored.
    QStringList unmappedHeaders() const;
    /// The mapping's targets no field of the record has ("header → target"): those columns
    /// are ignored too, and the caller says so.
    const QStringList &unknownTargets() const { return m_unknownTargets; }

    /// Contacts that exist on the platform, by email (any case): rows use them.
    void setExistingContacts(const QHash<QString, qint64> &byEmail);
    /// Companies that exist on the platform, by business name (any case).
    void setExistingCompanies(const QHash<QString, qint64> &byName);
    /// The new contact's email a row gives without a contact id, folded; empty when none. What
    /// to look up on the platform before the dry run.
    QString contactEmail(const QStringList &cells) const;
    /// The new company's business name a row gives without a company id, folded.
    QString companyName(const QStringList &cells) const;
    /// How emails and business names are compared.
    static QString foldedKey(const QString &text);

    /// Checks data row `number` (1-based) with `cells`.
    ImportRow check(qint64 number, const QStringList &cells);
    /// After the rep edited a cell of a row checked before: the row checked again. In-file
    /// duplicates and shared contacts keep what the first pass found for other rows.
    ImportRow recheck(const ImportRow &row);

    /// The list values that matched nothing so far, each once, per column in column order.
    QList<Unmatched> unmatched() const;
    /// The counts so far.
    const Summary &summary() const { return m_summary; }
    /// "N rows: A ready, B with problems, C duplicates".
    static QString summaryLine(const Summary &summary);

private:
    struct Converted
    {
        QJsonValue value;
        QString problem;
    };

    void resolveColumns(const ImportMapping &mapping);
    ImportRow evaluate(qint64 number, const QStringList &cells, bool count);
    QJsonObject assemble(const QStringList &cells, ImportRow &row, QList<FieldProblem> &conversion);
    void resolveParties(QJsonObject &body, ImportRow &row);
    Converted convert(int column, const QString &cell, const QJsonObject &record);
    Converted convertList(int column, const QString &cell, const FieldDefinition &field,
                          const QJsonObject &record);
    ListValueMatcher &matcher(int column, const FieldDefinition &field, qint64 parentId);
    int columnOf(const QString &problemKey) const;
    void judge(ImportRow &row, const QJsonObject &body, const QList<FieldProblem> &conversion);

    RecordKind m_kind;
    std::shared_ptr<const LookupCatalog> m_catalog;
    QStringList m_header;
    QList<ImportTarget> m_targets;
    QList<const FieldDefinition *> m_fields; ///< per column; nullptr when ignored
    QList<bool> m_explicitIgnore; ///< per column: the mapping says "ignore"
    QStringList m_unknownTargets;
    QHash<QString, int> m_columnByProblemKey;
    QList<int> m_order; ///< columns in the order values are read (parents before dependants)
    DateValue::Order m_dateOrder;
    QHash<QString, QHash<QString, QString>> m_valueChoices; ///< target text → value → key
    QHash<QString, ListValueMatcher> m_matchers; ///< "<column>/<parent>" → matcher
    QHash<QString, qint64> m_existingContacts;
    QHash<QString, qint64> m_existingCompanies;
    QHash<QString, qint64> m_newContacts; ///< folded email → the row that creates it
    QHash<QString, qint64> m_newCompanies;
    DuplicateKeys m_duplicates;
    Summary m_summary;
    int m_contactEmailColumn = -1;
    int m_contactIdColumn = -1;
    int m_companyNameColumn = -1;
    int m_companyIdColumn = -1;
};
