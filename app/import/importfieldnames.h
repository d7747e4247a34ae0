#pragma once

#include "import/importtarget.h"
#include "model/recordkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class LookupCatalog;

/// Matches a file's column headers to fields by name, the way a rep would write them: a
/// field's key ("sourceId", "contact.email"), its label in English, German or French ("Source",
/// "Quelle", "Origine") as LeadDesk's own catalogues translate it, or in the language running
/// now, or a custom field's display name. Case, accents of case and runs of white space do not
/// matter. For a lead, the labels of its new contact's and company's fields count too
/// ("First name" → contact.firstName); where a label names several fields, the lead's own
/// wins, then the contact's.
class ImportFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(ImportFieldNames)

public:
    ImportFieldNames(RecordKind kind, const LookupCatalog &catalog);

    /// The target `header` names; ignored when it names none.
    ImportTarget match(const QString &header) const;
    /// Every name that matches `target` (folded), for tests and the wizard's hints.
    QStringList namesOf(const ImportTarget &target) const;

    /// The languages whose labels match besides the one running now.
    static QStringList languages();

private:
    void addFields(RecordKind owner, ImportTarget::Scope scope, const LookupCatalog &catalog);
    void add(const QString &name, const ImportTarget &target);

    RecordKind m_kind;
    QHash<QString, ImportTarget> m_names; ///< folded name → target; first added wins
};
