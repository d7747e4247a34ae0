#pragma once

#include "fields/readonlytexteditor.h"

/// A file custom field (FieldType::File, custom type 6): shown but not
/// editable, since the platform's JSON API takes no file. Shows the model's
/// help text (why, and where to attach the file) and the accepted file types.
class FileEditor : public ReadOnlyTextEditor
{
    Q_OBJECT

public:
    FileEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QString text() const override;
};
