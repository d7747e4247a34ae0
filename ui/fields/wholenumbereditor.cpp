#include "fields/wholenumbereditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

WholeNumberEditor::WholeNumberEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    // What can be typed, not what is valid: "-" alone passes, and the model says so.
    static const QRegularExpression digits(QStringLiteral("-?[0-9]{0,15}"));
    m_edit->setValidator(new QRegularExpressionValidator(digits, m_edit));
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 17 + 16);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { commit(editorValue()); });
    setFocusWidget(m_edit);
    refresh();
}

QJsonValue WholeNumberEditor::editorValue() const
{
    const QString text = m_edit->text();
    if (text.isEmpty())
        return QJsonValue();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    // Text that is not a number yet ("-") goes as typed, for the model to name.
    return ok ? QJsonValue(number) : QJsonValue(text);
}

void WholeNumberEditor::showValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        m_edit->setText(number == double(qint64(number)) ? QString::number(qint64(number))
                                                         : QString::number(number));
    } else {
        m_edit->setText(value.isString() ? value.toString() : value.toVariant().toString());
    }
}
