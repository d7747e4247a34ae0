#include "fields/selecteditor.h"

SelectEditor::SelectEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ComboFieldEditor(model, key, parent)
{
    refreshOptions();
}
