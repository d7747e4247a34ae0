#include "sandbox/writeactions.h"

#include "sandbox/companyvalidator.h"
#include "sandbox/contactvalidator.h"
#include "sandbox/leadvalidator.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>

namespace {
using Kind = SandboxStore::Kind;

std::optional<qint64> sentId(const QJsonObject &body, const char *key)
{
    qint64 id = 0;
    if (!ValueCheck::wholeNumber(body.value(QLatin1String(key)), &id))
        return std::nullopt;
    return id;
}

bool containsId(const QJsonArray &ids, qint64 id)
{
    for (const QJsonValue &existing : ids) {
        if (existing.toInteger() == id)
            return true;
    }
    return false;
}
} // namespace

WriteActions::WriteActions(SandboxStore &store, std::function<QDateTime()> clock)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_contacts(std::make_unique<ContactValidator>(store))
    , m_companies(std::make_unique<CompanyValidator>(store, *m_contacts))
    , m_leads(std::make_unique<LeadValidator>(store, *m_contacts, *m_companies))
{ }

WriteActions::~WriteActions() = default;

ApiResult WriteActions::saved(qint64 id)
{
    return ApiResult::ok(QJsonObject {{QLatin1String("success"), true}, {QLatin1String("id"), id}});
}

QString WriteActions::nextModifiedDate(const QJsonObject &stored) const
{
    // Whole seconds, as the timestamp format shows them.
    QDateTime next = m_clock().toUTC();
    next = next.addMSecs(-next.time().msec());
    const std::optional<QDateTime> previous
        = ValueCheck::parseTimestamp(stored.value(QLatin1String("modifiedDate")).toString());
    if (previous && next <= *previous)
        next = previous->addSecs(1);
    return ValueCheck::timestamp(next);
}

ApiResult WriteActions::addOrUpdateLead(const QJsonObject &body)
{
    if (auto error = m_leads->validate(body))
        return ApiResult::error(*error);

    const qint64 leadId = sentId(body, "id").value_or(0);
    const QJsonObject stored = leadId ? m_store.record(Kind::Lead, leadId) : QJsonObject();
    const bool companyLead = LeadValidator::isCompanyLead(body, stored);

    qint64 companyId = 0;
    if (body.contains(QLatin1String("company")))
        companyId = saveCompany(0, body.value(QLatin1String("company")).toObject());
    else if (const auto sent = sentId(body, "companyId"))
        companyId = *sent;

    qint64 contactId = 0;
    if (body.contains(QLatin1String("contact"))) {
        // contact_add-or-update-lead.md: with a company the new contact is linked to it.
        const qint64 leadCompany
            = companyId ? companyId : stored.value(QLatin1String("companyId")).toInteger();
        contactId = saveContact(0, body.value(QLatin1String("contact")).toObject(),
                                companyLead && leadCompany ? QList<qint64> {leadCompany}
                                                           : QList<qint64> {});
    } else if (const auto sent = sentId(body, "companyLeadContactId"); sent && companyLead) {
        contactId = *sent;
    } else if (const auto sentContact = sentId(body, "contactId")) {
        contactId = *sentContact;
    }

    QJsonObject lead = stored;
    if (leadId) {
        for (const QString &key : LeadValidator::clearableKeys())
            if (body.value(key).isNull())
                lead.remove(key);
    }
    for (const char *key : {"name", "description"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString())
            lead.insert(QLatin1String(key), value.toString().trimmed());
    }
    for (const char *key : {"sourceId", "typeId", "subtypeId", "stageId", "stageReasonId",
                            "qualityId", "channelId", "industryId", "ownerUserId"}) {
        if (const auto id = sentId(body, key))
            lead.insert(QLatin1String(key), *id);
    }
    // A subtype or reason that belonged to the previous type or stage no longer applies.
    if (body.contains(QLatin1String("typeId")) && !body.contains(QLatin1String("subtypeId"))
        && m_store.typeOfSubtype(lead.value(QLatin1String("subtypeId")).toInteger())
            != lead.value(QLatin1String("typeId")).toInteger()) {
        lead.remove(QLatin1String("subtypeId"));
    }
    if (body.contains(QLatin1String("stageId")) && !body.contains(QLatin1String("stageReasonId"))
        && m_store.stageOfReason(lead.value(QLatin1String("stageReasonId")).toInteger())
            != lead.value(QLatin1String("stageId")).toInteger()) {
        lead.remove(QLatin1String("stageReasonId"));
    }
    if (companyId)
        lead.insert(QLatin1String("companyId"), companyId);
    if (contactId)
        lead.insert(QLatin1String("contactId"), contactId);
    if (body.contains(QLatin1String("customFields"))) {
        QJsonObject values = lead.value(QLatin1String("customFields")).toObject();
        const QJsonObject given
            = m_leads->customFields().valuesToStore(body.value(QLatin1String("customFields")));
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            values.insert(it.key(), it.value());
        lead.insert(QLatin1String("customFields"), values);
    }
    const QString modified = nextModifiedDate(stored);
    lead.insert(QLatin1String("modifiedDate"), modified);
    if (!leadId) {
        lead.insert(QLatin1String("createdDate"), modified);
        const qint64 newId = m_store.insert(Kind::Lead, lead);
        qCDebug(lcSandbox) << "lead created" << newId;
        return saved(newId);
    }
    m_store.replace(Kind::Lead, leadId, lead);
    qCDebug(lcSandbox) << "lead updated" << leadId;
    return saved(leadId);
}

