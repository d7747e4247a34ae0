#pragma once

#include "fields/combofieldeditor.h"

/// One of a fixed set of numbers with labels (FieldType::Enum: e-mail
/// subscription, agent …). Writes the number.
class EnumEditor : public ComboFieldEditor
{
    Q_OBJECT

public:
    EnumEditor(RecordModel *model, const QString &key, QWidget *parent);
};
