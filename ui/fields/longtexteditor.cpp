#include "fields/longtexteditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>

LongTextEditor::LongTextEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setTabChangesFocus(true);
    // About four lines: enough to see a paragraph, small enough for long forms.
    const int lines = 4;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines
                           + 2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin()))
                           + 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_edit->toPlainText();
        commit(text.isEmpty() ? QJsonValue() : text);
    });
    setFocusWidget(m_edit);
    refresh();
}

QJsonValue LongTextEditor::editorValue() const
{
    return m_edit->toPlainText();
}

void LongTextEditor::showValue(const QJsonValue &value)
{
    m_edit->setPlainText(value.isString() ? value.toString() : value.toVariant().toString());
}
