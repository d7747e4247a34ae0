#include "sandbox/sandboxstore.h"

#include <QJsonArray>

void SandboxStore::setLookupList(Lookup lookup, const QList<QJsonObject> &items)
{
    m_lookupLists.insert(lookup, items);
    QHash<qint64, QJsonObject> &byId = m_lookupById[lookup];
    byId.clear();
    for (const QJsonObject &item : items) {
        const qint64 id = item.value(QLatin1String("id")).toInteger();
        byId.insert(id, item);
        if (lookup == Lookup::LeadType) {
            const QJsonArray subtypes = item.value(QLatin1String("subtypes")).toArray();
            for (const QJsonValue &subtype : subtypes) {
                const qint64 subtypeId = subtype.toObject().value(QLatin1String("id")).toInteger();
                m_subtypeType.insert(subtypeId, id);
            }
        } else if (lookup == Lookup::LeadStage) {
            const QJsonArray reasons = item.value(QLatin1String("reasons")).toArray();
            for (const QJsonValue &reason : reasons) {
                const qint64 reasonId = reason.toObject().value(QLatin1String("id")).toInteger();
                m_reasonStage.insert(reasonId, id);
                m_reasons.insert(reasonId, reason.toObject());
            }
        }
    }
}

const QList<QJsonObject> &SandboxStore::lookupList(Lookup lookup) const
{
    static const QList<QJsonObject> none;
    const auto it = m_lookupLists.constFind(lookup);
    return it == m_lookupLists.constEnd() ? none : *it;
}

QJsonObject SandboxStore::lookup(Lookup lookup, qint64 id) const
{
    return m_lookupById.value(lookup).value(id);
}

bool SandboxStore::hasLookup(Lookup lookup, qint64 id) const
{
    const auto it = m_lookupById.constFind(lookup);
    return it != m_lookupById.constEnd() && it->contains(id);
}

bool SandboxStore::typeHasSubtypes(qint64 typeId) const
{
    return !lookup(Lookup::LeadType, typeId).value(QLatin1String("subtypes")).toArray().isEmpty();
}

bool SandboxStore::userIsActive(qint64 userId) const
{
    // account_get-user-list.md: currentStatus 1 is Active, 2 Inactive.
    return lookup(Lookup::User, userId).value(QLatin1String("currentStatus")).toInt() == 1;
}

void SandboxStore::setSchema(Kind kind, const SandboxFieldSchema &schema)
{
    m_schemas.insert(kind, schema);
}

const SandboxFieldSchema &SandboxStore::schema(Kind kind) const
{
    static const SandboxFieldSchema none;
    const auto it = m_schemas.constFind(kind);
    return it == m_schemas.constEnd() ? none : *it;
}

const QMap<qint64, QJsonObject> &SandboxStore::records(Kind kind) const
{
    switch (kind) {
    case Kind::Lead:
        return m_leads;
    case Kind::Contact:
        return m_contacts;
    case Kind::Company:
        break;
    }
    return m_companies;
}

QMap<qint64, QJsonObject> &SandboxStore::recordsFor(Kind kind)
{
    return const_cast<QMap<qint64, QJsonObject> &>(std::as_const(*this).records(kind));
}

QJsonObject SandboxStore::record(Kind kind, qint64 id) const
{
    return records(kind).value(id);
}

bool SandboxStore::has(Kind kind, qint64 id) const
{
    return records(kind).contains(id);
}

qint64 SandboxStore::insert(Kind kind, QJsonObject record)
{
    QMap<qint64, QJsonObject> &map = recordsFor(kind);
    qint64 id = record.value(QLatin1String("id")).toInteger();
    if (id <= 0 || map.contains(id)) {
        id = map.isEmpty() ? 1 : map.lastKey() + 1;
        record.insert(QLatin1String("id"), id);
    }
    map.insert(id, record);
    ++m_revision;
    return id;
}

void SandboxStore::replace(Kind kind, qint64 id, const QJsonObject &record)
{
    recordsFor(kind).insert(id, record);
    ++m_revision;
}
