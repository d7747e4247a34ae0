#include "forms/leadform.h"

#include "common/messagebanner.h"
#include "dialogs/addcustomfielddialog.h"
#include "fields/fieldgroupview.h"
#include "forms/formbody.h"
#include "forms/leadschemanotice.h"
#include "model/recordlabel.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"
#include "model/valuechecks.h"
#include "services/recordsearch.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kContact = QStringLiteral("contact");
const QString kCompany = QStringLiteral("company");
} // namespace

LeadForm::LeadForm(Workspace *workspace, const EditorFactory *factory, QWidget *parent)
    : RecordForm(RecordKind::Lead, workspace, factory, parent)
    , m_searchDelay(new QTimer(this))
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { lookForDuplicates(m_pendingSearchKind); });
    connect(model(), &RecordModel::stateChanged, this, &LeadForm::updateInlineSections);
    connect(model()->nestedContact(), &RecordModel::valueChanged, this, [this](const QString &key) {
        if (key == QStringLiteral("email")) {
            m_pendingSearchKind = kContact;
            m_searchDelay->start();
        }
    });
    connect(model()->nestedCompany(), &RecordModel::valueChanged, this, [this](const QString &key) {
        if (key == QStringLiteral("businessName")) {
            m_pendingSearchKind = kCompany;
            m_searchDelay->start();
        }
    });
    if (RecordSearch *search = workspace->search())
        connect(search, &RecordSearch::resultsReady, this,
                [this](const QString &kind, const QString &text, const QList<QJsonObject> &records,
                       bool) { onSearchResults(kind, text, records); });
}

void LeadForm::addSections(QVBoxLayout *content)
{
    m_schemaNotice = new LeadSchemaNotice(workspace(), this);
    content->addWidget(m_schemaNotice);
    addGroup(content, tr("Lead"), model(), {QStringLiteral("lead")});
    addGroup(content, tr("Belongs to"), model(), {QStringLiteral("belongsTo")});

    auto matchBox = [this](const QString &kind, QLabel *&text) {
        auto *box = new QWidget(this);
        box->setObjectName(kind + QStringLiteral("Match"));
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 4, 0, 4);
        text = new QLabel(box);
        text->setWordWrap(true);
        auto *use = new QPushButton(kind == kContact ? tr("Use this contact instead")
                                                     : tr("Use this company instead"),
                                    box);
        use->setObjectName(kind + QStringLiteral("MatchUse"));
        row->addWidget(text, 1);
        row->addWidget(use);
        connect(use, &QPushButton::clicked, this, [this, kind] {
            useExisting(kind, kind == kContact ? m_contactMatchId : m_companyMatchId);
        });
        box->setVisible(false);
        return box;
    };

    // The inline company and contact are built when first asked for: most
    // leads belong to someone who exists, and a form opens faster without them.
    m_newCompany = new QWidget(this);
    m_newCompany->setObjectName(QStringLiteral("newCompanySection"));
    m_companyColumn = new QVBoxLayout(m_newCompany);
    m_companyColumn->setContentsMargins(12, 0, 0, 0);
    m_companyMatch = matchBox(kCompany, m_companyMatchText);
    m_newCompany->setVisible(false);
    content->addWidget(m_newCompany);

    m_newContact = new QWidget(this);
    m_newContact->setObjectName(QStringLiteral("newContactSection"));
    m_contactColumn = new QVBoxLayout(m_newContact);
    m_contactColumn->setContentsMargins(12, 0, 0, 0);
    m_contactMatch = matchBox(kContact, m_contactMatchText);
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
        m_companyColumn->addWidget(m_companyMatch);
        alignLabels();
    }
    if (contact && !m_contactBuilt) {
        m_contactBuilt = true;
        addGroup(m_contactColumn, tr("New contact"), model()->nestedContact(),
                 {QStringLiteral("details"), QStringLiteral("custom")}, kContact);
        m_contactColumn->addWidget(m_contactMatch);
        alignLabels();
    }
    m_newCompany->setVisible(company);
    m_newContact->setVisible(contact);
}

void LeadForm::lookForDuplicates(const QString &kind)
{
    RecordSearch *search = workspace()->search();
    if (!search)
        return;
    RecordModel *nested = kind == kContact ? model()->nestedContact() : model()->nestedCompany();
    const QString text
        = nested->value(kind == kContact ? QStringLiteral("email") : QStringLiteral("businessName"))
              .toString()
              .trimmed();
    const bool usable = kind == kContact ? ValueChecks::email(text).isEmpty() : text.size() >= 3;
    if (!usable) {
        (kind == kContact ? m_contactMatch : m_companyMatch)->setVisible(false);
        return;
    }
    search->search(kind, text);
}

void LeadForm::onSearchResults(const QString &kind, const QString &text,
                               const QList<QJsonObject> &records)
{
    RecordModel *nested = kind == kContact ? model()->nestedContact() : model()->nestedCompany();
    const QString typed
        = nested->value(kind == kContact ? QStringLiteral("email") : QStringLiteral("businessName"))
              .toString()
              .trimmed();
    if (typed.compare(text, Qt::CaseInsensitive) != 0)
        return;
    // Only a real match is offered: same email, or same business name.
    const QString key = kind == kContact ? QStringLiteral("email") : QStringLiteral("businessName");
    for (const QJsonObject &record : records) {
        if (record.value(key).toString().trimmed().compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        const qint64 id = ValueChecks::toId(record.value(QStringLiteral("id")));
        const QString label = RecordLabel::of(kind, record);
        if (kind == kContact) {
            m_contactMatchId = id;
            m_contactMatchText->setText(
                tr("%1 is already a contact (id %2).").arg(label.toHtmlEscaped()).arg(id));
            m_contactMatch->setVisible(true);
        } else {
            m_companyMatchId = id;
            m_companyMatchText->setText(
                tr("%1 is already a company (id %2).").arg(label.toHtmlEscaped()).arg(id));
            m_companyMatch->setVisible(true);
        }
        return;
    }
    (kind == kContact ? m_contactMatch : m_companyMatch)->setVisible(false);
}

void LeadForm::useExisting(const QString &kind, qint64 id)
{
    if (id <= 0)
        return;
    if (kind == kCompany) {
        model()->setValue(QStringLiteral("newCompany"), false);
        model()->setValue(QStringLiteral("companyId"), id);
        m_companyMatch->setVisible(false);
        return;
    }
    model()->setValue(QStringLiteral("newContact"), false);
    model()->setValue(RecordRules::isCompanyLead(*model()) ? QStringLiteral("companyLeadContactId")
                                                           : QStringLiteral("contactId"),
                      id);
    m_contactMatch->setVisible(false);
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
