#pragma once

#include <QByteArray>
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
    /// From the text of a seed file, which is then served as it is written: a QJsonObject
    /// would sort the keys of `selectValues`, and the platform sends them in its own order.
    static SandboxFieldSchema fromText(const QByteArray &text);

    const Field *field(qint64 id) const;
    const QList<Field> &fields() const { return m_fields; }
    QJsonArray toJson() const;
    /// The definitions as JSON text: the seed's text when read from one.
    QByteArray text() const;

private:
    QList<Field> m_fields;
    QHash<qint64, qsizetype> m_index;
    QByteArray m_text;
};
