#pragma once

#include "model/fielddefinition.h"
#include "model/fieldstate.h"
#include "model/recordkind.h"

#include <QHash>
#include <QList>
#include <QVector>

/// The fields a record of one kind has under one catalog: the built-in
/// fields, then the custom fields in their sortOrder. Built once per catalog,
/// so checking a record looks each key up in a hash instead of walking lists.
class RecordFields
{
public:
    RecordFields() = default;
    RecordFields(RecordKind kind, const QList<FieldDefinition> &customFields);

    RecordKind kind() const { return m_kind; }
    const QList<FieldDefinition> &list() const { return m_fields; }
    int size() const { return int(m_fields.size()); }
    const FieldDefinition &at(int index) const { return m_fields.at(index); }
    /// -1 when the kind has no such field.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    /// The index of custom field `fieldId`; -1 when the kind has none such.
    int indexOfCustom(int fieldId) const { return m_customIndex.value(fieldId, -1); }

    /// The active custom fields a new record must fill.
    const QList<int> &requiredCustom() const { return m_requiredCustom; }
    /// Where the rules start for each field: shown when active, and in a new
    /// record the required custom fields required.
    const QVector<FieldState> &initialStates(bool update) const
    {
        return update ? m_initialUpdate : m_initialCreate;
    }

private:
    RecordKind m_kind = RecordKind::Lead;
    QList<FieldDefinition> m_fields;
    QHash<QString, int> m_index;
    QHash<int, int> m_customIndex;
    QList<int> m_requiredCustom;
    QVector<FieldState> m_initialCreate;
    QVector<FieldState> m_initialUpdate;
};
