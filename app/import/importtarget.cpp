#include "import/importtarget.h"

#include "model/fielddefinition.h"
#include "model/lookupcatalog.h"

namespace {
const QString kContact = QStringLiteral("contact.");
const QString kCompany = QStringLiteral("company.");
const QString kCustom = QStringLiteral("customFields.");
} // namespace

ImportTarget ImportTarget::parse(const QString &text)
{
    QString rest = text.trimmed();
    Scope scope = Scope::Record;
    if (rest.startsWith(kContact)) {
        scope = Scope::Contact;
        rest = rest.mid(kContact.size());
    } else if (rest.startsWith(kCompany)) {
        scope = Scope::Company;
        rest = rest.mid(kCompany.size());
    }
    if (rest.isEmpty() || rest == QStringLiteral("ignore"))
        return {};
    if (rest.startsWith(kCustom)) {
        bool ok = false;
        const int id = rest.mid(kCustom.size()).toInt(&ok);
        return ok && id > 0 ? custom(scope, id) : ImportTarget();
    }
    for (QChar c : rest)
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            return {};
    return field(scope, rest);
}

ImportTarget ImportTarget::field(Scope scope, const QString &key)
{
    ImportTarget target;
    target.m_scope = key.isEmpty() ? Scope::Ignore : scope;
    target.m_key = key;
    return target;
}

ImportTarget ImportTarget::custom(Scope scope, int fieldId)
{
    ImportTarget target;
    target.m_scope = fieldId > 0 ? scope : Scope::Ignore;
    target.m_customFieldId = fieldId;
    return target;
}

QString ImportTarget::fieldKey() const
{
    return m_customFieldId > 0 ? FieldDefinition::customKey(m_customFieldId) : m_key;
}

QString ImportTarget::text() const
{
    QString prefix;
    switch (m_scope) {
    case Scope::Ignore:
        return QStringLiteral("ignore");
    case Scope::Record:
        break;
    case Scope::Contact:
        prefix = kContact;
        break;
    case Scope::Company:
        prefix = kCompany;
        break;
    }
    return prefix + (m_customFieldId > 0 ? kCustom + QString::number(m_customFieldId) : m_key);
}

QString ImportTarget::problemKey() const
{
    switch (m_scope) {
    case Scope::Ignore:
        return {};
    case Scope::Record:
        return fieldKey();
    case Scope::Contact:
        return kContact + fieldKey();
    case Scope::Company:
        return kCompany + fieldKey();
    }
    return {};
}

const FieldDefinition *ImportTarget::definition(RecordKind kind, const LookupCatalog &catalog) const
{
    RecordKind owner = kind;
    if (m_scope == Scope::Ignore)
        return nullptr;
    if (m_scope != Scope::Record) {
        if (kind != RecordKind::Lead)
            return nullptr;
        owner = m_scope == Scope::Contact ? RecordKind::Contact : RecordKind::Company;
    }
    const RecordFields &fields = catalog.fields(owner);
    const int index = fields.indexOf(fieldKey());
    if (index < 0)
        return nullptr;
    const FieldDefinition &field = fields.at(index);
    // Local switches steer a form; a file says what it means with the fields themselves.
    if (field.local || field.neverSent())
        return nullptr;
    return &field;
}
