#include "model/recordbody.h"

#include "model/fieldkeys.h"
#include "model/lookupcatalog.h"
#include "model/record.h"
#include "model/recordrules.h"
#include "model/valuechecks.h"

#include <QJsonArray>

namespace {
/// `value` with each element made a wire id (a list of ids).
QJsonValue wireIds(const QJsonValue &value)
{
    if (!value.isArray())
        return value;
    QJsonArray ids;
    const QJsonArray given = value.toArray();
    for (const QJsonValue &id : given)
        ids.append(RecordBody::wireId(id));
    return ids;
}

/// A contact's subscription groups with each groupId a wire id.
QJsonValue wireGroups(const QJsonValue &value)
{
    if (!value.isArray())
        return value;
    QJsonArray groups;
    const QJsonArray entries = value.toArray();
    for (const QJsonValue &entry : entries) {
        QJsonObject group = entry.toObject();
        if (entry.isObject() && group.contains(FieldKeys::groupId))
            group.insert(FieldKeys::groupId, RecordBody::wireId(group.value(FieldKeys::groupId)));
        groups.append(entry.isObject() ? QJsonValue(group) : entry);
    }
    return groups;
}
} // namespace

QString RecordBody::customValueKey(RecordKind kind)
{
    return kind == RecordKind::Lead ? FieldKeys::fieldValue : FieldKeys::value;
}

QJsonValue RecordBody::wireId(const QJsonValue &value)
{
    if (value.isString() && ValueChecks::id(value).isEmpty())
        return QJsonValue(ValueChecks::toId(value));
    return value;
}

QJsonValue RecordBody::wireValue(const FieldDefinition &field, const QJsonValue &value)
{
    switch (field.type) {
    case FieldType::Choice:
    case FieldType::ContactRef:
    case FieldType::CompanyRef:
        return wireId(value);
    case FieldType::IdList:
        return wireIds(value);
    case FieldType::JsonValue:
        return field.key == FieldKeys::groups ? wireGroups(value) : value;
    default:
        return value;
    }
}

QJsonObject RecordBody::build(const Record &record, const LookupCatalog &catalog)
{
    QJsonObject body;
    const bool update = record.isUpdate();
    if (update)
        body.insert(FieldKeys::id, record.id());
    QJsonArray custom;
    const QString valueKey = customValueKey(record.kind());
    for (const FieldDefinition &f : catalog.fields(record.kind()).list()) {
        if (f.neverSent() || !f.active || !RecordRules::belongsToApplies(record, f.key))
            continue;
        if (update && !record.isChanged(f.key))
            continue;
        QJsonValue value = record.value(f.key);
        // The platform keeps text trimmed; sent as typed, a look-up after an uncertain answer
        // would search for what the platform never stored. What the inspector shows goes out.
        if (value.isString())
            value = value.toString().trimmed();
        if (ValueChecks::isEmpty(value)) {
            // An update says what was emptied (null); a create leaves empty fields out.
            if (!update
                || (ValueChecks::isEmpty(record.original(f.key)) && !record.wasEmptied(f.key)))
                continue;
            value = QJsonValue::Null;
        } else {
            value = wireValue(f, value);
        }
        if (f.isCustom())
            custom.append(QJsonObject {{FieldKeys::fieldId, f.customFieldId}, {valueKey, value}});
        else
            body.insert(f.key, value);
    }
    if (!custom.isEmpty())
        body.insert(FieldKeys::customFields, custom);
    if (RecordRules::usesNestedContact(record))
        body.insert(FieldKeys::contact, build(record.nestedContact(), catalog));
    if (RecordRules::usesNestedCompany(record))
        body.insert(FieldKeys::company, build(record.nestedCompany(), catalog));
    return body;
}

