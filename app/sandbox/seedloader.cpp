#include "sandbox/seedloader.h"

#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

namespace {
QJsonDocument readJson(const QString &path, bool *ok, QByteArray *text = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSandbox) << "seed file missing:" << path;
        *ok = false;
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (text)
        *text = bytes;
    QJsonParseError error {};
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        qCCritical(lcSandbox) << "seed file" << path << "is not JSON:" << error.errorString();
        *ok = false;
    }
    return document;
}

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    return list;
}

// Seed files write custom fields as the API does, [{fieldId, value}]; records keep a map.
QJsonObject customFieldMap(const QJsonValue &list)
{
    QJsonObject map;
    const QJsonArray entries = list.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        map.insert(QString::number(object.value(QLatin1String("fieldId")).toInteger()),
                   object.value(QLatin1String("value")));
    }
    return map;
}

QJsonObject withCustomFieldMap(QJsonObject record)
{
    record.insert(QLatin1String("customFields"),
                  customFieldMap(record.value(QLatin1String("customFields"))));
    return record;
}
} // namespace

bool SeedLoader::load(SandboxStore *store, const QString &directory)
{
    bool ok = true;
    const auto path = [&directory](const char *name) -> QString {
        return directory + QLatin1Char('/') + QLatin1String(name);
    };
    const QJsonObject lookups = readJson(path("lookups.json"), &ok).object();
    using Lookup = SandboxStore::Lookup;
    const std::pair<Lookup, const char *> lists[] = {
        {Lookup::LeadType, "leadTypes"},
        {Lookup::LeadStage, "leadStages"},
        {Lookup::LeadSource, "leadSources"},
        {Lookup::LeadQuality, "leadQualities"},
        {Lookup::LeadChannel, "leadChannels"},
        {Lookup::Industry, "industries"},
        {Lookup::User, "users"},
    };
    for (const auto &[lookup, key] : lists)
        store->setLookupList(lookup, objects(lookups.value(QLatin1String(key)).toArray()));

    using Kind = SandboxStore::Kind;
    const std::pair<Kind, const char *> schemas[] = {
        {Kind::Lead, "lead-custom-fields.json"},
        {Kind::Contact, "contact-custom-fields.json"},
        {Kind::Company, "company-custom-fields.json"},
    };
    for (const auto &[kind, file] : schemas) {
        QByteArray text;
        readJson(path(file), &ok, &text);
        store->setSchema(kind, SandboxFieldSchema::fromText(text));
    }

    const QJsonArray companies = readJson(path("companies.json"), &ok).array();
    for (const QJsonValue &company : companies)
        store->insert(Kind::Company, withCustomFieldMap(company.toObject()));
    const QJsonArray contacts = readJson(path("contacts.json"), &ok).array();
    for (const QJsonValue &contact : contacts)
        store->insert(Kind::Contact, withCustomFieldMap(contact.toObject()));

    generateLeads(store, readJson(path("leads.json"), &ok).object());
    return ok;
}

