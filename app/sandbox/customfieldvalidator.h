#pragma once

#include "sandbox/sandboxerror.h"
#include "sandbox/sandboxfieldschema.h"

#include <QStringList>

#include <optional>

// Checks custom-field values ([{fieldId, <valueKey>}]) against a schema. Leads use the value key
// "fieldValue", contacts and companies "value".
class CustomFieldValidator
{
public:
    CustomFieldValidator(const SandboxFieldSchema &schema, QString valueKey);

    // 23016 when the list or one of its entries has the wrong JSON shape.
    std::optional<SandboxError> checkKinds(const QJsonValue &customFields,
                                           const QString &key) const;
    // Every value problem, and on create every active required field left empty. Values of
    // inactive fields are ignored.
    void collectProblems(const QJsonValue &customFields, const QString &key, bool create,
                         QStringList *problems) const;
    // fieldId -> value for the active fields given a non-empty value.
    QJsonObject valuesToStore(const QJsonValue &customFields) const;

private:
    void checkValue(const SandboxFieldSchema::Field &field, const QJsonValue &value,
                    const QString &quoted, QStringList *problems) const;

    const SandboxFieldSchema &m_schema;
    QString m_valueKey;
};
