#include "fields/combofieldeditor.h"

#include "fields/compactcombobox.h"
#include "model/recordmodel.h"

#include <QHBoxLayout>
#include <QSignalBlocker>

ComboFieldEditor::ComboFieldEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_combo(new CompactComboBox(16, this))
{
    m_combo->setObjectName(QStringLiteral("input"));
    m_combo->setMaxVisibleItems(15);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        commit(index >= 0 && index < m_values.size() ? m_values.at(index) : QJsonValue());
    });
    setFocusWidget(m_combo);
}

void ComboFieldEditor::refreshOptions()
{
    const QSignalBlocker blocker(m_combo);
    const QList<QPair<QString, QJsonValue>> choices = options();
    m_combo->clear();
    m_values.clear();
    m_values.reserve(choices.size() + 1);
    m_combo->addItem(QString());
    m_values.append(QJsonValue());
    for (const auto &[text, value] : choices) {
        m_combo->addItem(text);
        m_values.append(value);
    }
    m_hasStray = false;
    // The list changed under the shown value: show the model's value again.
    const QJsonValue value = modelValue();
    showValue(value);
}

QList<QPair<QString, QJsonValue>> ComboFieldEditor::options() const
{
    QList<QPair<QString, QJsonValue>> list;
    const QVariantList choices = rowData(RecordModel::OptionsRole).toList();
    list.reserve(choices.size());
    for (const QVariant &choice : choices) {
        const QVariantMap map = choice.toMap();
        list.append({map.value(QStringLiteral("label")).toString(),
                     QJsonValue::fromVariant(map.value(QStringLiteral("key")))});
    }
    return list;
}

QJsonValue ComboFieldEditor::editorValue() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_values.size() ? m_values.at(index) : QJsonValue();
}

void ComboFieldEditor::showValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_combo);
    if (m_hasStray) {
        m_combo->removeItem(m_combo->count() - 1);
        m_values.removeLast();
        m_hasStray = false;
    }
    int index = indexOf(value);
    if (index < 0) {
        const QString shown = value.isString() ? value.toString() : value.toVariant().toString();
        m_combo->addItem(tr("%1 (not one of the choices)").arg(shown));
        m_values.append(value);
        m_hasStray = true;
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

int ComboFieldEditor::indexOf(const QJsonValue &value) const
{
    if (sameValue(value, QJsonValue()))
        return 0;
    for (int i = 1; i < m_values.size(); ++i)
        if (sameValue(m_values.at(i), value))
            return i;
    // A number given as text ("12") still names the choice 12.
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        for (int i = 1; ok && i < m_values.size(); ++i)
            if (m_values.at(i).isDouble() && m_values.at(i).toDouble() == number)
                return i;
    }
    return -1;
}
