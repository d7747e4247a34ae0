#pragma once

#include "model/fielddefinition.h"
#include "model/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

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

private:
    /// "lead schema, entry 3 (fieldId 12, 'Budget')": which entry a message is about.
    static QString entryName(const QJsonValue &entry, const QString &source, int index);
    /// One definition; `seen` holds the fieldIds of the entries before it.
    static Result<FieldDefinition> parseEntry(const QJsonObject &entry, int index,
                                              QSet<qint64> &seen);
    static Result<QList<QPair<QString, QString>>> parseSelectValues(const QJsonValue &values,
                                                                    int type);
};
