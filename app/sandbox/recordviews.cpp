#include "sandbox/recordviews.h"

#include "sandbox/sandboxfieldschema.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>

namespace {
using Kind = SandboxStore::Kind;
using Lookup = SandboxStore::Lookup;

QJsonValue valueOrNull(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue lookupText(const SandboxStore &store, Lookup lookup, const QJsonValue &id,
                      const char *key)
{
    if (id.isNull() || id.isUndefined())
        return QJsonValue::Null;
    return store.lookup(lookup, id.toInteger()).value(QLatin1String(key));
}
} // namespace

RecordViews::RecordViews(const SandboxStore &store)
    : m_store(store)
{ }

QJsonObject RecordViews::lead(qint64 id) const
{
    return m_store.has(Kind::Lead, id) ? leadView(m_store.record(Kind::Lead, id)) : QJsonObject();
}

QJsonObject RecordViews::contact(qint64 id) const
{
    return m_store.has(Kind::Contact, id) ? contactView(m_store.record(Kind::Contact, id))
                                          : QJsonObject();
}

QJsonObject RecordViews::company(qint64 id) const
{
    return m_store.has(Kind::Company, id) ? companyView(m_store.record(Kind::Company, id))
                                          : QJsonObject();
}

const QList<QJsonObject> &RecordViews::allLeads() const
{
    refresh();
    return m_leads;
}

const QList<QJsonObject> &RecordViews::allContacts() const
{
    refresh();
    return m_contacts;
}

const QList<QJsonObject> &RecordViews::allCompanies() const
{
    refresh();
    return m_companies;
}

void RecordViews::refresh() const
{
    // Views embed names of related records (a lead shows its contact's name), so any write
    // invalidates them all; a rebuild of the seeded data takes a few milliseconds.
    if (m_revision == m_store.revision())
        return;
    m_leads.clear();
    m_contacts.clear();
    m_companies.clear();
    for (const QJsonObject &stored : m_store.records(Kind::Lead))
        m_leads.append(leadView(stored));
    for (const QJsonObject &stored : m_store.records(Kind::Contact))
        m_contacts.append(contactView(stored));
    for (const QJsonObject &stored : m_store.records(Kind::Company))
        m_companies.append(companyView(stored));
    m_revision = m_store.revision();
}

QJsonObject RecordViews::userSummary(const QJsonValue &userId, bool withPhone) const
{
    if (userId.isNull() || userId.isUndefined()
        || !m_store.hasLookup(Lookup::User, userId.toInteger())) {
        return {};
    }
    const QJsonObject user = m_store.lookup(Lookup::User, userId.toInteger());
    QJsonObject summary {{QLatin1String("id"), user.value(QLatin1String("id"))},
                         {QLatin1String("firstName"), user.value(QLatin1String("firstName"))},
                         {QLatin1String("lastName"), user.value(QLatin1String("lastName"))},
                         {QLatin1String("email"), user.value(QLatin1String("email"))}};
    if (withPhone)
        summary.insert(QLatin1String("phone"), user.value(QLatin1String("phone")));
    return summary;
}

QJsonArray RecordViews::customFieldsView(const QJsonObject &values,
                                         const SandboxFieldSchema &schema) const
{
    // In schema order, as {fieldId, displayName, value} (contact_get-contact-list.md "keys").
    QJsonArray view;
    for (const SandboxFieldSchema::Field &field : schema.fields()) {
        const QJsonValue value = values.value(QString::number(field.id));
        if (value.isUndefined())
            continue;
        view.append(QJsonObject {{QLatin1String("fieldId"), field.id},
                                 {QLatin1String("displayName"), field.displayName},
                                 {QLatin1String("value"), value}});
    }
    return view;
}

QJsonObject RecordViews::leadView(const QJsonObject &stored) const
{
    QJsonObject view;
    view.insert(QLatin1String("id"), stored.value(QLatin1String("id")));
    view.insert(QLatin1String("name"), valueOrNull(stored, "name"));
    view.insert(QLatin1String("description"), valueOrNull(stored, "description"));

    const QJsonObject owner = userSummary(stored.value(QLatin1String("ownerUserId")), true);
    view.insert(QLatin1String("ownerUser"), owner.isEmpty() ? QJsonValue() : QJsonValue(owner));

    const QJsonValue contactId = stored.value(QLatin1String("contactId"));
    const QJsonObject contact = contactId.isDouble()
        ? m_store.record(Kind::Contact, contactId.toInteger())
        : QJsonObject();
    if (contact.isEmpty()) {
        view.insert(QLatin1String("contact"), QJsonValue::Null);
    } else {
        view.insert(QLatin1String("contact"),
                    QJsonObject {{QLatin1String("id"), contact.value(QLatin1String("id"))},
                                 {QLatin1String("firstName"), valueOrNull(contact, "firstName")},
                                 {QLatin1String("lastName"), valueOrNull(contact, "lastName")},
                                 {QLatin1String("email"), valueOrNull(contact, "email")},
                                 {QLatin1String("phone"), valueOrNull(contact, "phone")}});
    }
    const QJsonValue companyId = stored.value(QLatin1String("companyId"));
    const QJsonObject company = companyId.isDouble()
        ? m_store.record(Kind::Company, companyId.toInteger())
        : QJsonObject();
    if (company.isEmpty()) {
        view.insert(QLatin1String("company"), QJsonValue::Null);
    } else {
        view.insert(
            QLatin1String("company"),
            QJsonObject {{QLatin1String("id"), company.value(QLatin1String("id"))},
                         {QLatin1String("businessName"), valueOrNull(company, "businessName")},
                         {QLatin1String("businessNumber"), valueOrNull(company, "businessNumber")},
                         {QLatin1String("phone"), valueOrNull(company, "phone")},
                         {QLatin1String("email"), valueOrNull(company, "email")}});
    }
    view.insert(QLatin1String("currentBookingId"), QJsonValue::Null);

    const QJsonValue qualityId = valueOrNull(stored, "qualityId");
    view.insert(QLatin1String("qualityId"), qualityId);
    view.insert(QLatin1String("quality"),
                lookupText(m_store, Lookup::LeadQuality, qualityId, "label"));
    const QJsonValue stageId = valueOrNull(stored, "stageId");
    view.insert(QLatin1String("stageId"), stageId);
    view.insert(QLatin1String("stageName"),
                lookupText(m_store, Lookup::LeadStage, stageId, "name"));
    const QJsonValue reasonId = valueOrNull(stored, "stageReasonId");
    view.insert(QLatin1String("stageReasonId"), reasonId);
    view.insert(QLatin1String("stageReasonName"),
                reasonId.isNull()
                    ? QJsonValue()
                    : m_store.reason(reasonId.toInteger()).value(QLatin1String("reason")));
    view.insert(QLatin1String("adminStatusChangedDate"), valueOrNull(stored, "modifiedDate"));
    const QJsonValue typeId = valueOrNull(stored, "typeId");
    view.insert(QLatin1String("typeId"), typeId);
    view.insert(QLatin1String("type"), lookupText(m_store, Lookup::LeadType, typeId, "type"));
    view.insert(QLatin1String("subtypeId"), valueOrNull(stored, "subtypeId"));
    const QJsonValue sourceId = valueOrNull(stored, "sourceId");
    view.insert(QLatin1String("sourceId"), sourceId);
    view.insert(QLatin1String("sourceName"),
                lookupText(m_store, Lookup::LeadSource, sourceId, "name"));
    const QJsonValue channelId = valueOrNull(stored, "channelId");
    view.insert(QLatin1String("channelId"), channelId);
    view.insert(QLatin1String("channelName"),
                lookupText(m_store, Lookup::LeadChannel, channelId, "name"));
    // Not in the documented example, but a client editing a lead needs them to show the form.
    view.insert(QLatin1String("industryId"), valueOrNull(stored, "industryId"));
    view.insert(QLatin1String("customFields"),
                customFieldsView(stored.value(QLatin1String("customFields")).toObject(),
                                 m_store.schema(Kind::Lead)));
    view.insert(QLatin1String("leadBccEmail"),
                QStringLiteral("lead-%1@sandbox.leaddesk.invalid")
                    .arg(stored.value(QLatin1String("id")).toInteger()));
    view.insert(QLatin1String("closedDate"), QJsonValue::Null);
    view.insert(QLatin1String("lostToCompetition"), QJsonValue::Null);
    view.insert(QLatin1String("createdDate"), valueOrNull(stored, "createdDate"));
    view.insert(QLatin1String("modifiedDate"), valueOrNull(stored, "modifiedDate"));
    return view;
}

QJsonObject RecordViews::contactView(const QJsonObject &stored) const
{
    QJsonObject view;
    view.insert(QLatin1String("id"), stored.value(QLatin1String("id")));
    for (const char *key : {"firstName", "lastName", "email", "phone", "status", "smsStatus"})
        view.insert(QLatin1String(key), valueOrNull(stored, key));
    view.insert(QLatin1String("customFields"),
                customFieldsView(stored.value(QLatin1String("customFields")).toObject(),
                                 m_store.schema(Kind::Contact)));
    view.insert(QLatin1String("groups"), stored.value(QLatin1String("groups")).toArray());
    const QJsonArray companies = stored.value(QLatin1String("companies")).toArray();
    QJsonArray companiesData;
    for (const QJsonValue &companyId : companies) {
        const QJsonObject company = m_store.record(Kind::Company, companyId.toInteger());
        companiesData.append(QJsonObject {
            {QLatin1String("id"), companyId},
            {QLatin1String("businessName"), company.value(QLatin1String("businessName"))}});
    }
    view.insert(QLatin1String("companies"), companies);
    view.insert(QLatin1String("companiesData"), companiesData);
    view.insert(QLatin1String("externalId"), valueOrNull(stored, "externalId"));
    view.insert(QLatin1String("externalUrls"),
                stored.value(QLatin1String("externalUrls")).toArray());
    view.insert(QLatin1String("privacyConsentData"),
                QJsonObject {{QLatin1String("privacyConsent"),
                              stored.value(QLatin1String("privacyConsent")).toBool()}});
    view.insert(QLatin1String("modifiedDate"), valueOrNull(stored, "modifiedDate"));
    view.insert(QLatin1String("isAnonymised"), false);
    return view;
}

QJsonObject RecordViews::companyView(const QJsonObject &stored) const
{
    QJsonObject view;
    const QJsonValue id = stored.value(QLatin1String("id"));
    view.insert(QLatin1String("id"), id);
    for (const char *key : {"externalId", "businessName", "tradingName", "businessNumber", "phone",
                            "fax", "website", "email"}) {
        view.insert(QLatin1String(key), valueOrNull(stored, key));
    }
    view.insert(QLatin1String("address"), stored.value(QLatin1String("address")).toObject());
    view.insert(QLatin1String("modifiedDate"), valueOrNull(stored, "modifiedDate"));
    for (const char *key : {"primaryAccountManager", "secondaryAccountManager"}) {
        const QJsonObject manager
            = userSummary(stored.value(QString(QLatin1String(key) + QStringLiteral("Id"))), false);
        view.insert(QLatin1String(key), manager.isEmpty() ? QJsonValue() : QJsonValue(manager));
    }
    const QJsonValue industryId = stored.value(QLatin1String("industryId"));
    if (industryId.isDouble() && m_store.hasLookup(Lookup::Industry, industryId.toInteger())) {
        view.insert(QLatin1String("industry"),
                    QJsonObject {{QLatin1String("id"), industryId},
                                 {QLatin1String("name"),
                                  lookupText(m_store, Lookup::Industry, industryId, "name")}});
    } else {
        view.insert(QLatin1String("industry"), QJsonValue::Null);
    }
    const QJsonValue primaryContactId = stored.value(QLatin1String("primaryContactId"));
    const QJsonObject primary = primaryContactId.isDouble()
        ? m_store.record(Kind::Contact, primaryContactId.toInteger())
        : QJsonObject();
    if (primary.isEmpty()) {
        view.insert(QLatin1String("primaryContact"), QJsonValue::Null);
    } else {
        view.insert(QLatin1String("primaryContact"),
                    QJsonObject {{QLatin1String("id"), primary.value(QLatin1String("id"))},
                                 {QLatin1String("firstName"), valueOrNull(primary, "firstName")},
                                 {QLatin1String("lastName"), valueOrNull(primary, "lastName")},
                                 {QLatin1String("email"), valueOrNull(primary, "email")},
                                 {QLatin1String("phone"), valueOrNull(primary, "phone")}});
    }
    view.insert(QLatin1String("isAgent"), stored.value(QLatin1String("isAgent")).toInt());
    // The sandbox has no company hierarchy: every company is its own root.
    view.insert(QLatin1String("parentCompanyId"), QJsonValue::Null);
    view.insert(QLatin1String("leftValue"), 1);
    view.insert(QLatin1String("rightValue"), 2);
    view.insert(QLatin1String("depth"), 0);
    view.insert(QLatin1String("rootId"), id);
    // Read names differ from the write names for some commissions (contact_get-company-list.md).
    const std::pair<const char *, const char *> commissions[] = {
        {"commissionSpace", "commissionSpace"},
        {"commissionSpaceType", "commissionSpaceType"},
        {"commissionFoodValue", "commissionFood"},
        {"commissionFoodType", "commissionFoodType"},
        {"commissionBeverageValue", "commissionBeverage"},
        {"commissionBeverageType", "commissionBeverageType"},
        {"commissionAudioVisualValue", "commissionAudioVisual"},
        {"commissionAudioVisualType", "commissionAudioVisualType"},
        {"commissionAccommodationValue", "commissionAccommodation"},
        {"commissionAccommodationType", "commissionAccommodationType"},
    };
    for (const auto &[readKey, storedKey] : commissions)
        view.insert(QLatin1String(readKey), valueOrNull(stored, storedKey));
    view.insert(QLatin1String("iataNumber"), valueOrNull(stored, "iataNumber"));
    view.insert(QLatin1String("customFields"),
                customFieldsView(stored.value(QLatin1String("customFields")).toObject(),
                                 m_store.schema(Kind::Company)));
    return view;
}
