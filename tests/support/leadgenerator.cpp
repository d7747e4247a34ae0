#include "leadgenerator.h"

#include "model/customfieldschema.h"

#include <QJsonArray>

namespace {
void addCustom(QJsonObject &body, const char *valueKey, int fieldId, const QJsonValue &value)
{
    QJsonArray custom = body.value(QStringLiteral("customFields")).toArray();
    for (int i = 0; i < custom.size(); ++i) {
        if (custom.at(i).toObject().value(QStringLiteral("fieldId")).toInt() == fieldId) {
            custom.removeAt(i);
            break;
        }
    }
    custom.append(
        QJsonObject {{QStringLiteral("fieldId"), fieldId}, {QLatin1String(valueKey), value}});
    body.insert(QStringLiteral("customFields"), custom);
}
} // namespace

LeadGenerator::LeadGenerator(std::shared_ptr<const LookupCatalog> catalog,
                             QMap<QString, QJsonArray> lists, QList<qint64> leadIds, quint32 seed)
    : m_catalog(std::move(catalog))
    , m_leadIds(std::move(leadIds))
    , m_random(seed)
{
    for (const QJsonValue &v : lists.value(QStringLiteral("contacts")))
        m_contacts.append(v.toObject());
    for (const QJsonValue &v : lists.value(QStringLiteral("companies")))
        m_companies.append(v.toObject());
}

qint64 LeadGenerator::pick(const QString &lookup, qint64 parent)
{
    const QList<LookupOption> options = m_catalog->options(lookup, parent);
    return options.isEmpty() ? 0 : oneOf(options).id;
}

QJsonValue LeadGenerator::goodValue(const FieldDefinition &f)
{
    switch (f.customType) {
    case 0:
        return QStringLiteral("Text %1").arg(m_random.bounded(1000));
    case 1:
        return QStringLiteral("Line one\nLine two");
    case 2:
    case 9:
        return oneOf(f.selectOptions->items()).first;
    case 3: {
        const auto &items = f.selectOptions->items();
        QJsonArray keys {items.first().first};
        if (items.size() > 1 && m_random.bounded(2))
            keys.append(items.last().first);
        return keys;
    }
    case 4:
        return m_random.bounded(2)
            ? QJsonObject {{QStringLiteral("line1"), QStringLiteral("1 Macquarie St")},
                           {QStringLiteral("city"), QStringLiteral("Sydney")},
                           {QStringLiteral("stateCode"), QStringLiteral("NSW")},
                           {QStringLiteral("postalCode"), QStringLiteral("2000")},
                           {QStringLiteral("countryCode"), QStringLiteral("AU")}}
            : QJsonObject {{QStringLiteral("line1"), QStringLiteral("10 Downing St")},
                           {QStringLiteral("city"), QStringLiteral("London")},
                           {QStringLiteral("countryCode"), QStringLiteral("GB")}};
    case 5:
        return QStringLiteral("2027-%1-%2")
            .arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'))
            .arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0'));
    case 8:
        return int(m_random.bounded(5000));
    default:
        return QJsonValue();
    }
}

QJsonArray LeadGenerator::requiredCustom(RecordKind kind, const char *valueKey)
{
    QJsonObject holder;
    for (const FieldDefinition &f : m_catalog->customFields(kind))
        if (f.active && !f.neverSent() && (f.requiredByDefinition || m_random.bounded(4) == 0))
            addCustom(holder, valueKey, f.customFieldId, goodValue(f));
    return holder.value(QStringLiteral("customFields")).toArray();
}

QJsonObject LeadGenerator::newContact()
{
    const int n = ++m_serial;
    QJsonObject contact {{QStringLiteral("firstName"), QStringLiteral("Gen%1").arg(n)},
                         {QStringLiteral("lastName"), QStringLiteral("Tester")},
                         {QStringLiteral("email"), QStringLiteral("gen%1@example.com").arg(n)}};
    const QJsonArray custom = requiredCustom(RecordKind::Contact, "value");
    if (!custom.isEmpty())
        contact.insert(QStringLiteral("customFields"), custom);
    return contact;
}

QJsonObject LeadGenerator::newCompany()
{
    QJsonObject company {
        {QStringLiteral("businessName"), QStringLiteral("Generated Events %1").arg(++m_serial)}};
    const QJsonArray custom = requiredCustom(RecordKind::Company, "value");
    if (!custom.isEmpty())
        company.insert(QStringLiteral("customFields"), custom);
    return company;
}

