#include "model/recordfields.h"

#include "model/builtinfields.h"

RecordFields::RecordFields(RecordKind kind, const QList<FieldDefinition> &customFields)
    : m_kind(kind)
    , m_fields(BuiltInFields::forKind(kind) + customFields)
{
    m_index.reserve(m_fields.size());
    m_initialUpdate.resize(m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldDefinition &f = m_fields.at(i);
        m_index.insert(f.key, i);
        if (f.isCustom())
            m_customIndex.insert(f.customFieldId, i);
        // Inactive fields are hidden and never required.
        m_initialUpdate[i].visible = f.active;
        if (f.isCustom() && f.active && f.requiredByDefinition && !f.neverSent())
            m_requiredCustom.append(i);
    }
    m_initialCreate = m_initialUpdate;
    for (int i : std::as_const(m_requiredCustom))
        m_initialCreate[i].required = true;
}
