#pragma once

#include "fields/fieldeditor.h"

class QLineEdit;

/// A whole number that may be left empty (FieldType::WholeNumber, custom
/// type 8 and numeric built-ins): a line edit that only takes digits and a
/// leading minus. Writes a JSON number; empty writes "not given".
class WholeNumberEditor : public FieldEditor
{
    Q_OBJECT

public:
    WholeNumberEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QLineEdit *m_edit;
};
