#pragma once

#include "fields/combofieldeditor.h"

/// An id from a lookup list (FieldType::Choice: source, type, subtype, owner …).
/// The choices come from RecordModel::lookupOptions() and follow the parent
/// field: a new type brings its subtypes (OptionsRole). Writes the id as a number.
class ChoiceEditor : public ComboFieldEditor
{
    Q_OBJECT

public:
    ChoiceEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QList<QPair<QString, QJsonValue>> options() const override;
};
