#pragma once

#include <QPointer>

class FieldEditor;
class QString;
class QWidget;
class RecordModel;
class RecordSearch;

/// Makes the editor for one row of a RecordModel, chosen by the row's
/// FieldTypeRole (DESIGN.md "Custom field types"). Record pickers search
/// through `search`; without one they take a typed id.
class EditorFactory
{
public:
    explicit EditorFactory(RecordSearch *search = nullptr);

    RecordSearch *search() const;

    /// Null when the model has no field `key`.
    FieldEditor *create(RecordModel *model, const QString &key, QWidget *parent) const;

private:
    QPointer<RecordSearch> m_search;
};
