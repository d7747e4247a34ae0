#include "fields/choiceeditor.h"

#include "model/recordmodel.h"

ChoiceEditor::ChoiceEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}

QList<QPair<QString, QJsonValue>> ChoiceEditor::options() const
{
    QList<QPair<QString, QJsonValue>> list;
    if (!model())
        return list;
    const QList<LookupOption> lookup = model()->lookupOptions(key());
    list.reserve(lookup.size());
    for (const LookupOption &option : lookup)
        list.append({option.label, QJsonValue(option.id)});
    return list;
}
