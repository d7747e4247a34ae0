#include "fields/statictexteditor.h"

StaticTextEditor::StaticTextEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ReadOnlyTextEditor(model, key, parent)
{
    refreshOptions();
}
