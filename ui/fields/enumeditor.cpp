#include "fields/enumeditor.h"

#include "model/recordmodel.h"

EnumEditor::EnumEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}

QList<QPair<QString, QJsonValue>> EnumEditor::options() const
{
    QList<QPair<QString, QJsonValue>> list;
    const int row = model() ? model()->rowOf(key()) : -1;
    if (row < 0)
        return list;
    for (const auto &[number, text] : model()->field(row).enumValues)
        list.append({text, QJsonValue(number)});
    return list;
}
