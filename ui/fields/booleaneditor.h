#pragma once

#include "fields/fieldeditor.h"

class QCheckBox;

/// A yes/no value sent to the platform (FieldType::Boolean: privacy consent,
/// "update if it exists"). Checked writes true. Unchecked writes "not given",
/// unless the loaded record holds a value, so that an update can say false.
class BooleanEditor : public FieldEditor
{
    Q_OBJECT

public:
    BooleanEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QCheckBox *m_check;
};
