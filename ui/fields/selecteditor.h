#pragma once

#include "fields/combofieldeditor.h"

/// One key of a custom field's selectValues (FieldType::Select, custom type 2).
/// Writes the key as a string.
class SelectEditor : public ComboFieldEditor
{
    Q_OBJECT

public:
    SelectEditor(RecordModel *model, const QString &key, QWidget *parent);
};
