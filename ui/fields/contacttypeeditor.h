#pragma once

#include "fields/fieldeditor.h"

class QButtonGroup;
class QRadioButton;

/// Whether a lead belongs to a contact or a company (FieldType::ContactType):
/// two radio buttons writing "contact" or "company". Neither is checked while
/// the model holds no value.
class ContactTypeEditor : public FieldEditor
{
    Q_OBJECT

public:
    ContactTypeEditor(RecordModel *model, const QString &key, QWidget *parent);

    QRadioButton *contactButton() const { return m_contact; }
    QRadioButton *companyButton() const { return m_company; }
    QWidgetList tabWidgets() const override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    void updateAccessibility() override;

private:
    QButtonGroup *m_group;
    QRadioButton *m_contact;
    QRadioButton *m_company;
};
