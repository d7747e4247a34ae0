#include "fields/wholenumbereditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

WholeNumberEditor::WholeNumberEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    // Letters and decimal points are not typed into a number; a date is. Dropping its dashes
    // would turn 2027-04-04, typed here by mistake, into 20270404 without a word, so what
    // looks like a date stays as typed and the model says it is not a whole number.
    static const QRegularExpression typeable(QStringLiteral("-?[0-9]{0,15}([-/][0-9/-]{0,16})?"));
    m_edit->setValidator(new QRegularExpressionValidator(typeable, m_edit));
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
