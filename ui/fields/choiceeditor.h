#pragma once

#include "fields/combofieldeditor.h"

/// An id from a lookup list (FieldType::Choice: source, type, subtype, owner …).
/// The choices (OptionsRole) follow the parent field: a new type brings its
/// subtypes. Writes the id as a number.
class ChoiceEditor : public ComboFieldEditor
{
    Q_OBJECT

public:
    ChoiceEditor(RecordModel *model, const QString &key, QWidget *parent);
};
