#include "import/importchoices.h"

#include "model/fielddefinition.h"
#include "model/lookupcatalog.h"

namespace {
void addScope(QList<ImportChoices::Target> &list, RecordKind kind, RecordKind owner,
              ImportTarget::Scope scope, const LookupCatalog &catalog)
{
    for (const FieldDefinition &field : catalog.fields(owner).list()) {
        const ImportTarget target = field.isCustom()
            ? ImportTarget::custom(scope, field.customFieldId)
            : ImportTarget::field(scope, field.key);
        if (!target.definition(kind, catalog))
            continue;
        QString label = field.label;
        if (scope == ImportTarget::Scope::Contact)
            label = ImportChoices::tr("Contact: %1").arg(field.label);
        else if (scope == ImportTarget::Scope::Company)
            label = ImportChoices::tr("Company: %1").arg(field.label);
        list.append({target.text(), label});
    }
}
} // namespace

QList<ImportChoices::Target> ImportChoices::targets(RecordKind kind, const LookupCatalog &catalog)
{
    QList<Target> list {{QStringLiteral("ignore"), tr("(ignore this column)")}};
    addScope(list, kind, kind, ImportTarget::Scope::Record, catalog);
    if (kind == RecordKind::Lead) {
        addScope(list, kind, RecordKind::Contact, ImportTarget::Scope::Contact, catalog);
        addScope(list, kind, RecordKind::Company, ImportTarget::Scope::Company, catalog);
    }
    return list;
}

QList<QPair<QString, QString>> ImportChoices::options(const ImportTarget &target, RecordKind kind,
                                                      const LookupCatalog &catalog)
{
    const FieldDefinition *field = target.definition(kind, catalog);
    if (!field)
        return {};
    if (field->selectOptions)
        return field->selectOptions->items();
    QList<QPair<QString, QString>> list;
    if (!field->lookup.isEmpty()) {
        for (const LookupOption &option : catalog.options(field->lookup))
            list.append({QString::number(option.id), option.label});
    }
    return list;
}
