#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Custom-field definitions of one record kind, in the getCustomFieldDefinition shape.
class SandboxFieldSchema
{
public:
    enum Type
    {
        SmallText = 0,
        LargeText = 1,
        SingleSelect = 2,
        MultipleSelect = 3,
        Address = 4,
        Date = 5,
        File = 6,
        StaticText = 7,
        WholeNumber = 8,
        LargeSelect = 9,
    };

    struct Field
    {
        qint64 id = 0;
        int type = SmallText;
        QString displayName;
        bool required = false;
        bool active = true;
        int sortOrder = 0;
        QJsonObject selectValues;
        QJsonObject definition; // as read, so it is served back unchanged
    };

    static SandboxFieldSchema fromJson(const QJsonArray &definitions);

    const Field *field(qint64 id) const;
    const QList<Field> &fields() const { return m_fields; }
    QJsonArray toJson() const;

private:
    QList<Field> m_fields;
    QHash<qint64, qsizetype> m_index;
};
