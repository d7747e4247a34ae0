#pragma once

#include "fields/fieldeditor.h"

#include <QList>
#include <QPair>

class QComboBox;

/// The shared part of the editors that pick one of a short list of choices: a
/// non-editable QComboBox whose first entry is empty ("not given") and in which
/// typing a label's first letters finds it. A value the list does not hold is
/// shown as an extra entry, so the person sees what the model holds.
class ComboFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    void refreshOptions() override;

protected:
    ComboFieldEditor(RecordModel *model, const QString &key, QWidget *parent);

    /// (label, value) of each choice, in display order: the row's OptionsRole.
    QList<QPair<QString, QJsonValue>> options() const;

    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    int indexOf(const QJsonValue &value) const;

    QComboBox *m_combo;
    QList<QJsonValue> m_values; ///< per combo entry; entry 0 is "not given"
    bool m_hasStray = false; ///< the last entry shows a value outside the list
};
