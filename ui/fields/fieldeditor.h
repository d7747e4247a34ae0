#pragma once

#include "model/fieldtype.h"

#include <QJsonValue>
#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class RecordModel;

/// The editor of one field of a RecordModel row (DESIGN.md "The form model").
///
/// An editor shows the row's value role and writes what the person typed
/// through setData() on that role; it decides nothing about validity,
/// required state or messages. It does not listen to the model itself: the
/// FieldGroupView showing it passes on the changes of its own row
/// (modelDataChanged(), modelReset()), so a keystroke reaches one editor, not
/// all of them. It never writes back what it was shown.
///
/// Subclasses build their inputs, call setFocusWidget() with the main input and
/// end their constructor with refreshOptions() (if any) and refresh().
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(RecordModel *model, const QString &key, QWidget *parent);

    QString key() const { return m_key; }
    RecordModel *model() const;

    /// Re-reads the value from the model; the inputs change only when they
    /// show something else than the model holds.
    virtual void refresh();
    /// Re-reads the choices (subtypes after a type change …); no-op for most editors.
    virtual void refreshOptions() { }

    /// The model changed `roles` of this editor's row (all of them when empty).
    void modelDataChanged(const QList<int> &roles);
    /// The model was reset: choices, value and accessible texts are read again.
    void modelReset();

    /// The inputs a person tabs through, in order (empty for display-only editors).
    virtual QWidgetList tabWidgets() const;

    /// `key` as used in object names: ':' becomes '_' ("custom:12" → "custom_12").
    static QString objectKey(const QString &key);
    /// Whether two values are the same for the person (null, undefined and ""
    /// all mean "not given"; 12 and 12.0 are equal).
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);

protected:
    /// What the inputs would write now.
    virtual QJsonValue editorValue() const = 0;
    /// Puts `value` into the inputs without writing it back.
    virtual void showValue(const QJsonValue &value) = 0;

    /// Writes what the person entered; ignored while the editor is showing a value.
    void commit(const QJsonValue &value);

    /// The input that gets focus, the label's buddy target and the accessible name.
    void setFocusWidget(QWidget *widget);
    QWidget *focusWidgetOfEditor() const { return m_focusWidget; }

    /// The row's value role (undefined when not given).
    QJsonValue modelValue() const;
    /// The row's data for `role`; invalid when the key is gone.
    QVariant rowData(int role) const;
    QString label() const;

    /// The field's name for assistive technology: "Label" or "Label, required".
    QString accessibleFieldName() const;
    /// The error text, else the help text, else expectedValue().
    QString accessibleFieldDescription() const;
    /// What kind of value `type` takes, in a sentence (the description of a field with no
    /// help and no error).
    static QString expectedValue(FieldType type);
    /// Puts accessibleFieldName() and accessibleFieldDescription() on the focus widget.
    virtual void updateAccessibility();

private:
    QPointer<RecordModel> m_model;
    QString m_key;
    QPointer<QWidget> m_focusWidget;
    bool m_showing = false;
    bool m_committing = false;
};
