#include "fields/idlisteditor.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>

IdListEditor::IdListEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setPlaceholderText(tr("Ids, separated by commas"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { commit(editorValue()); });
    setFocusWidget(m_edit);
    refresh();
}

QJsonValue IdListEditor::editorValue() const
{
    QJsonArray ids;
    const QStringList parts = m_edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        ids.append(ok ? QJsonValue(id) : QJsonValue(text));
    }
    return ids.isEmpty() ? QJsonValue() : QJsonValue(ids);
}

void IdListEditor::showValue(const QJsonValue &value)
{
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            parts.append(item.isDouble() ? QString::number(qint64(item.toDouble()))
                                         : item.toVariant().toString());
    } else if (!value.isNull() && !value.isUndefined()) {
        parts.append(value.toVariant().toString());
    }
    m_edit->setText(parts.join(QStringLiteral(", ")));
}
