#pragma once

#include "model/fielddefinition.h"
#include "model/result.h"

#include <QJsonArray>

/// Custom-field definitions in the shape of getCustomFieldDefinition: parsed
/// from the platform's answer or from an admin's lead schema file, checked
/// entry by entry so a bad file is refused with the entry named.
class CustomFieldSchema
{
public:
    /// `source` names where the definitions came from, for messages.
    static Result<QList<FieldDefinition>> parse(const QJsonArray &definitions,
                                                const QString &source);
    /// The definitions in the same JSON shape, for export.
    static QJsonArray toJson(const QList<FieldDefinition> &definitions);
    static FieldType fieldTypeFor(int customType);
    static QString typeName(int customType);
};