Record RecordBody::load(RecordKind kind, const QJsonObject &body, const LookupCatalog &catalog)
{
    Record record(kind);
    const RecordFields &fields = catalog.fields(kind);
    const bool lead = kind == RecordKind::Lead;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        const int index = fields.indexOf(key);
        if (key == FieldKeys::id) {
            const QString problem = ValueChecks::id(value);
            if (problem.isEmpty())
                record.setId(ValueChecks::toId(value));
            else
                record.addLoadProblem(key, problem);
        } else if (key == FieldKeys::customFields) {
            loadCustomFields(record, value, fields);
        } else if (lead && (key == FieldKeys::contact || key == FieldKeys::company)) {
            loadNested(record, key, value, catalog);
        } else if (index >= 0 && !fields.at(index).local && !fields.at(index).isCustom()) {
            // In an update, null empties the field on the platform.
            if (value.isNull() && body.contains(FieldKeys::id))
                record.markEmptied(key);
            record.setValue(key, value);
        } else {
            record.addLoadProblem(key, tr("'%1' is not a %2 field").arg(key, recordKindName(kind)));
        }
    }
    if (lead)
        checkBelongsTo(record, body);
    return record;
}

void RecordBody::loadCustomFields(Record &record, const QJsonValue &value,
                                  const RecordFields &fields)
{
    if (!value.isArray()) {
        record.addLoadProblem(FieldKeys::customFields, tr("must be a list of custom field values"));
        return;
    }
    const QString kindName = recordKindName(record.kind());
    const QString valueKey = customValueKey(record.kind());
    const QJsonArray items = value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue fieldId = item.value(FieldKeys::fieldId);
        if (!items.at(i).isObject() || !ValueChecks::id(fieldId).isEmpty()) {
            record.addLoadProblem(QStringLiteral("customFields[%1]").arg(i), tr("needs a fieldId"));
            continue;
        }
        const int id = int(ValueChecks::toId(fieldId));
        const int index = fields.indexOfCustom(id);
        if (index < 0) {
            record.addLoadProblem(FieldDefinition::customKey(id),
                                  tr("there is no %1 custom field %2").arg(kindName).arg(id));
            continue;
        }
        const QString &fieldKey = fields.at(index).key;
        if (!item.contains(valueKey)) {
            record.addLoadProblem(fieldKey,
                                  tr("a %1 custom field takes '%2'").arg(kindName, valueKey));
            continue;
        }
        record.setValue(fieldKey, item.value(valueKey));
    }
}

void RecordBody::loadNested(Record &lead, const QString &key, const QJsonValue &value,
                            const LookupCatalog &catalog)
{
    if (!value.isObject()) {
        lead.addLoadProblem(key, tr("must be an object with the new %1's details").arg(key));
        return;
    }
    const RecordKind kind = recordKindFromName(key).value_or(RecordKind::Contact);
    Record nested = load(kind, value.toObject(), catalog);
    if (kind == RecordKind::Contact) {
        lead.nestedContact() = std::move(nested);
        lead.setValue(FieldKeys::newContact, true);
    } else {
        lead.nestedCompany() = std::move(nested);
        lead.setValue(FieldKeys::newCompany, true);
    }
}

void RecordBody::checkBelongsTo(Record &lead, const QJsonObject &body)
{
    auto has = [&body](const QString &key) { return body.contains(key); };
    const bool companyLead = has(FieldKeys::companyId) || has(FieldKeys::company);
    // The API decides the contact type from which keys are present; keys
    // of the other type would be dropped silently, so name them.
    if (has(FieldKeys::companyId) && has(FieldKeys::company))
        lead.addLoadProblem(FieldKeys::company,
                            tr("give either companyId or a new company, not both"));
    if (has(FieldKeys::contactId) && has(FieldKeys::contact))
        lead.addLoadProblem(FieldKeys::contact,
                            tr("give either contactId or a new contact, not both"));
    if (has(FieldKeys::companyLeadContactId) && has(FieldKeys::contact))
        lead.addLoadProblem(FieldKeys::contact,
                            tr("give either companyLeadContactId or a new contact, not both"));
    if (companyLead && has(FieldKeys::contactId))
        lead.addLoadProblem(FieldKeys::contactId,
                            tr("a lead that belongs to a company takes "
                               "companyLeadContactId, not contactId"));
    if (!companyLead && has(FieldKeys::companyLeadContactId))
        lead.addLoadProblem(FieldKeys::companyLeadContactId,
                            tr("companyLeadContactId needs companyId or a new company"));
    lead.setValue(FieldKeys::contactType,
                  companyLead ? FieldKeys::companyLead : FieldKeys::contactLead);
}
