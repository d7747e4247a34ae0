#pragma once

#include "fieldeditor.h"

class QLabel;

/// A custom field that is only text to read (FieldType::StaticText, custom
/// type 7): its label, word-wrapped. Takes no input and never writes.
class StaticTextEditor : public FieldEditor
{
    Q_OBJECT

public:
    StaticTextEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLabel *textLabel() const { return m_text; }
    void refreshOptions() override;
    QWidgetList tabWidgets() const override { return {}; }

protected:
    QJsonValue editorValue() const override { return modelValue(); }
    void showValue(const QJsonValue &) override { }

private:
    QLabel *m_text;
};
