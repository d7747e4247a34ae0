#include "fileeditor.h"

#include "recordmodel.h"

#include <QHBoxLayout>
#include <QLabel>

FileEditor::FileEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    setFocusPolicy(Qt::NoFocus);
    refreshOptions();
    setFocusWidget(m_text);
}

void FileEditor::refreshOptions()
{
    QString text = rowData(RecordModel::HelpRole).toString();
    if (text.isEmpty())
        text = tr("Files cannot be sent through the platform's API.");
    const int row = model() ? model()->rowOf(key()) : -1;
    const QStringList types = row < 0 ? QStringList() : model()->field(row).fileTypes;
    if (!types.isEmpty())
        text += QLatin1Char(' ') + tr("Accepted: %1.").arg(types.join(QStringLiteral(", ")));
    m_text->setText(text);
}
