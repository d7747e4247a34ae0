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
    /// Reads a schema file (JsonFile::readArray) keeping the order of its select values.
    static Result<QJsonArray> readFile(const QString &path);
    /// The definitions in the same JSON shape, for export.
    static QJsonArray toJson(const QList<FieldDefinition> &definitions);
    static FieldType fieldTypeFor(int customType);
    static QString typeName(int customType);

    /// `definitions` with each object `selectValues` given its order as `text` (the JSON the
    /// definitions were read from) writes it: QJsonObject sorts keys, and the options are meant
    /// in the platform's order. The order goes in a `selectValuesOrder` list beside them,
    /// unless the definition has one already (a file LeadDesk exported).
    static QJsonArray withSelectOrder(QJsonArray definitions, const QByteArray &text);
    /// The select values of one definition in their order: `selectValuesOrder` first, then any
    /// key it does not name in key order; an array of values as it is. Labels that are not
    /// text are read as empty.
    static QList<QPair<QString, QString>> orderedSelectValues(const QJsonObject &entry);
    /// Writes `values` into a definition as `selectValues` and `selectValuesOrder`.
    static void setSelectValues(QJsonObject &entry, const QList<QPair<QString, QString>> &values);

private:
    /// "lead schema, entry 3 (fieldId 12, 'Budget')": which entry a message is about.
    static QString entryName(const QJsonValue &entry, const QString &source, int index);
    /// One definition; `seen` holds the fieldIds of the entries before it.
    static Result<FieldDefinition> parseEntry(const QJsonObject &entry, int index,
                                              QSet<qint64> &seen);
    static Result<QList<QPair<QString, QString>>> parseSelectValues(const QJsonObject &entry,
                                                                    int type);
};
