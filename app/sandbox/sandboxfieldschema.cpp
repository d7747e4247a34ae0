#include "sandbox/sandboxfieldschema.h"

#include <QJsonDocument>

#include <algorithm>

SandboxFieldSchema SandboxFieldSchema::fromJson(const QJsonArray &definitions)
{
    SandboxFieldSchema schema;
    for (const QJsonValue &value : definitions) {
        const QJsonObject object = value.toObject();
        Field field;
        field.id = object.value(QLatin1String("fieldId")).toInteger();
        field.type = object.value(QLatin1String("fieldType")).toInt();
        field.displayName = object.value(QLatin1String("displayName")).toString();
        field.required = object.value(QLatin1String("isRequired")).toBool();
        field.active = object.value(QLatin1String("isActive")).toBool(true);
        field.sortOrder = object.value(QLatin1String("sortOrder")).toInt();
        field.selectValues = object.value(QLatin1String("selectValues")).toObject();
        field.definition = object;
        if (field.id > 0)
            schema.m_fields.append(field);
    }
    std::stable_sort(schema.m_fields.begin(), schema.m_fields.end(),
                     [](const Field &a, const Field &b) { return a.sortOrder < b.sortOrder; });
    for (qsizetype i = 0; i < schema.m_fields.size(); ++i)
        schema.m_index.insert(schema.m_fields.at(i).id, i);
    return schema;
}

SandboxFieldSchema SandboxFieldSchema::fromText(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    SandboxFieldSchema schema = fromJson(document.array());
    if (document.isArray())
        schema.m_text = text;
    return schema;
}

QByteArray SandboxFieldSchema::text() const
{
    return m_text.isEmpty() ? QJsonDocument(toJson()).toJson(QJsonDocument::Compact) : m_text;
}

const SandboxFieldSchema::Field *SandboxFieldSchema::field(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_fields.at(*it);
}

QJsonArray SandboxFieldSchema::toJson() const
{
    if (!m_text.isEmpty())
        return QJsonDocument::fromJson(m_text).array();
    QJsonArray array;
    for (const Field &field : m_fields)
        array.append(field.definition);
    return array;
}
