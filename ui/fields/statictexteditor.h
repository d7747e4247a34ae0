#pragma once

#include "fields/readonlytexteditor.h"

/// A custom field that is only text to read (FieldType::StaticText, custom
/// type 7): its label, word-wrapped. Takes no input and never writes.
class StaticTextEditor : public ReadOnlyTextEditor
{
    Q_OBJECT

public:
    StaticTextEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QString text() const override { return label(); }
};
