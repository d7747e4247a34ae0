#pragma once

#include "model/recordkind.h"

#include <QString>

class LookupCatalog;
struct FieldDefinition;

/// Where one column of an import file goes, as MAP.json names it: a field of the record
/// (`name`, `sourceId` …), of the lead's new contact or company (`contact.email`,
/// `company.businessName`), a custom field (`customFields.12`, `contact.customFields.61`), or
/// nowhere (`ignore`).
class ImportTarget
{
public:
    enum class Scope
    {
        Ignore,
        Record, ///< the imported record itself
        Contact, ///< a lead's new contact
        Company, ///< a lead's new company
    };

    ImportTarget() = default;
    /// The target `text` names; Ignore for "ignore", "" and anything that is no target's shape.
    static ImportTarget parse(const QString &text);
    static ImportTarget field(Scope scope, const QString &key);
    static ImportTarget custom(Scope scope, int fieldId);

    Scope scope() const { return m_scope; }
    bool isIgnored() const { return m_scope == Scope::Ignore; }
    /// The field's key in its record: "email", or "custom:61" for a custom field.
    QString fieldKey() const;
    int customFieldId() const { return m_customFieldId; }
    /// As MAP.json writes it: "contact.customFields.61", "ignore".
    QString text() const;
    /// The key a rule problem names for this field ("contact.custom:61"): what puts a
    /// problem under its column.
    QString problemKey() const;

    /// The field this target fills for a record of `kind` under `catalog`; nullptr when it
    /// has none (an unknown key, a custom field the schema lacks, a nested record of a kind
    /// that has none, a field a file cannot fill).
    const FieldDefinition *definition(RecordKind kind, const LookupCatalog &catalog) const;

    bool operator==(const ImportTarget &other) const
    {
        return m_scope == other.m_scope && m_key == other.m_key
            && m_customFieldId == other.m_customFieldId;
    }
    bool operator!=(const ImportTarget &other) const { return !(*this == other); }

private:
    Scope m_scope = Scope::Ignore;
    QString m_key;
    int m_customFieldId = 0;
};
