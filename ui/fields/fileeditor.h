#pragma once

#include "fieldeditor.h"

class QLabel;

/// A file custom field (FieldType::File, custom type 6): shown but not
/// editable, since the platform's JSON API takes no file. Shows the model's
/// help text (why, and where to attach the file) and the accepted file types.
class FileEditor : public FieldEditor
{
    Q_OBJECT

public:
    FileEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLabel *textLabel() const { return m_text; }
    void refreshOptions() override;
    QWidgetList tabWidgets() const override { return {}; }

protected:
    QJsonValue editorValue() const override { return modelValue(); }
    void showValue(const QJsonValue &) override { }

private:
    QLabel *m_text;
};
