#include "sandbox/seedleads.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

namespace {
qint64 idOf(const QJsonObject &object)
{
    return object.value(QLatin1String("id")).toInteger();
}
} // namespace

SeedLeads::SeedLeads(const SandboxStore &store, const QJsonObject &plan)
    : m_firstId(plan.value(QLatin1String("firstId")).toInteger(20000))
    , m_count(plan.value(QLatin1String("count")).toInt())
    , m_random(
          static_cast<std::mt19937::result_type>(plan.value(QLatin1String("seed")).toInteger(1)))
{
    using Kind = SandboxStore::Kind;
    using Lookup = SandboxStore::Lookup;
    m_from = ValueCheck::parseTimestamp(plan.value(QLatin1String("createdFrom")).toString())
                 .value_or(QDateTime::fromSecsSinceEpoch(0));
    m_to = ValueCheck::parseTimestamp(plan.value(QLatin1String("createdTo")).toString())
               .value_or(m_from);
    m_span = qMax<qint64>(1, m_from.secsTo(m_to));
    m_maxModifiedAfter = plan.value(QLatin1String("maxModifiedAfterDays")).toInteger(30) * 86400;
    m_occasions = plan.value(QLatin1String("occasions")).toArray();
    m_descriptions = plan.value(QLatin1String("descriptions")).toArray();

    m_types = store.lookupList(Lookup::LeadType);
    m_stages = store.lookupList(Lookup::LeadStage);
    m_sources = store.lookupList(Lookup::LeadSource);
    m_qualities = store.lookupList(Lookup::LeadQuality);
    m_channels = store.lookupList(Lookup::LeadChannel);
    m_industries = store.lookupList(Lookup::Industry);
    m_users = store.lookupList(Lookup::User);
    m_contacts = store.records(Kind::Contact).values();
    for (const QJsonObject &contact : std::as_const(m_contacts)) {
        const QJsonArray memberships = contact.value(QLatin1String("companies")).toArray();
        for (const QJsonValue &company : memberships)
            m_contactsOfCompany[company.toInteger()].append(idOf(contact));
    }
    const QList<QJsonObject> companies = store.records(Kind::Company).values();
    for (const QJsonObject &company : companies) {
        if (m_contactsOfCompany.contains(idOf(company)))
            m_companiesWithContacts.append(company);
    }
    const SandboxFieldSchema &schema = store.schema(Kind::Lead);
    const auto selectKeys = [&schema](qint64 fieldId) {
        const SandboxFieldSchema::Field *field = schema.field(fieldId);
        return field ? field->selectValues.keys() : QStringList();
    };
    m_budgetBands = selectKeys(902);
    m_formats = selectKeys(903);
    m_venues = selectKeys(909);
}

int SeedLeads::count() const
{
    const bool possible = !m_types.isEmpty() && !m_stages.isEmpty() && !m_sources.isEmpty()
        && !m_contacts.isEmpty() && !m_users.isEmpty();
    return possible ? m_count : 0;
}

qsizetype SeedLeads::pick(qsizetype size)
{
    return size <= 0 ? qsizetype(0) : qsizetype(m_random() % quint32(size));
}

bool SeedLeads::chance(int percent)
{
    return int(m_random() % 100u) < percent;
}

QJsonObject SeedLeads::lead(int index)
{
    // The order of the draws below is the seed's contract: reordering them changes every lead.
    QJsonObject lead;
    lead.insert(QLatin1String("id"), m_firstId + index);
    const QDateTime created = m_from.addSecs(qint64(m_random() % quint32(m_span)));
    const QDateTime modified
        = qMin(m_to, created.addSecs(qint64(m_random() % 1000u) * m_maxModifiedAfter / 1000));
    const QString who = addWho(lead);
    const QString occasion = m_occasions.at(pick(m_occasions.size())).toString();
    const QString name = who + QLatin1Char(' ') + occasion + QLatin1Char(' ')
        + QString::number(created.date().year() + 1);
    lead.insert(QLatin1String("name"), name);
    const QString description = m_descriptions.at(pick(m_descriptions.size())).toString();
    if (!description.isEmpty())
        lead.insert(QLatin1String("description"), description);
    addClassification(lead);
    lead.insert(QLatin1String("customFields"), customFields(created));
    lead.insert(QLatin1String("createdDate"), ValueCheck::timestamp(created));
    lead.insert(QLatin1String("modifiedDate"), ValueCheck::timestamp(modified));
    return lead;
}