QJsonObject LeadGenerator::baseLead(QString &path)
{
    QJsonObject lead {{QStringLiteral("name"), QStringLiteral("Generated lead %1").arg(++m_serial)},
                      {QStringLiteral("sourceId"), pick(QStringLiteral("sources"))},
                      {QStringLiteral("stageId"), pick(QStringLiteral("stages"))}};
    const qint64 type = pick(QStringLiteral("types"));
    lead.insert(QStringLiteral("typeId"), type);
    path = m_catalog->typeHasSubtypes(type) ? QStringLiteral("type with subtypes")
                                            : QStringLiteral("type without subtypes");
    if (m_catalog->typeHasSubtypes(type))
        lead.insert(QStringLiteral("subtypeId"), pick(QStringLiteral("subtypes"), type));
    const qint64 stage = lead.value(QStringLiteral("stageId")).toInteger();
    if (m_random.bounded(2) && !m_catalog->options(QStringLiteral("reasons"), stage).isEmpty()) {
        lead.insert(QStringLiteral("stageReasonId"), pick(QStringLiteral("reasons"), stage));
        path += QStringLiteral(", reason");
    }
    if (m_random.bounded(2))
        lead.insert(QStringLiteral("qualityId"), pick(QStringLiteral("qualities")));
    if (m_random.bounded(2))
        lead.insert(QStringLiteral("channelId"), pick(QStringLiteral("channels")));
    if (m_random.bounded(2))
        lead.insert(QStringLiteral("ownerUserId"), pick(QStringLiteral("users")));

    // Who the lead belongs to.
    QList<QJsonObject> linkedContacts;
    for (const QJsonObject &c : std::as_const(m_contacts))
        if (!c.value(QStringLiteral("companies")).toArray().isEmpty())
            linkedContacts.append(c);
    const int owner = int(m_random.bounded(4));
    if (owner == 0 || linkedContacts.isEmpty()) {
        path += QStringLiteral(", contact lead, existing contact");
        lead.insert(QStringLiteral("contactId"), oneOf(m_contacts).value(QStringLiteral("id")));
        lead.insert(QStringLiteral("industryId"), pick(QStringLiteral("industries")));
    } else if (owner == 1) {
        path += QStringLiteral(", contact lead, new contact");
        lead.insert(QStringLiteral("contact"), newContact());
        lead.insert(QStringLiteral("industryId"), pick(QStringLiteral("industries")));
    } else if (owner == 2) {
        path += QStringLiteral(", company lead, existing company and contact");
        const QJsonObject contact = oneOf(linkedContacts);
        lead.insert(QStringLiteral("companyId"),
                    contact.value(QStringLiteral("companies")).toArray().first());
        lead.insert(QStringLiteral("companyLeadContactId"), contact.value(QStringLiteral("id")));
    } else {
        path += QStringLiteral(", company lead, new company and contact");
        lead.insert(QStringLiteral("company"), newCompany());
        lead.insert(QStringLiteral("contact"), newContact());
    }
    const QJsonArray custom = requiredCustom(RecordKind::Lead, "fieldValue");
    if (!custom.isEmpty())
        lead.insert(QStringLiteral("customFields"), custom);
    return lead;
}

QJsonObject LeadGenerator::validLead(const QString &name)
{
    QString path;
    QJsonObject lead = baseLead(path);
    lead.insert(QStringLiteral("name"), name);
    return lead;
}

