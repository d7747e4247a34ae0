#pragma once

#include "fields/fieldeditor.h"

class QListView;
class QStandardItemModel;

/// Several keys of a custom field's selectValues (FieldType::MultiSelect,
/// custom type 3): a list with a check box per choice; Space toggles the
/// current one. Writes the checked keys as an array, in the list's order.
class MultiSelectEditor : public FieldEditor
{
    Q_OBJECT

public:
    MultiSelectEditor(RecordModel *model, const QString &key, QWidget *parent);

    void refreshOptions() override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;

private:
    QListView *m_view;
    QStandardItemModel *m_items;
};
