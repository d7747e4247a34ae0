#include "fields/fileeditor.h"

#include "model/recordmodel.h"

#include <QLabel>

FileEditor::FileEditor(RecordModel *model, const QString &key, QWidget *parent)
    : ReadOnlyTextEditor(model, key, parent)
{
    // Greyed: a field the rep would otherwise expect to fill in here.
    textLabel()->setEnabled(false);
    refreshOptions();
}

QString FileEditor::text() const
{
    QString text = rowData(RecordModel::HelpRole).toString();
    if (text.isEmpty())
        text = tr("Files cannot be sent through the platform's API.");
    const int row = model() ? model()->rowOf(key()) : -1;
    const QStringList types = row < 0 ? QStringList() : model()->field(row).fileTypes;
    if (!types.isEmpty())
        text += QLatin1Char(' ') + tr("Accepted: %1.").arg(types.join(QStringLiteral(", ")));
    return text;
}
