#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// The three kinds of record LeadDesk edits.
enum class RecordKind
{
    Lead,
    Company,
    Contact
};

/// "lead", "company" or "contact": how outbox items, drafts, the CLI's --kind
/// and a lead's nested records name a kind.
inline QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Lead:
        return QStringLiteral("lead");
    case RecordKind::Company:
        return QStringLiteral("company");
    case RecordKind::Contact:
        return QStringLiteral("contact");
    }
    return QString();
}

/// The kind recordKindName() names; nullopt for any other text.
inline std::optional<RecordKind> recordKindFromName(QStringView name)
{
    for (RecordKind kind : {RecordKind::Lead, RecordKind::Company, RecordKind::Contact})
        if (name == recordKindName(kind))
            return kind;
    return std::nullopt;
}

/// The platform action that adds or updates a record of this kind (namespace `contact`).
inline QString recordKindAction(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Lead:
        return QStringLiteral("addOrUpdateLead");
    case RecordKind::Company:
        return QStringLiteral("addOrUpdateCompany");
    case RecordKind::Contact:
        return QStringLiteral("addOrUpdateContact");
    }
    return QString();
}
