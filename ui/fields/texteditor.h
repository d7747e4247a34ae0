#pragma once

#include "fields/fieldeditor.h"

class QLineEdit;

/// A single line of text (FieldType::Text, FieldType::Email): a QLineEdit that
/// writes what is typed as a JSON string, keystroke by keystroke.
class TextEditor : public FieldEditor
{
    Q_OBJECT

public:
    TextEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QLineEdit *m_edit;
};