QString LeadGenerator::breakOne(QJsonObject &body, bool update)
{
    QStringList ways {"unknown source",          "bad id",           "subtype of another type",
                      "reason of another stage", "bad custom value", "file value",
                      "unknown custom field"};
    if (!update)
        ways << "missing name"
             << "missing source"
             << "missing type"
             << "missing stage"
             << "missing owner"
             << "missing required custom"
             << "nested problem"
             << "missing subtype";
    const QString way = oneOf(ways);
    const QList<LookupOption> types = m_catalog->options(QStringLiteral("types"));
    if (way == QStringLiteral("unknown source")) {
        body.insert(QStringLiteral("sourceId"), 987654);
    } else if (way == QStringLiteral("bad id")) {
        body.insert(oneOf(QStringList {"qualityId", "channelId", "typeId"}), QStringLiteral("abc"));
    } else if (way == QStringLiteral("subtype of another type")) {
        qint64 withSubtypes = 0, other = 0;
        for (const LookupOption &t : types) {
            if (m_catalog->typeHasSubtypes(t.id)) {
                if (!withSubtypes)
                    withSubtypes = t.id;
                else if (!other)
                    other = t.id;
            }
        }
        if (!other)
            return breakOne(body, update);
        body.insert(QStringLiteral("typeId"), withSubtypes);
        body.insert(QStringLiteral("subtypeId"), pick(QStringLiteral("subtypes"), other));
    } else if (way == QStringLiteral("missing subtype")) {
        for (const LookupOption &t : types)
            if (m_catalog->typeHasSubtypes(t.id)) {
                body.insert(QStringLiteral("typeId"), t.id);
                body.remove(QStringLiteral("subtypeId"));
                break;
            }
    } else if (way == QStringLiteral("reason of another stage")) {
        qint64 stageA = 0, stageB = 0;
        for (const LookupOption &s : m_catalog->options(QStringLiteral("stages"))) {
            if (m_catalog->options(QStringLiteral("reasons"), s.id).isEmpty())
                continue;
            if (!stageA)
                stageA = s.id;
            else if (!stageB)
                stageB = s.id;
        }
        if (!stageB)
            return breakOne(body, update);
        body.insert(QStringLiteral("stageId"), stageA);
        body.insert(QStringLiteral("stageReasonId"), pick(QStringLiteral("reasons"), stageB));
    } else if (way == QStringLiteral("bad custom value") || way == QStringLiteral("file value")) {
        QList<FieldDefinition> candidates;
        for (const FieldDefinition &f : m_catalog->customFields(RecordKind::Lead)) {
            const bool file = f.customType == 6 || f.customType == 7;
            if (f.active && file == (way == QStringLiteral("file value")))
                candidates.append(f);
        }
        if (candidates.isEmpty())
            return breakOne(body, update);
        const FieldDefinition f = oneOf(candidates);
        static const QJsonValue bad[]
            = {42,
               QJsonObject {{QStringLiteral("a"), 1}},
               QStringLiteral("no such key"),
               QJsonArray {QStringLiteral("no such key")},
               QJsonObject {{QStringLiteral("countryCode"), QStringLiteral("XX")}},
               QStringLiteral("2027-13-01"),
               QStringLiteral("report.pdf"),
               QStringLiteral("read me"),
               QStringLiteral("12.5"),
               QStringLiteral("no such key")};
        addCustom(body, "fieldValue", f.customFieldId, bad[f.customType]);
        return way + QStringLiteral(" (") + CustomFieldSchema::typeName(f.customType)
            + QLatin1Char(')');
    } else if (way == QStringLiteral("unknown custom field")) {
        addCustom(body, "fieldValue", 987654, QStringLiteral("x"));
    } else if (way.startsWith(QStringLiteral("missing "))
               && way != QStringLiteral("missing required custom")
               && way != QStringLiteral("missing owner")) {
        const QString key = way.mid(8);
        body.remove(key == QStringLiteral("name") ? QStringLiteral("name")
                                                  : key + QStringLiteral("Id"));
    } else if (way == QStringLiteral("missing owner")) {
        for (const char *key : {"contactId", "contact", "companyLeadContactId", "industryId"}) {
            if (body.contains(QLatin1String(key))) {
                body.remove(QLatin1String(key));
                return way + QStringLiteral(": ") + QLatin1String(key);
            }
        }
    } else if (way == QStringLiteral("missing required custom")) {
        QJsonArray custom = body.value(QStringLiteral("customFields")).toArray();
        if (custom.isEmpty())
            return breakOne(body, update);
        custom.removeFirst();
        body.insert(QStringLiteral("customFields"), custom);
    } else if (way == QStringLiteral("nested problem")) {
        if (body.contains(QStringLiteral("contact"))) {
            QJsonObject contact = body.value(QStringLiteral("contact")).toObject();
            contact.insert(QStringLiteral("email"), QStringLiteral("not-an-email"));
            body.insert(QStringLiteral("contact"), contact);
        } else if (body.contains(QStringLiteral("companyLeadContactId"))) {
            // A contact that does not belong to the company.
            for (const QJsonObject &c : std::as_const(m_contacts)) {
                const QJsonValue company = body.value(QStringLiteral("companyId"));
                if (!c.value(QStringLiteral("companies")).toArray().contains(company)) {
                    body.insert(QStringLiteral("companyLeadContactId"),
                                c.value(QStringLiteral("id")));
                    break;
                }
            }
        } else {
            // An existing contact is checked by the platform only: offline, LeadDesk knows
            // the contacts it has seen, not every contact there is.
            return breakOne(body, update);
        }
    }
    return way;
}

LeadGenerator::Case LeadGenerator::next()
{
    Case c;
    const bool update = !m_leadIds.isEmpty() && m_random.bounded(6) == 0;
    QString path;
    QJsonObject body = baseLead(path);
    if (update) {
        // A correction: a few fields of an existing lead.
        QJsonObject partial {{QStringLiteral("id"), oneOf(m_leadIds)}};
        for (const char *key : {"stageId", "qualityId", "channelId", "name"})
            if (body.contains(QLatin1String(key)) && m_random.bounded(2))
                partial.insert(QLatin1String(key), body.value(QLatin1String(key)));
        // A reason goes with its stage: the stored stage is not known here.
        if (partial.contains(QStringLiteral("stageId"))
            && body.contains(QStringLiteral("stageReasonId")))
            partial.insert(QStringLiteral("stageReasonId"),
                           body.value(QStringLiteral("stageReasonId")));
        if (partial.size() == 1)
            partial.insert(QStringLiteral("description"), QStringLiteral("Corrected"));
        body = partial;
        path = QStringLiteral("update");
        c.update = true;
    }
    if (m_random.bounded(2)) {
        path += QStringLiteral(" / broken: ") + breakOne(body, update);
    }
    c.name = path;
    c.body = body;
    return c;
}
