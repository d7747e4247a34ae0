#pragma once

#include "sandbox/apiresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

class CompanyValidator;
class ContactValidator;
class LeadValidator;
class SandboxStore;

// The contact namespace's write calls: validate the whole request first, then write, so a
// rejected request never leaves a partial record behind.
class WriteActions
{
public:
    WriteActions(SandboxStore &store, std::function<QDateTime()> clock);
    ~WriteActions();

    ApiResult addOrUpdateLead(const QJsonObject &body);
    ApiResult addOrUpdateContact(const QJsonObject &body);
    ApiResult addOrUpdateCompany(const QJsonObject &body);

    // Test seam: changes a lead as another user would, without validation.
    bool updateLeadForTest(qint64 id, const QJsonObject &fields);

private:
    qint64 saveContact(qint64 id, const QJsonObject &body, const QList<qint64> &alsoCompanies);
    qint64 saveCompany(qint64 id, const QJsonObject &body);
    void linkContactToCompany(qint64 contactId, qint64 companyId);
    // Strictly later than the record's last change, so every write is visible to a client
    // comparing modifiedDate even within one second.
    QString nextModifiedDate(const QJsonObject &stored) const;
    static ApiResult saved(qint64 id);

    SandboxStore &m_store;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<ContactValidator> m_contacts;
    std::unique_ptr<CompanyValidator> m_companies;
    std::unique_ptr<LeadValidator> m_leads;
};
