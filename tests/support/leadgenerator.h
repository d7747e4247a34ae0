#pragma once

#include "model/lookupcatalog.h"

#include <QJsonObject>
#include <QRandomGenerator>

/// Lead request bodies for tests and benchmarks, made from whatever a
/// platform's lookups hold: valid ones along every rule path, and invalid
/// ones that break one rule each. Deterministic for a seed.
class LeadGenerator
{
public:
    struct Case
    {
        QString name; ///< the rule path and what was broken, for messages
        QJsonObject body; ///< the request body
        bool update = false;
    };

    /// `lists` holds "contacts" and "companies" as the platform lists them;
    /// `leadIds` are existing leads for update cases.
    LeadGenerator(std::shared_ptr<const LookupCatalog> catalog, QMap<QString, QJsonArray> lists,
                  QList<qint64> leadIds, quint32 seed);

    /// A record along a random rule path; about half of them break one rule.
    Case next();
    /// A new, valid contact or company lead named `name`.
    QJsonObject validLead(const QString &name);

private:
    QJsonObject baseLead(QString &path);
    QJsonValue goodValue(const FieldDefinition &field);
    QJsonArray requiredCustom(RecordKind kind, const char *valueKey);
    QJsonObject newContact();
    QJsonObject newCompany();
    qint64 pick(const QString &lookup, qint64 parent = 0);
    template<typename T> const T &oneOf(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(quint32(list.size()))));
    }
    QString breakOne(QJsonObject &body, bool update);

    std::shared_ptr<const LookupCatalog> m_catalog;
    QList<QJsonObject> m_contacts;
    QList<QJsonObject> m_companies;
    QList<qint64> m_leadIds;
    QRandomGenerator m_random;
    int m_serial = 0;
};
