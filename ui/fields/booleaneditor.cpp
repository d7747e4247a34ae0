#include "fields/booleaneditor.h"

#include "model/recordmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace {
bool isTrue(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.isDouble() && value.toDouble() != 0;
}
} // namespace

BooleanEditor::BooleanEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_check(new QCheckBox(this))
{
    m_check->setObjectName(QStringLiteral("input"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
        const bool loaded = this->model() && !this->model()->original(this->key()).isUndefined();
        commit(checked ? QJsonValue(true) : loaded ? QJsonValue(false) : QJsonValue());
    });
    setFocusWidget(m_check);
    refresh();
}

QJsonValue BooleanEditor::editorValue() const
{
    // Unchecked and "not given" look the same; only a checked box differs.
    return m_check->isChecked() ? QJsonValue(true) : QJsonValue();
}

void BooleanEditor::showValue(const QJsonValue &value)
{
    m_check->setChecked(isTrue(value));
}
