#pragma once

#include "fields/fieldeditor.h"

class QPlainTextEdit;

/// Any JSON the API takes that has no editor of its own (FieldType::JsonValue:
/// subscription groups, external links): a small plain-text JSON editor. Text
/// that parses is written as that JSON value; text that does not is written
/// as a string, so the model and the platform can say what is wrong with it.
class JsonEditor : public FieldEditor
{
    Q_OBJECT

public:
    JsonEditor(RecordModel *model, const QString &key, QWidget *parent);

    /// `text` as a JSON value of any kind; undefined when it does not parse.
    static QJsonValue parse(const QString &text);
    /// The hint shown while empty: an example in the shape the field takes.
    static QString placeholderFor(const QString &key);

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QPlainTextEdit *m_edit;
};
