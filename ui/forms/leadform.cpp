#include "forms/leadform.h"

#include "common/messagebanner.h"
#include "dialogs/addcustomfielddialog.h"
#include "fields/fieldgroupview.h"
#include "forms/formbody.h"
#include "forms/leadschemanotice.h"
#include "forms/radaroffers.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"
#include "services/workspace.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kContact = QStringLiteral("contact");
const QString kCompany = QStringLiteral("company");
} // namespace

LeadForm::LeadForm(Workspace *workspace, const EditorFactory *factory, QWidget *parent)
    : RecordForm(RecordKind::Lead, workspace, factory, parent)
{
    connect(model(), &RecordModel::stateChanged, this, &LeadForm::updateInlineSections);
    // The inline company and contact are watched by the duplicate radar: its offer stands
    // under the field being typed, and "Use this" makes the lead belong to what exists.
    radarOffers()->watch(
        kCompany, model()->nestedCompany(), kCompany,
        [this](const RadarFinding &finding) { useExisting(kCompany, finding.id); });
    radarOffers()->watch(
        kContact, model()->nestedContact(), kContact,
        [this](const RadarFinding &finding) { useExisting(kContact, finding.id); },
        [this] {
            return RecordRules::usesNestedCompany(*model())
                ? model()->nestedCompany()->value(QStringLiteral("businessName")).toString()
                : QString();
        });
}

void LeadForm::addSections(QVBoxLayout *content)
{
    m_schemaNotice = new LeadSchemaNotice(workspace(), this);
    content->addWidget(m_schemaNotice);
    addGroup(content, tr("Lead"), model(), {QStringLiteral("lead")});
    addGroup(content, tr("Belongs to"), model(), {QStringLiteral("belongsTo")});

    // The inline company and contact are built when first asked for: most
    // leads belong to someone who exists, and a form opens faster without them.
    m_newCompany = new QWidget(this);
    m_newCompany->setObjectName(QStringLiteral("newCompanySection"));
    m_companyColumn = new QVBoxLayout(m_newCompany);
    m_companyColumn->setContentsMargins(12, 0, 0, 0);
    m_newCompany->setVisible(false);
    content->addWidget(m_newCompany);

    m_newContact = new QWidget(this);
    m_newContact->setObjectName(QStringLiteral("newContactSection"));
    m_contactColumn = new QVBoxLayout(m_newContact);
    m_contactColumn->setContentsMargins(12, 0, 0, 0);
    m_newContact->setVisible(false);
    content->addWidget(m_newContact);

    body()->startSecondColumn();
    addGroup(content, tr("Custom fields"), model(), {QStringLiteral("custom")});
    updateInlineSections();
}

void LeadForm::updateInlineSections()
{
    if (!m_newCompany)
        return;
    const bool company = RecordRules::usesNestedCompany(*model());
    const bool contact = RecordRules::usesNestedContact(*model());
    if (company && !m_companyBuilt) {
        m_companyBuilt = true;
        addGroup(m_companyColumn, tr("New company"), model()->nestedCompany(),
                 {QStringLiteral("details"), QStringLiteral("custom")}, kCompany);
        alignLabels();
    }
    if (contact && !m_contactBuilt) {
        m_contactBuilt = true;
        addGroup(m_contactColumn, tr("New contact"), model()->nestedContact(),
                 {QStringLiteral("details"), QStringLiteral("custom")}, kContact);
        alignLabels();
    }
    m_newCompany->setVisible(company);
    m_newContact->setVisible(contact);
}

void LeadForm::useExisting(const QString &kind, qint64 id)
{
    if (id <= 0)
        return;
    if (kind == kCompany) {
        model()->setValue(QStringLiteral("newCompany"), false);
        model()->setValue(QStringLiteral("companyId"), id);
        return;
    }
    model()->setValue(QStringLiteral("newContact"), false);
    model()->setValue(RecordRules::isCompanyLead(*model()) ? QStringLiteral("companyLeadContactId")
                                                           : QStringLiteral("contactId"),
                      id);
}

void LeadForm::onSaved(qint64 recordId, bool created, const QJsonObject &sent)
{
    RecordForm::onSaved(recordId, created, sent);
    if (!created)
        return;
    m_lastSent = sent;
    QPushButton *again = banner()->addAction(tr("New lead like this"));
    again->setObjectName(QStringLiteral("newLeadLikeThisButton"));
    connect(again, &QPushButton::clicked, this, &LeadForm::newLeadLikeThis);
}

void LeadForm::newLeadLikeThis()
{
    if (m_lastSent.isEmpty())
        return;
    // The type of contact first: choosing it clears the fields of the other type.
    QList<QPair<QString, QJsonValue>> carried;
    if (m_lastSent.contains(QStringLiteral("companyId")))
        carried += {{QStringLiteral("contactType"), kCompany},
                    {QStringLiteral("companyId"), m_lastSent.value(QStringLiteral("companyId"))}};
    for (const char *key : {"sourceId", "channelId", "ownerUserId"})
        if (m_lastSent.contains(QLatin1String(key)))
            carried.append({QLatin1String(key), m_lastSent.value(QLatin1String(key))});
    startNew(carried);
}

void LeadForm::onRefused(const PlatformError &error)
{
    // A custom field the platform wants and the profile does not know: add it there and then.
    const auto unknown = LeadSchemaNotice::unknownFields(error, model()->catalog());
    if (unknown.isEmpty() || !m_schemaNotice)
        return;
    QPushButton *add = banner()->addAction(
        unknown.size() == 1 ? tr("&Add custom field %1…").arg(unknown.first().first)
                            : tr("&Add the %n custom field(s)…", nullptr, int(unknown.size())));
    add->setObjectName(QStringLiteral("addCustomFieldButton"));
    connect(add, &QPushButton::clicked, this, [this, unknown] {
        for (const auto &[id, required] : unknown) {
            const auto definition = AddCustomFieldDialog::ask(id, required, this);
            if (!definition || !m_schemaNotice->addField(*definition))
                return;
        }
    });
}
