#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <random>

class SandboxStore;

/// Makes the seeded leads a plan in leads.json asks for, from the store's lookups, contacts and
/// companies: the same leads on every platform for the same seed.
class SeedLeads
{
public:
    SeedLeads(const SandboxStore &store, const QJsonObject &plan);

    /// How many leads the plan asks for; none when the lookups or contacts they need are missing.
    int count() const;
    /// The plan's lead number `index`; call in order, from 0.
    QJsonObject lead(int index);

private:
    qsizetype pick(qsizetype size);
    bool chance(int percent);
    /// Who the lead is for (a company and one of its contacts, or a contact); returns the name.
    QString addWho(QJsonObject &lead);
    void addClassification(QJsonObject &lead);
    QJsonObject customFields(const QDateTime &created);

    qint64 m_firstId = 0;
    int m_count = 0;
    // mt19937 is specified bit for bit by the standard; only its raw output is used (no
    // std::distribution), so every platform generates the same leads.
    std::mt19937 m_random;
    QDateTime m_from;
    QDateTime m_to;
    qint64 m_span = 1;
    qint64 m_maxModifiedAfter = 0;
    QJsonArray m_occasions;
    QJsonArray m_descriptions;
    QList<QJsonObject> m_types, m_stages, m_sources, m_qualities, m_channels, m_industries, m_users,
        m_contacts;
    QHash<qint64, QList<qint64>> m_contactsOfCompany;
    QList<QJsonObject> m_companiesWithContacts;
    QStringList m_budgetBands, m_formats, m_venues;
};
