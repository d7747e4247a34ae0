#pragma once

#include "fields/fieldeditor.h"

class QLineEdit;

/// A list of ids (FieldType::IdList: a contact's companies), typed
/// comma-separated. Writes an array: numbers for whole numbers, the text for
/// anything else so the model can name it.
class IdListEditor : public FieldEditor
{
    Q_OBJECT

public:
    IdListEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QLineEdit *m_edit;
};
