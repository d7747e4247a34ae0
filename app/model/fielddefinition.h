#pragma once

#include "model/fieldtype.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

/// The keys and labels of a select field, in display order, with O(1) lookup.
class SelectOptions
{
public:
    SelectOptions() = default;
    explicit SelectOptions(QList<QPair<QString, QString>> options);

    const QList<QPair<QString, QString>> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    QString label(const QString &key) const;

private:
    QList<QPair<QString, QString>> m_items;
    QHash<QString, int> m_index;
};

/// One field of a record: a built-in field of the API or a custom field.
struct FieldDefinition
{
    QString key; ///< body key ("sourceId"), or "custom:<fieldId>"
    QString label; ///< what a person reads
    FieldType type = FieldType::Text;
    QString section; ///< "lead", "belongsTo", "details", "custom"
    QString lookup; ///< for Choice: which lookup list ("sources", "subtypes" …)
    QString help; ///< shown under the field (why a file cannot be sent …)
    /// Shown only in full forms (not for an inline new contact/company).
    bool advanced = false;
    /// A local field that steers the form and is never part of the body.
    bool local = false;
    /// For Enum fields: the allowed numbers and their labels.
    QList<QPair<int, QString>> enumValues;

    // Custom fields only.
    int customFieldId = 0;
    int customType = -1;
    bool requiredByDefinition = false;
    bool active = true;
    int sortOrder = 0;
    std::shared_ptr<const SelectOptions> selectOptions;
    QStringList fileTypes;

    bool isCustom() const { return customFieldId > 0; }
    /// Never part of a request body (file, static text, local switches).
    bool neverSent() const
    {
        return local || type == FieldType::File || type == FieldType::StaticText;
    }
    static QString customKey(int fieldId) { return QStringLiteral("custom:%1").arg(fieldId); }
};