void SeedLoader::generateLeads(SandboxStore *store, const QJsonObject &plan)
{
    using Kind = SandboxStore::Kind;
    using Lookup = SandboxStore::Lookup;
    const qint64 firstId = plan.value(QLatin1String("firstId")).toInteger(20000);
    const int count = plan.value(QLatin1String("count")).toInt();
    // mt19937 is specified bit for bit by the standard; only its raw output is used (no
    // std::distribution), so every platform generates the same leads.
    std::mt19937 random(
        static_cast<std::mt19937::result_type>(plan.value(QLatin1String("seed")).toInteger(1)));
    const auto pick = [&random](qsizetype size) {
        return size <= 0 ? qsizetype(0) : qsizetype(random() % quint32(size));
    };
    const auto chance = [&random](int percent) { return int(random() % 100u) < percent; };

    const QDateTime from
        = ValueCheck::parseTimestamp(plan.value(QLatin1String("createdFrom")).toString())
              .value_or(QDateTime::fromSecsSinceEpoch(0));
    const QDateTime to
        = ValueCheck::parseTimestamp(plan.value(QLatin1String("createdTo")).toString())
              .value_or(from);
    const qint64 span = qMax<qint64>(1, from.secsTo(to));
    const qint64 maxModifiedAfter
        = plan.value(QLatin1String("maxModifiedAfterDays")).toInteger(30) * 86400;
    const QJsonArray occasions = plan.value(QLatin1String("occasions")).toArray();
    const QJsonArray descriptions = plan.value(QLatin1String("descriptions")).toArray();

    const QList<QJsonObject> &types = store->lookupList(Lookup::LeadType);
    const QList<QJsonObject> &stages = store->lookupList(Lookup::LeadStage);
    const QList<QJsonObject> &sources = store->lookupList(Lookup::LeadSource);
    const QList<QJsonObject> &qualities = store->lookupList(Lookup::LeadQuality);
    const QList<QJsonObject> &channels = store->lookupList(Lookup::LeadChannel);
    const QList<QJsonObject> &industries = store->lookupList(Lookup::Industry);
    const QList<QJsonObject> &users = store->lookupList(Lookup::User);
    const QList<QJsonObject> contacts = store->records(Kind::Contact).values();
    const QList<QJsonObject> companies = store->records(Kind::Company).values();
    QHash<qint64, QList<qint64>> contactsOfCompany;
    for (const QJsonObject &contact : contacts) {
        const QJsonArray memberships = contact.value(QLatin1String("companies")).toArray();
        for (const QJsonValue &company : memberships)
            contactsOfCompany[company.toInteger()].append(
                contact.value(QLatin1String("id")).toInteger());
    }
    QList<QJsonObject> companiesWithContacts;
    for (const QJsonObject &company : companies) {
        if (contactsOfCompany.contains(company.value(QLatin1String("id")).toInteger()))
            companiesWithContacts.append(company);
    }
    const SandboxFieldSchema &schema = store->schema(Kind::Lead);
    const auto selectKeys = [&schema](qint64 fieldId) {
        const SandboxFieldSchema::Field *field = schema.field(fieldId);
        return field ? field->selectValues.keys() : QStringList();
    };
    const QStringList budgetBands = selectKeys(902);
    const QStringList formats = selectKeys(903);
    const QStringList venues = selectKeys(909);
    const auto idOf
        = [](const QJsonObject &object) { return object.value(QLatin1String("id")).toInteger(); };

    for (int i = 0; i < count && !types.isEmpty() && !stages.isEmpty() && !sources.isEmpty()
         && !contacts.isEmpty() && !users.isEmpty();
         ++i) {
        QJsonObject lead;
        lead.insert(QLatin1String("id"), firstId + i);
        const QDateTime created = from.addSecs(qint64(random() % quint32(span)));
        const QDateTime modified
            = qMin(to, created.addSecs(qint64(random() % 1000u) * maxModifiedAfter / 1000));
        QString who;
        if (!companiesWithContacts.isEmpty() && chance(60)) {
            const QJsonObject company
                = companiesWithContacts.at(pick(companiesWithContacts.size()));
            const QList<qint64> members = contactsOfCompany.value(idOf(company));
            lead.insert(QLatin1String("companyId"), idOf(company));
            lead.insert(QLatin1String("contactId"), members.at(pick(members.size())));
            who = company.value(QLatin1String("tradingName")).toString();
            if (who.isEmpty())
                who = company.value(QLatin1String("businessName")).toString();
        } else {
            const QJsonObject contact = contacts.at(pick(contacts.size()));
            lead.insert(QLatin1String("contactId"), idOf(contact));
            lead.insert(QLatin1String("industryId"), idOf(industries.at(pick(industries.size()))));
            who = contact.value(QLatin1String("firstName")).toString() + QLatin1Char(' ')
                + contact.value(QLatin1String("lastName")).toString();
        }
        const QString occasion = occasions.at(pick(occasions.size())).toString();
        const QString name = who + QLatin1Char(' ') + occasion + QLatin1Char(' ')
            + QString::number(created.date().year() + 1);
        lead.insert(QLatin1String("name"), name);
        const QString description = descriptions.at(pick(descriptions.size())).toString();
        if (!description.isEmpty())
            lead.insert(QLatin1String("description"), description);

        const QJsonObject type = types.at(pick(types.size()));
        lead.insert(QLatin1String("typeId"), idOf(type));
        const QJsonArray subtypes = type.value(QLatin1String("subtypes")).toArray();
        if (!subtypes.isEmpty())
            lead.insert(QLatin1String("subtypeId"),
                        idOf(subtypes.at(pick(subtypes.size())).toObject()));
        const QJsonObject stage = stages.at(pick(stages.size()));
        lead.insert(QLatin1String("stageId"), idOf(stage));
        const QJsonArray reasons = stage.value(QLatin1String("reasons")).toArray();
        if (!reasons.isEmpty() && chance(70))
            lead.insert(QLatin1String("stageReasonId"),
                        idOf(reasons.at(pick(reasons.size())).toObject()));
        lead.insert(QLatin1String("sourceId"), idOf(sources.at(pick(sources.size()))));
        if (!qualities.isEmpty() && chance(80))
            lead.insert(QLatin1String("qualityId"), idOf(qualities.at(pick(qualities.size()))));
        if (!channels.isEmpty() && chance(70))
            lead.insert(QLatin1String("channelId"), idOf(channels.at(pick(channels.size()))));
        lead.insert(QLatin1String("ownerUserId"), idOf(users.at(pick(users.size()))));

        QJsonObject customFields;
        customFields.insert(QStringLiteral("900"),
                            created.date().addDays(30 + pick(370)).toString(Qt::ISODate));
        customFields.insert(QStringLiteral("901"), qint64(10 + pick(790)));
        if (!budgetBands.isEmpty())
            customFields.insert(QStringLiteral("902"), budgetBands.at(pick(budgetBands.size())));
        if (!formats.isEmpty() && chance(40))
            customFields.insert(QStringLiteral("903"),
                                QJsonArray {formats.at(pick(formats.size()))});
        if (!venues.isEmpty())
            customFields.insert(QStringLiteral("909"), venues.at(pick(venues.size())));
        lead.insert(QLatin1String("customFields"), customFields);
        lead.insert(QLatin1String("createdDate"), ValueCheck::timestamp(created));
        lead.insert(QLatin1String("modifiedDate"), ValueCheck::timestamp(modified));
        store->insert(Kind::Lead, lead);
    }
}
