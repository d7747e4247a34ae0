#include "import/importfieldnames.h"

#include "model/fielddefinition.h"
#include "model/fieldkeys.h"
#include "model/lookupcatalog.h"

#include <QTranslator>

#include <memory>
#include <vector>

namespace {
/// The English labels of the built-in fields a file fills, as BuiltInFields writes them (the
/// same context and source text, so lupdate keeps one entry and both read one translation).
/// The lead's references (companyId, contactId …) match by key only: a "Company" column
/// usually holds names, not ids.
struct SourceLabel
{
    RecordKind kind;
    const char *key;
    const char *label;
};

const SourceLabel kSourceLabels[] = {
    {RecordKind::Lead, "name", QT_TRANSLATE_NOOP("BuiltInFields", "Lead name")},
    {RecordKind::Lead, "sourceId", QT_TRANSLATE_NOOP("BuiltInFields", "Source")},
    {RecordKind::Lead, "typeId", QT_TRANSLATE_NOOP("BuiltInFields", "Type")},
    {RecordKind::Lead, "subtypeId", QT_TRANSLATE_NOOP("BuiltInFields", "Subtype")},
    {RecordKind::Lead, "stageId", QT_TRANSLATE_NOOP("BuiltInFields", "Stage")},
    {RecordKind::Lead, "stageReasonId", QT_TRANSLATE_NOOP("BuiltInFields", "Stage reason")},
    {RecordKind::Lead, "qualityId", QT_TRANSLATE_NOOP("BuiltInFields", "Quality")},
    {RecordKind::Lead, "channelId", QT_TRANSLATE_NOOP("BuiltInFields", "Channel")},
    {RecordKind::Lead, "ownerUserId", QT_TRANSLATE_NOOP("BuiltInFields", "Owner")},
    {RecordKind::Lead, "description", QT_TRANSLATE_NOOP("BuiltInFields", "Description")},
    {RecordKind::Lead, "industryId", QT_TRANSLATE_NOOP("BuiltInFields", "Industry")},
    {RecordKind::Contact, "firstName", QT_TRANSLATE_NOOP("BuiltInFields", "First name")},
    {RecordKind::Contact, "lastName", QT_TRANSLATE_NOOP("BuiltInFields", "Last name")},
    {RecordKind::Contact, "email", QT_TRANSLATE_NOOP("BuiltInFields", "Email")},
    {RecordKind::Contact, "phone", QT_TRANSLATE_NOOP("BuiltInFields", "Phone")},
    {RecordKind::Contact, "externalId", QT_TRANSLATE_NOOP("BuiltInFields", "External id")},
    {RecordKind::Company, "businessName", QT_TRANSLATE_NOOP("BuiltInFields", "Business name")},
    {RecordKind::Company, "tradingName", QT_TRANSLATE_NOOP("BuiltInFields", "Trading name")},
    {RecordKind::Company, "email", QT_TRANSLATE_NOOP("BuiltInFields", "Email")},
    {RecordKind::Company, "phone", QT_TRANSLATE_NOOP("BuiltInFields", "Phone")},
    {RecordKind::Company, "website", QT_TRANSLATE_NOOP("BuiltInFields", "Website")},
    {RecordKind::Company, "industryId", QT_TRANSLATE_NOOP("BuiltInFields", "Industry")},
    {RecordKind::Company, "businessNumber", QT_TRANSLATE_NOOP("BuiltInFields", "Business number")},
    {RecordKind::Company, "externalId", QT_TRANSLATE_NOOP("BuiltInFields", "External id")},
};

/// LeadDesk's own catalogues for the languages a file's headers may be written in, loaded
/// once from the resources the programs carry (none in a program built without them).
const std::vector<std::unique_ptr<QTranslator>> &catalogues()
{
    static const std::vector<std::unique_ptr<QTranslator>> loaded = [] {
        std::vector<std::unique_ptr<QTranslator>> list;
        for (const QString &language : ImportFieldNames::languages()) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/leaddesk_%1.qm").arg(language)))
                list.push_back(std::move(translator));
        }
        return list;
    }();
    return loaded;
}

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}
} // namespace

QStringList ImportFieldNames::languages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

ImportFieldNames::ImportFieldNames(RecordKind kind, const LookupCatalog &catalog)
    : m_kind(kind)
{
    addFields(kind, ImportTarget::Scope::Record, catalog);
    if (kind == RecordKind::Lead) {
        addFields(RecordKind::Contact, ImportTarget::Scope::Contact, catalog);
        addFields(RecordKind::Company, ImportTarget::Scope::Company, catalog);
    }
}

void ImportFieldNames::addFields(RecordKind owner, ImportTarget::Scope scope,
                                 const LookupCatalog &catalog)
{
    // Keys first: "email" is contact.email only when the record has no email of its own.
    const RecordFields &fields = catalog.fields(owner);
    for (const FieldDefinition &field : fields.list()) {
        const ImportTarget target = field.isCustom()
            ? ImportTarget::custom(scope, field.customFieldId)
            : ImportTarget::field(scope, field.key);
        if (!target.definition(m_kind, catalog))
            continue;
        add(target.text(), target);
        if (scope == ImportTarget::Scope::Record && !field.isCustom())
            add(field.key, target);
        if (field.isCustom())
            add(field.label, target); // the schema's display name, in the admin's language
    }
    for (const SourceLabel &label : kSourceLabels) {
        if (label.kind != owner)
            continue;
        const ImportTarget target = ImportTarget::field(scope, QLatin1String(label.key));
        if (!target.definition(m_kind, catalog))
            continue;
        add(QLatin1String(label.label), target);
        add(QCoreApplication::translate("BuiltInFields", label.label), target);
        for (const auto &translator : catalogues())
            add(translator->translate("BuiltInFields", label.label), target);
    }
}

void ImportFieldNames::add(const QString &name, const ImportTarget &target)
{
    const QString folded = fold(name);
    if (!folded.isEmpty() && !m_names.contains(folded))
        m_names.insert(folded, target);
}

ImportTarget ImportFieldNames::match(const QString &header) const
{
    return m_names.value(fold(header));
}

QStringList ImportFieldNames::namesOf(const ImportTarget &target) const
{
    QStringList names;
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it)
        if (it.value() == target)
            names.append(it.key());
    names.sort();
    return names;
}