QString SeedLeads::addWho(QJsonObject &lead)
{
    if (!m_companiesWithContacts.isEmpty() && chance(60)) {
        const QJsonObject company
            = m_companiesWithContacts.at(pick(m_companiesWithContacts.size()));
        const QList<qint64> members = m_contactsOfCompany.value(idOf(company));
        lead.insert(QLatin1String("companyId"), idOf(company));
        lead.insert(QLatin1String("contactId"), members.at(pick(members.size())));
        const QString trading = company.value(QLatin1String("tradingName")).toString();
        return trading.isEmpty() ? company.value(QLatin1String("businessName")).toString()
                                 : trading;
    }
    const QJsonObject contact = m_contacts.at(pick(m_contacts.size()));
    lead.insert(QLatin1String("contactId"), idOf(contact));
    lead.insert(QLatin1String("industryId"), idOf(m_industries.at(pick(m_industries.size()))));
    return contact.value(QLatin1String("firstName")).toString() + QLatin1Char(' ')
        + contact.value(QLatin1String("lastName")).toString();
}

void SeedLeads::addClassification(QJsonObject &lead)
{
    const QJsonObject type = m_types.at(pick(m_types.size()));
    lead.insert(QLatin1String("typeId"), idOf(type));
    const QJsonArray subtypes = type.value(QLatin1String("subtypes")).toArray();
    if (!subtypes.isEmpty())
        lead.insert(QLatin1String("subtypeId"),
                    idOf(subtypes.at(pick(subtypes.size())).toObject()));
    const QJsonObject stage = m_stages.at(pick(m_stages.size()));
    lead.insert(QLatin1String("stageId"), idOf(stage));
    const QJsonArray reasons = stage.value(QLatin1String("reasons")).toArray();
    if (!reasons.isEmpty() && chance(70))
        lead.insert(QLatin1String("stageReasonId"),
                    idOf(reasons.at(pick(reasons.size())).toObject()));
    lead.insert(QLatin1String("sourceId"), idOf(m_sources.at(pick(m_sources.size()))));
    if (!m_qualities.isEmpty() && chance(80))
        lead.insert(QLatin1String("qualityId"), idOf(m_qualities.at(pick(m_qualities.size()))));
    if (!m_channels.isEmpty() && chance(70))
        lead.insert(QLatin1String("channelId"), idOf(m_channels.at(pick(m_channels.size()))));
    lead.insert(QLatin1String("ownerUserId"), idOf(m_users.at(pick(m_users.size()))));
}

QJsonObject SeedLeads::customFields(const QDateTime &created)
{
    QJsonObject fields;
    fields.insert(QStringLiteral("900"),
                  created.date().addDays(30 + pick(370)).toString(Qt::ISODate));
    fields.insert(QStringLiteral("901"), qint64(10 + pick(790)));
    if (!m_budgetBands.isEmpty())
        fields.insert(QStringLiteral("902"), m_budgetBands.at(pick(m_budgetBands.size())));
    if (!m_formats.isEmpty() && chance(40))
        fields.insert(QStringLiteral("903"), QJsonArray {m_formats.at(pick(m_formats.size()))});
    if (!m_venues.isEmpty())
        fields.insert(QStringLiteral("909"), m_venues.at(pick(m_venues.size())));
    return fields;
}
