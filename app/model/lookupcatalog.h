#pragma once

#include "model/fielddefinition.h"
#include "model/recordfields.h"
#include "model/recordkind.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <memory>
#include <optional>

struct LookupOption
{
    qint64 id = 0;
    QString label;
};

/// The lookup lists and custom-field definitions one profile's forms use:
/// types with subtypes, stages with reasons, sources, qualities, channels,
/// industries, users, the contacts and companies seen so far, and the custom
/// fields of leads, contacts and companies. Immutable once built; a refresh
/// builds a new one.
class LookupCatalog
{
public:
    /// Lookup list names, as the lookup cache stores them.
    static const QStringList &listNames();

    /// `lists` as LookupFetcher/LookupCache hold them (keys of listNames(),
    /// plus optional "contacts" and "companies"); `leadSchema` is the
    /// profile's admin-maintained lead custom-field definitions.
    static std::shared_ptr<const LookupCatalog> build(const QMap<QString, QJsonArray> &lists,
                                                      const QJsonArray &leadSchema,
                                                      const QDateTime &fetchedAt = QDateTime());

    bool isEmpty() const { return m_empty; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /// Definitions that could not be read (named entry and reason); those lists are empty.
    const QStringList &problems() const { return m_problems; }

    /// Options of a lookup ("sources", "subtypes" of `parentId`, "reasons" of `parentId` …).
    QList<LookupOption> options(const QString &lookup, qint64 parentId = 0) const;
    bool contains(const QString &lookup, qint64 id) const;
    QString label(const QString &lookup, qint64 id) const;

    /// Users that exist but may no longer own leads (currentStatus 2).
    bool isInactiveUser(qint64 userId) const { return m_inactiveUsers.contains(userId); }
    bool typeHasSubtypes(qint64 typeId) const;
    bool isSubtypeOf(qint64 subtypeId, qint64 typeId) const;
    bool isReasonOf(qint64 reasonId, qint64 stageId) const;
    /// The type a subtype belongs to, 0 when unknown.
    qint64 typeOfSubtype(qint64 subtypeId) const { return m_subtypeParent.value(subtypeId); }
    qint64 stageOfReason(qint64 reasonId) const { return m_reasonParent.value(reasonId); }

    const QList<FieldDefinition> &customFields(RecordKind kind) const;
    /// The built-in and custom fields of a record of `kind`, in form order.
    const RecordFields &fields(RecordKind kind) const;

    /// A known contact's company ids; nullopt when the contact is not known here.
    std::optional<QList<qint64>> companiesOfContact(qint64 contactId) const;
    QJsonObject knownContact(qint64 id) const { return m_contacts.value(id); }
    QJsonObject knownCompany(qint64 id) const { return m_companies.value(id); }

private:
    struct List
    {
        QList<LookupOption> items;
        QHash<qint64, int> index;
        void add(qint64 id, const QString &label);
    };

    bool m_empty = true;
    QDateTime m_fetchedAt;
    QStringList m_problems;
    QHash<QString, List> m_lists;
    QHash<qint64, List> m_subtypes; ///< by type id
    QHash<qint64, List> m_reasons; ///< by stage id
    QHash<qint64, qint64> m_subtypeParent;
    QHash<qint64, qint64> m_reasonParent;
    QHash<qint64, bool> m_inactiveUsers;
    QList<FieldDefinition> m_leadFields;
    QList<FieldDefinition> m_contactFields;
    QList<FieldDefinition> m_companyFields;
    RecordFields m_leadRecordFields {RecordKind::Lead, {}};
    RecordFields m_contactRecordFields {RecordKind::Contact, {}};
    RecordFields m_companyRecordFields {RecordKind::Company, {}};
    QHash<qint64, QJsonObject> m_contacts;
    QHash<qint64, QJsonObject> m_companies;
};
