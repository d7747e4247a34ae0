#include "sandbox/seedloader.h"

#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/seedleads.h"
#include "sandbox/valuecheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    SeedLeads generator(*store, plan);
    const int count = generator.count();
    for (int i = 0; i < count; ++i)
        store->insert(SandboxStore::Kind::Lead, generator.lead(i));
}
