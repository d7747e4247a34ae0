#include "fields/texteditor.h"

#include "model/recordmodel.h"

#include <QHBoxLayout>
#include <QLineEdit>

TextEditor::TextEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    if (rowData(RecordModel::FieldTypeRole).value<FieldType>() == FieldType::Email)
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit(text.isEmpty() ? QJsonValue() : text); });
    setFocusWidget(m_edit);
    refresh();
}

QJsonValue TextEditor::editorValue() const
{
    return m_edit->text();
}

void TextEditor::showValue(const QJsonValue &value)
{
    m_edit->setText(value.isString() ? value.toString() : value.toVariant().toString());
    m_edit->setCursorPosition(0);
}
