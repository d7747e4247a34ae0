#include "model/recordbody.h"

#include "model/recordmodel.h"
#include "model/recordrules.h"
#include "model/valuechecks.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordBody", text);
}

/// Whether a built-in field of a lead takes part in its body, given the contact type.
bool leadFieldApplies(const RecordModel &lead, const QString &key)
{
    const bool companyLead = RecordRules::isCompanyLead(lead);
    if (key == QStringLiteral("contactId"))
        return !companyLead && !RecordRules::usesNestedContact(lead);
    if (key == QStringLiteral("companyId"))
        return companyLead && !RecordRules::usesNestedCompany(lead);
    if (key == QStringLiteral("companyLeadContactId"))
        return companyLead && !RecordRules::usesNestedContact(lead);
    return true;
}
} // namespace

QString RecordBody::customValueKey(const RecordModel &model)
{
    return model.kind() == RecordKind::Lead ? QStringLiteral("fieldValue")
                                            : QStringLiteral("value");
}

QJsonObject RecordBody::build(const RecordModel &model)
{
    QJsonObject body;
    const bool update = model.isUpdate();
    if (update)
        body.insert(QStringLiteral("id"), model.recordId());
    QJsonArray custom;
    const QString valueKey = customValueKey(model);
    for (const FieldDefinition &f : model.fields()) {
        if (f.neverSent() || !f.active)
            continue;
        if (model.kind() == RecordKind::Lead && !leadFieldApplies(model, f.key))
            continue;
        const QJsonValue value = model.value(f.key);
        if (update && !model.isChanged(f.key))
            continue;
        if (ValueChecks::isEmpty(value)) {
            // An update says what was emptied (null); a create leaves empty fields out.
            if (!update
                || (ValueChecks::isEmpty(model.original(f.key)) && !model.wasEmptied(f.key)))
                continue;
            if (f.isCustom())
                custom.append(QJsonObject {{QStringLiteral("fieldId"), f.customFieldId},
                                           {valueKey, QJsonValue::Null}});
            else
                body.insert(f.key, QJsonValue::Null);
            continue;
        }
        if (f.isCustom())
            custom.append(
                QJsonObject {{QStringLiteral("fieldId"), f.customFieldId}, {valueKey, value}});
        else
            body.insert(f.key, value);
    }
    if (!custom.isEmpty())
        body.insert(QStringLiteral("customFields"), custom);
    if (model.kind() == RecordKind::Lead) {
        if (RecordRules::usesNestedContact(model))
            body.insert(QStringLiteral("contact"), build(*model.nestedContact()));
        if (RecordRules::usesNestedCompany(model))
            body.insert(QStringLiteral("company"), build(*model.nestedCompany()));
    }
    return body;
}

void RecordBody::load(RecordModel &model, const QJsonObject &body)
{
    const bool lead = model.kind() == RecordKind::Lead;
    const QString kindName = recordKindName(model.kind());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == QStringLiteral("id")) {
            const QString problem = ValueChecks::id(value);
            if (problem.isEmpty())
                model.setRecordId(ValueChecks::toId(value));
            else
                model.addLoadProblem(key, problem);
        } else if (key == QStringLiteral("customFields")) {
            if (!value.isArray()) {
                model.addLoadProblem(key, tr("must be a list of custom field values"));
                continue;
            }
            const QString valueKey = customValueKey(model);
            const QJsonArray items = value.toArray();
            for (int i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                const QString where = QStringLiteral("customFields[%1]").arg(i);
                const QString idProblem = ValueChecks::id(item.value(QStringLiteral("fieldId")));
                if (!items.at(i).isObject() || !idProblem.isEmpty()) {
                    model.addLoadProblem(where, tr("needs a fieldId"));
                    continue;
                }
                const int fieldId = int(ValueChecks::toId(item.value(QStringLiteral("fieldId"))));
                const QString fieldKey = FieldDefinition::customKey(fieldId);
                if (!model.hasField(fieldKey)) {
                    model.addLoadProblem(
                        fieldKey, tr("there is no %1 custom field %2").arg(kindName).arg(fieldId));
                    continue;
                }
                if (!item.contains(valueKey)) {
                    model.addLoadProblem(
                        fieldKey, tr("a %1 custom field takes '%2'").arg(kindName, valueKey));
                    continue;
                }
                model.setValueInternal(fieldKey, item.value(valueKey), false);
            }
        } else if (lead && (key == QStringLiteral("contact") || key == QStringLiteral("company"))) {
            RecordModel *nested
                = key == QStringLiteral("contact") ? model.nestedContact() : model.nestedCompany();
            if (!value.isObject()) {
                model.addLoadProblem(key,
                                     tr("must be an object with the new %1's details").arg(key));
                continue;
            }
            nested->loadBody(value.toObject());
            model.setValueInternal(key == QStringLiteral("contact") ? QStringLiteral("newContact")
                                                                    : QStringLiteral("newCompany"),
                                   true, false);
        } else if (model.hasField(key) && !model.field(model.rowOf(key)).local
                   && !model.field(model.rowOf(key)).isCustom()) {
            // In an update, null empties the field on the platform.
            if (value.isNull() && body.contains(QStringLiteral("id")))
                model.m_emptied.insert(key);
            model.setValueInternal(key, value, false);
        } else {
            model.addLoadProblem(key, tr("'%1' is not a %2 field").arg(key, kindName));
        }
    }
    if (lead) {
        auto has = [&body](const char *key) { return body.contains(QLatin1String(key)); };
        const bool companyLead = has("companyId") || has("company");
        // The API decides the contact type from which keys are present; keys
        // of the other type would be dropped silently, so name them.
        if (has("companyId") && has("company"))
            model.addLoadProblem(QStringLiteral("company"),
                                 tr("give either companyId or a new company, not both"));
        if (has("contactId") && has("contact"))
            model.addLoadProblem(QStringLiteral("contact"),
                                 tr("give either contactId or a new contact, not both"));
        if (has("companyLeadContactId") && has("contact"))
            model.addLoadProblem(QStringLiteral("contact"),
                                 tr("give either companyLeadContactId or a new contact, not both"));
        if (companyLead && has("contactId"))
            model.addLoadProblem(QStringLiteral("contactId"),
                                 tr("a lead that belongs to a company takes "
                                    "companyLeadContactId, not contactId"));
        if (!companyLead && has("companyLeadContactId"))
            model.addLoadProblem(QStringLiteral("companyLeadContactId"),
                                 tr("companyLeadContactId needs companyId or a new company"));
        model.setValueInternal(QStringLiteral("contactType"),
                               companyLead ? QStringLiteral("company") : QStringLiteral("contact"),
                               false);
    }
}
