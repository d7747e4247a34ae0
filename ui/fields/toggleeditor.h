#pragma once

#include "fields/fieldeditor.h"

class QCheckBox;

/// A local switch that steers the form and is never sent (FieldType::Toggle:
/// "create a new contact"). Writes true or false.
class ToggleEditor : public FieldEditor
{
    Q_OBJECT

public:
    ToggleEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QCheckBox *m_check;
};
