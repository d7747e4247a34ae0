#include "fields/selecteditor.h"

#include "model/recordmodel.h"

SelectEditor::SelectEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}

QList<QPair<QString, QJsonValue>> SelectEditor::options() const
{
    QList<QPair<QString, QJsonValue>> list;
    const int row = model() ? model()->rowOf(key()) : -1;
    if (row < 0 || !model()->field(row).selectOptions)
        return list;
    const auto &items = model()->field(row).selectOptions->items();
    list.reserve(items.size());
    for (const auto &[value, text] : items)
        list.append({text, QJsonValue(value)});
    return list;
}
