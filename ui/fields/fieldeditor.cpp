#include "fields/fieldeditor.h"

#include "model/recordmodel.h"

#include <QScopedValueRollback>

FieldEditor::FieldEditor(RecordModel *model, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_key(key)
{
    setObjectName(QStringLiteral("editor_") + objectKey(key));
}

RecordModel *FieldEditor::model() const
{
    return m_model;
}

QString FieldEditor::objectKey(const QString &key)
{
    QString name = key;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return name;
}

bool FieldEditor::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    auto empty = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
    };
    if (empty(a) || empty(b))
        return empty(a) && empty(b);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QWidgetList FieldEditor::tabWidgets() const
{
    if (m_focusWidget && m_focusWidget->focusPolicy() & Qt::TabFocus)
        return {m_focusWidget.data()};
    return {};
}

void FieldEditor::refresh()
{
    if (m_committing)
        return;
    const QJsonValue value = modelValue();
    if (sameValue(editorValue(), value))
        return;
    const QScopedValueRollback<bool> showing(m_showing, true);
    showValue(value);
}

void FieldEditor::commit(const QJsonValue &value)
{
    RecordModel *model = m_model;
    if (m_showing || !model)
        return;
    const int row = model->rowOf(m_key);
    if (row < 0)
        return;
    const QScopedValueRollback<bool> committing(m_committing, true);
    model->setData(model->index(row), value.toVariant(), RecordModel::ValueRole);
}

void FieldEditor::setFocusWidget(QWidget *widget)
{
    m_focusWidget = widget;
    if (widget && widget != this) {
        setFocusProxy(widget);
        setFocusPolicy(widget->focusPolicy());
    }
    updateAccessibility();
}

QJsonValue FieldEditor::modelValue() const
{
    const QVariant value = rowData(RecordModel::ValueRole);
    return value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue(QJsonValue::Undefined);
}

QVariant FieldEditor::rowData(int role) const
{
    const RecordModel *model = m_model;
    if (!model)
        return QVariant();
    const int row = model->rowOf(m_key);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QString FieldEditor::label() const
{
    return rowData(RecordModel::LabelRole).toString();
}

QString FieldEditor::accessibleFieldName() const
{
    const QString name = label();
    return rowData(RecordModel::RequiredRole).toBool() ? tr("%1, required").arg(name) : name;
}

QString FieldEditor::accessibleFieldDescription() const
{
    const QString error = rowData(RecordModel::ErrorRole).toString();
    if (!error.isEmpty())
        return error;
    const QString help = rowData(RecordModel::HelpRole).toString();
    return help.isEmpty() ? expectedValue(rowData(RecordModel::FieldTypeRole).value<FieldType>())
                          : help;
}

QString FieldEditor::expectedValue(FieldType type)
{
    // A screen reader cannot see the editor's shape; this says what goes in.
    switch (type) {
    case FieldType::Text:
        return tr("A line of text.");
    case FieldType::LongText:
        return tr("Text of several lines.");
    case FieldType::Email:
        return tr("An email address.");
    case FieldType::Choice:
    case FieldType::Enum:
    case FieldType::Select:
    case FieldType::LargeSelect:
        return tr("Choose one value from the list.");
    case FieldType::MultiSelect:
        return tr("Tick any number of values.");
    case FieldType::Boolean:
    case FieldType::Toggle:
        return tr("A check box: on or off.");
    case FieldType::Address:
        return tr("An address in several parts.");
    case FieldType::Date:
        return tr("A date as year-month-day, such as 2026-03-31.");
    case FieldType::File:
        return tr("A file kept on the platform; not sent from here.");
    case FieldType::StaticText:
        return tr("Information only.");
    case FieldType::WholeNumber:
        return tr("A whole number.");
    case FieldType::ContactRef:
        return tr("Type to search for an existing contact.");
    case FieldType::CompanyRef:
        return tr("Type to search for an existing company.");
    case FieldType::ContactType:
        return tr("Whether the lead belongs to a contact or a company.");
    case FieldType::IdList:
        return tr("A list of record numbers, separated by commas.");
    case FieldType::JsonValue:
        return tr("A value as JSON text.");
    }
    return QString();
}

void FieldEditor::updateAccessibility()
{
    QWidget *target = m_focusWidget ? m_focusWidget.data() : this;
    target->setAccessibleName(accessibleFieldName());
    target->setAccessibleDescription(accessibleFieldDescription());
}

void FieldEditor::modelDataChanged(const QList<int> &roles)
{
    const bool all = roles.isEmpty();
    if (all || roles.contains(RecordModel::OptionsRole))
        refreshOptions();
    if (all || roles.contains(RecordModel::ValueRole) || roles.contains(RecordModel::OptionsRole))
        refresh();
    if (all || roles.contains(RecordModel::RequiredRole) || roles.contains(RecordModel::ErrorRole)
        || roles.contains(RecordModel::LabelRole))
        updateAccessibility();
}

void FieldEditor::modelReset()
{
    const RecordModel *model = m_model;
    if (!model || !model->hasField(m_key))
        return;
    refreshOptions();
    refresh();
    updateAccessibility();
}
