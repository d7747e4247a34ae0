#include "fields/toggleeditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

ToggleEditor::ToggleEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_check(new QCheckBox(this))
{
    m_check->setObjectName(QStringLiteral("input"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) { commit(checked); });
    setFocusWidget(m_check);
    refresh();
}

QJsonValue ToggleEditor::editorValue() const
{
    return m_check->isChecked();
}

void ToggleEditor::showValue(const QJsonValue &value)
{
    m_check->setChecked(value.toBool(false));
}
