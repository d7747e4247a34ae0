#include "fields/readonlytexteditor.h"

#include <QHBoxLayout>
#include <QLabel>

ReadOnlyTextEditor::ReadOnlyTextEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    setFocusPolicy(Qt::NoFocus);
    setFocusWidget(m_text);
}

void ReadOnlyTextEditor::refreshOptions()
{
    m_text->setText(text());
}
