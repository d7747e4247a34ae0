#pragma once

#include <QString>

/// The three kinds of record LeadDesk edits.
enum class RecordKind
{
    Lead,
    Company,
    Contact
};

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
