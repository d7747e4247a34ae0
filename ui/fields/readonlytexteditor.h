#pragma once

#include "fields/fieldeditor.h"

class QLabel;

/// A field shown as words only: no input, nothing written to the model, no
/// stop for Tab. Subclasses say what the words are (text()) and call
/// refreshOptions() once they are constructed.
class ReadOnlyTextEditor : public FieldEditor
{
    Q_OBJECT

public:
    QLabel *textLabel() const { return m_text; }
    void refreshOptions() override;
    QWidgetList tabWidgets() const override { return {}; }

protected:
    ReadOnlyTextEditor(RecordModel *model, const QString &key, QWidget *parent);
    virtual QString text() const = 0;
    QJsonValue editorValue() const override { return modelValue(); }
    void showValue(const QJsonValue &) override { }

private:
    QLabel *m_text;
};
