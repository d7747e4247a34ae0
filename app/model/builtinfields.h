#pragma once

#include "model/fielddefinition.h"
#include "model/recordkind.h"

/// The fields the platform's API documents for each record kind
/// (contact_add-or-update-lead/-company/-contact), in form order, plus the
/// local switches a lead form needs (belongs to contact or company, create
/// the contact/company inline).
class BuiltInFields
{
public:
    static const QList<FieldDefinition> &forKind(RecordKind kind);
};
