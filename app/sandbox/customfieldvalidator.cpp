#include "sandbox/customfieldvalidator.h"

#include "sandbox/addressvalidator.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>
#include <QSet>

namespace {
bool settable(int type)
{
    return type != SandboxFieldSchema::File && type != SandboxFieldSchema::StaticText;
}
} // namespace

CustomFieldValidator::CustomFieldValidator(const SandboxFieldSchema &schema, QString valueKey)
    : m_schema(schema)
    , m_valueKey(std::move(valueKey))
{ }

std::optional<SandboxError> CustomFieldValidator::checkKinds(const QJsonValue &customFields,
                                                             const QString &key) const
{
    if (!customFields.isArray())
        return SandboxError::doesNotValidate(key, QStringLiteral("Value must be an array"));
    const QJsonArray entries = customFields.toArray();
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject()) {
            return SandboxError::doesNotValidate(
                key, QStringLiteral("Each entry must be an object with fieldId and ") + m_valueKey);
        }
        if (!ValueCheck::wholeNumber(entry.toObject().value(QLatin1String("fieldId")))) {
            return SandboxError::doesNotValidate(
                key, QStringLiteral("Each entry needs a fieldId that is a whole number"));
        }
    }
    return std::nullopt;
}

void CustomFieldValidator::collectProblems(const QJsonValue &customFields, const QString &key,
                                           bool create, QStringList *problems) const
{
    QSet<qint64> seen;
    QSet<qint64> given;
    const QJsonArray entries = customFields.toArray();
    for (const QJsonValue &entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        qint64 id = 0;
        ValueCheck::wholeNumber(entry.value(QLatin1String("fieldId")), &id);
        const QString quoted
            = QLatin1Char('\'') + key + QLatin1Char('.') + QString::number(id) + QLatin1Char('\'');
        const SandboxFieldSchema::Field *field = m_schema.field(id);
        if (!field) {
            problems->append(quoted + QStringLiteral(" is not a custom field"));
            continue;
        }
        if (seen.contains(id)) {
            problems->append(quoted + QStringLiteral(" is given more than once"));
            continue;
        }
        seen.insert(id);
        if (!field->active)
            continue; // inactive fields take no values; whatever was sent is ignored
        if (!entry.contains(m_valueKey)) {
            problems->append(quoted + QStringLiteral(" has no ") + m_valueKey);
            continue;
        }
        const QJsonValue value = entry.value(m_valueKey);
        if (ValueCheck::isEmpty(value))
            continue;
        given.insert(id);
        checkValue(*field, value, quoted, problems);
    }

    if (!create)
        return;
    for (const SandboxFieldSchema::Field &field : m_schema.fields()) {
        // File and static-text fields cannot be set through the API, so they cannot be required.
        if (field.active && field.required && settable(field.type) && !given.contains(field.id)) {
            problems->append(QLatin1Char('\'') + key + QLatin1Char('.') + QString::number(field.id)
                             + QStringLiteral("' is required"));
        }
    }
}

void CustomFieldValidator::checkValue(const SandboxFieldSchema::Field &field,
                                      const QJsonValue &value, const QString &quoted,
                                      QStringList *problems) const
{
    switch (field.type) {
    case SandboxFieldSchema::SmallText:
    case SandboxFieldSchema::LargeText:
        if (!value.isString())
            problems->append(quoted + QStringLiteral(" must be text, not ")
                             + ValueCheck::kindName(value));
        break;
    case SandboxFieldSchema::SingleSelect:
    case SandboxFieldSchema::LargeSelect:
        if (!value.isString()) {
            problems->append(quoted + QStringLiteral(" must be the key of one of its values"));
        } else if (!field.selectValues.contains(value.toString())) {
            problems->append(quoted + QLatin1Char(' ') + ValueCheck::display(value)
                             + QStringLiteral(" is not one of its values"));
        }
        break;
    case SandboxFieldSchema::MultipleSelect: {
        if (!value.isArray()) {
            problems->append(quoted + QStringLiteral(" must be a list of keys of its values"));
            break;
        }
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString() || !field.selectValues.contains(item.toString())) {
                problems->append(quoted + QLatin1Char(' ') + ValueCheck::display(item)
                                 + QStringLiteral(" is not one of its values"));
            }
        }
        break;
    }
    case SandboxFieldSchema::Address:
        AddressValidator::collectProblems(value, quoted.mid(1, quoted.size() - 2), problems);
        break;
    case SandboxFieldSchema::Date:
        if (!value.isString() || !ValueCheck::validDate(value.toString())) {
            problems->append(quoted + QLatin1Char(' ') + ValueCheck::display(value)
                             + QStringLiteral(" is not a date in the form yyyy-mm-dd"));
        }
        break;
    case SandboxFieldSchema::File:
        problems->append(quoted + QStringLiteral(" is a file field and cannot be set"));
        break;
    case SandboxFieldSchema::StaticText:
        problems->append(quoted + QStringLiteral(" is static text and cannot be set"));
        break;
    case SandboxFieldSchema::WholeNumber:
        if (!ValueCheck::signedWholeNumber(value)) {
            problems->append(quoted + QLatin1Char(' ') + ValueCheck::display(value)
                             + QStringLiteral(" is not a whole number"));
        }
        break;
    default:
        // A type this sandbox does not know: accept text, as the platform shows it as text.
        if (!value.isString())
            problems->append(quoted + QStringLiteral(" must be text"));
        break;
    }
}

QJsonObject CustomFieldValidator::valuesToStore(const QJsonValue &customFields) const
{
    QJsonObject values;
    const QJsonArray entries = customFields.toArray();
    for (const QJsonValue &entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        qint64 id = 0;
        ValueCheck::wholeNumber(entry.value(QLatin1String("fieldId")), &id);
        const SandboxFieldSchema::Field *field = m_schema.field(id);
        const QJsonValue value = entry.value(m_valueKey);
        if (!field || !field->active || !settable(field->type) || ValueCheck::isEmpty(value))
            continue;
        QJsonValue stored = value;
        qint64 whole = 0;
        if (field->type == SandboxFieldSchema::WholeNumber
            && ValueCheck::signedWholeNumber(value, &whole)) {
            stored = whole;
        } else if (field->type == SandboxFieldSchema::Address) {
            stored = AddressValidator::normalized(value.toObject());
        }
        values.insert(QString::number(id), stored);
    }
    return values;
}
