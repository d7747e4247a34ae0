#pragma once

#include "fields/fieldeditor.h"

class QPlainTextEdit;

/// Several lines of text (FieldType::LongText): a QPlainTextEdit in which Tab
/// moves the focus on instead of inserting a tab.
class LongTextEditor : public FieldEditor
{
    Q_OBJECT

public:
    LongTextEditor(RecordModel *model, const QString &key, QWidget *parent);

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QPlainTextEdit *m_edit;
};
