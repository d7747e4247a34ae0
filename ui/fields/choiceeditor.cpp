#include "fields/choiceeditor.h"

ChoiceEditor::ChoiceEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}
