#include "fields/contacttypeeditor.h"

#include "model/fieldkeys.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

ContactTypeEditor::ContactTypeEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_group(new QButtonGroup(this))
    , m_contact(new QRadioButton(tr("Contact"), this))
    , m_company(new QRadioButton(tr("Company"), this))
{
    m_contact->setObjectName(QStringLiteral("contact"));
    m_company->setObjectName(QStringLiteral("company"));
    m_group->addButton(m_contact);
    m_group->addButton(m_company);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contact);
    layout->addWidget(m_company);
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        commit(button == m_company ? FieldKeys::companyLead : FieldKeys::contactLead);
    });
    setFocusWidget(m_contact);
    refresh();
}

QWidgetList ContactTypeEditor::tabWidgets() const
{
    return {m_contact, m_company};
}

void ContactTypeEditor::updateAccessibility()
{
    // The field's name on both buttons, each followed by its own choice.
    const QString field = accessibleFieldName();
    const QString description = accessibleFieldDescription();
    for (QRadioButton *button : {m_contact, m_company}) {
        button->setAccessibleName(tr("%1: %2").arg(field, button->text()));
        button->setAccessibleDescription(description);
    }
}

QJsonValue ContactTypeEditor::editorValue() const
{
    if (m_company->isChecked())
        return FieldKeys::companyLead;
    if (m_contact->isChecked())
        return FieldKeys::contactLead;
    return QJsonValue();
}

void ContactTypeEditor::showValue(const QJsonValue &value)
{
    const QString type = value.toString();
    // An exclusive group cannot uncheck its last button; "not given" needs both clear.
    m_group->setExclusive(false);
    m_contact->setChecked(type == FieldKeys::contactLead);
    m_company->setChecked(type == FieldKeys::companyLead);
    m_group->setExclusive(true);
}
