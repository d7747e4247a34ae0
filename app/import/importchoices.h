#pragma once

#include "import/importtarget.h"
#include "model/recordkind.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class LookupCatalog;

/// What the import wizard offers the rep to choose from, as values: every target a column may
/// take (the record's fields, its custom fields, the new contact's and company's, "ignore"),
/// and the options a list value that matched nothing may be mapped to.
class ImportChoices
{
    Q_DECLARE_TR_FUNCTIONS(ImportChoices)

public:
    /// One target a column may take.
    struct Target
    {
        QString text; ///< as MAP.json writes it ("contact.email", "ignore")
        QString label; ///< what the rep reads ("Contact: Email")
    };

    /// "ignore" first, then the fields of a `kind` record in form order, then (for a lead) its
    /// new contact's and company's fields. Fields a file cannot fill are left out.
    static QList<Target> targets(RecordKind kind, const LookupCatalog &catalog);
    /// The (key, label) options the values of `target` may stand for: a lookup list's or a
    /// select custom field's; empty for a field that is no list (and for a list whose options
    /// depend on another column, such as subtypes).
    static QList<QPair<QString, QString>> options(const ImportTarget &target, RecordKind kind,
                                                  const LookupCatalog &catalog);
};
