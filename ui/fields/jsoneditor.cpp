#include "fields/jsoneditor.h"

#include "model/fieldkeys.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

JsonEditor::JsonEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(placeholderFor(key));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3
                           + 2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin()))
                           + 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { commit(editorValue()); });
    setFocusWidget(m_edit);
    refresh();
}

QString JsonEditor::placeholderFor(const QString &key)
{
    // Each example is the shape the rules ask for, so the hint never contradicts the error.
    if (key == FieldKeys::groups)
        return tr("JSON, e.g. [{\"groupId\": 10}]");
    if (key == FieldKeys::externalUrls)
        return tr("JSON, e.g. [{\"ref\": \"site\", \"label\": \"Website\", \"url\": "
                  "\"https://example.com\"}]");
    if (key == FieldKeys::primaryContact)
        return tr("JSON, e.g. {\"firstName\": \"Ana\", \"lastName\": \"Silva\", "
                  "\"email\": \"ana@example.com\"}");
    return tr("JSON");
}

QJsonValue JsonEditor::parse(const QString &text)
{
    // QJsonDocument reads objects and arrays only; a one-element array takes any value.
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray("[" + text.toUtf8() + "]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

QJsonValue JsonEditor::editorValue() const
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return QJsonValue();
    const QJsonValue value = parse(text);
    return value.isUndefined() ? QJsonValue(text) : value;
}

void JsonEditor::showValue(const QJsonValue &value)
{
    QString text;
    if (value.isObject() || value.isArray()) {
        text = QString::fromUtf8(
            value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else if (!value.isNull() && !value.isUndefined()) {
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    m_edit->setPlainText(text);
}
