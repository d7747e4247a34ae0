#pragma once

#include "sandbox/sandboxfieldschema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

// Everything the sandbox platform knows: lookup lists (in their documented read shape),
// custom-field schemas, and leads, contacts and companies in a stored form (ids, plain values,
// customFields as {"<fieldId>": value}). Records are kept by id so lists come out in id order.
class SandboxStore
{
public:
    enum class Lookup
    {
        LeadType,
        LeadStage,
        LeadSource,
        LeadQuality,
        LeadChannel,
        Industry,
        User
    };
    enum class Kind
    {
        Lead,
        Contact,
        Company
    };

    void setLookupList(Lookup lookup, const QList<QJsonObject> &items);
    const QList<QJsonObject> &lookupList(Lookup lookup) const;
    QJsonObject lookup(Lookup lookup, qint64 id) const;
    bool hasLookup(Lookup lookup, qint64 id) const;

    // 0 when the subtype / reason is unknown.
    qint64 typeOfSubtype(qint64 subtypeId) const { return m_subtypeType.value(subtypeId); }
    qint64 stageOfReason(qint64 reasonId) const { return m_reasonStage.value(reasonId); }
    QJsonObject reason(qint64 reasonId) const { return m_reasons.value(reasonId); }
    bool typeHasSubtypes(qint64 typeId) const;
    bool userIsActive(qint64 userId) const;

    void setSchema(Kind kind, const SandboxFieldSchema &schema);
    const SandboxFieldSchema &schema(Kind kind) const;

    const QMap<qint64, QJsonObject> &records(Kind kind) const;
    QJsonObject record(Kind kind, qint64 id) const;
    bool has(Kind kind, qint64 id) const;
    // Keeps the record's "id" when it has one (seeding), else gives it the next free id.
    qint64 insert(Kind kind, QJsonObject record);
    void replace(Kind kind, qint64 id, const QJsonObject &record);

    // Changes on every write, so derived views know when to rebuild.
    quint64 revision() const { return m_revision; }

private:
    QMap<qint64, QJsonObject> &recordsFor(Kind kind);

    QHash<Lookup, QList<QJsonObject>> m_lookupLists;
    QHash<Lookup, QHash<qint64, QJsonObject>> m_lookupById;
    QHash<qint64, qint64> m_subtypeType;
    QHash<qint64, qint64> m_reasonStage;
    QHash<qint64, QJsonObject> m_reasons;
    QHash<Kind, SandboxFieldSchema> m_schemas;
    QMap<qint64, QJsonObject> m_leads;
    QMap<qint64, QJsonObject> m_contacts;
    QMap<qint64, QJsonObject> m_companies;
    quint64 m_revision = 0;
};