ApiResult WriteActions::addOrUpdateContact(const QJsonObject &body)
{
    qint64 targetId = 0;
    if (auto error = m_contacts->validate(body, &targetId))
        return ApiResult::error(*error);
    return saved(saveContact(targetId, body, {}));
}

ApiResult WriteActions::addOrUpdateCompany(const QJsonObject &body)
{
    qint64 targetId = 0;
    if (auto error = m_companies->validate(body, &targetId))
        return ApiResult::error(*error);
    return saved(saveCompany(targetId, body));
}

qint64 WriteActions::saveContact(qint64 id, const QJsonObject &body,
                                 const QList<qint64> &alsoCompanies)
{
    const QJsonObject stored = id ? m_store.record(Kind::Contact, id) : QJsonObject();
    QJsonObject contact = m_contacts->apply(stored, body);
    QJsonArray companies = contact.value(QLatin1String("companies")).toArray();
    for (qint64 companyId : alsoCompanies) {
        if (!containsId(companies, companyId))
            companies.append(companyId);
    }
    contact.insert(QLatin1String("companies"), companies);
    contact.insert(QLatin1String("modifiedDate"), nextModifiedDate(stored));
    if (id) {
        m_store.replace(Kind::Contact, id, contact);
        return id;
    }
    contact.remove(QLatin1String("id"));
    return m_store.insert(Kind::Contact, contact);
}

qint64 WriteActions::saveCompany(qint64 id, const QJsonObject &body)
{
    const QJsonObject stored = id ? m_store.record(Kind::Company, id) : QJsonObject();
    QJsonObject company = m_companies->apply(stored, body);
    company.insert(QLatin1String("modifiedDate"), nextModifiedDate(stored));
    if (id) {
        m_store.replace(Kind::Company, id, company);
    } else {
        company.remove(QLatin1String("id"));
        id = m_store.insert(Kind::Company, company);
    }

    qint64 primaryId = 0;
    if (body.value(QLatin1String("primaryContact")).isObject()) {
        primaryId = saveContact(0, body.value(QLatin1String("primaryContact")).toObject(), {id});
    } else if (const auto sent = sentId(body, "primaryContactId")) {
        primaryId = *sent;
        linkContactToCompany(primaryId, id);
    }
    if (primaryId) {
        company = m_store.record(Kind::Company, id);
        company.insert(QLatin1String("primaryContactId"), primaryId);
        m_store.replace(Kind::Company, id, company);
    }
    return id;
}

void WriteActions::linkContactToCompany(qint64 contactId, qint64 companyId)
{
    QJsonObject contact = m_store.record(Kind::Contact, contactId);
    QJsonArray companies = contact.value(QLatin1String("companies")).toArray();
    if (containsId(companies, companyId))
        return;
    companies.append(companyId);
    contact.insert(QLatin1String("companies"), companies);
    contact.insert(QLatin1String("modifiedDate"), nextModifiedDate(contact));
    m_store.replace(Kind::Contact, contactId, contact);
}

bool WriteActions::updateLeadForTest(qint64 id, const QJsonObject &fields)
{
    if (!m_store.has(Kind::Lead, id))
        return false;
    QJsonObject lead = m_store.record(Kind::Lead, id);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == QLatin1String("customFields") && it.value().isArray()) {
            QJsonObject values = lead.value(QLatin1String("customFields")).toObject();
            const QJsonArray entries = it.value().toArray();
            for (const QJsonValue &entry : entries) {
                const QJsonObject object = entry.toObject();
                values.insert(QString::number(object.value(QLatin1String("fieldId")).toInteger()),
                              object.contains(QLatin1String("fieldValue"))
                                  ? object.value(QLatin1String("fieldValue"))
                                  : object.value(QLatin1String("value")));
            }
            lead.insert(it.key(), values);
        } else if (it.key() != QLatin1String("id")) {
            lead.insert(it.key(), it.value());
        }
    }
    lead.insert(QLatin1String("modifiedDate"), nextModifiedDate(lead));
    m_store.replace(Kind::Lead, id, lead);
    return true;
}
