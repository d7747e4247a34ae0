#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class SandboxStore;
class SandboxFieldSchema;

// Turns stored records into the shapes the platform's list calls answer with
// (crm_get-lead-list.md, contact_get-contact-list.md, contact_get-company-list.md).
class RecordViews
{
public:
    explicit RecordViews(const SandboxStore &store);

    QJsonObject lead(qint64 id) const;
    QJsonObject contact(qint64 id) const;
    QJsonObject company(qint64 id) const;

    // Every record's view in id order; rebuilt only after the store changed.
    const QList<QJsonObject> &allLeads() const;
    const QList<QJsonObject> &allContacts() const;
    const QList<QJsonObject> &allCompanies() const;

private:
    QJsonObject leadView(const QJsonObject &stored) const;
    QJsonObject contactView(const QJsonObject &stored) const;
    QJsonObject companyView(const QJsonObject &stored) const;
    QJsonObject userSummary(const QJsonValue &userId, bool withPhone) const;
    QJsonArray customFieldsView(const QJsonObject &values, const SandboxFieldSchema &schema) const;
    void refresh() const;

    const SandboxStore &m_store;
    mutable quint64 m_revision = ~quint64(0);
    mutable QList<QJsonObject> m_leads;
    mutable QList<QJsonObject> m_contacts;
    mutable QList<QJsonObject> m_companies;
};
