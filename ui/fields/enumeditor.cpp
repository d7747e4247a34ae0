#include "fields/enumeditor.h"

EnumEditor::EnumEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}
