#pragma once

#include "sandbox/customfieldvalidator.h"
#include "sandbox/sandboxerror.h"

#include <QJsonObject>

#include <optional>

class CompanyValidator;
class ContactValidator;
class SandboxStore;

// The rules of contact?action=addOrUpdateLead (contact_add-or-update-lead.md and DESIGN.md
// "Conditional required rules"), applied in this order:
//   24215 empty body; 23016 id; 24216 unknown id; 23016 other kinds (first only);
//   23017 required on create (first only); 24218 every remaining problem.
class LeadValidator
{
public:
    LeadValidator(const SandboxStore &store, const ContactValidator &contacts,
                  const CompanyValidator &companies);

    std::optional<SandboxError> validate(const QJsonObject &request) const;
    /// Optional fields an update may empty by sending null.
    static const QStringList &clearableKeys();

    // A company lead when companyId or company is sent, or the stored lead already is one.
    static bool isCompanyLead(const QJsonObject &body, const QJsonObject &stored);
    const CustomFieldValidator &customFields() const { return m_customFields; }

private:
    std::optional<SandboxError> checkKinds(const QJsonObject &body) const;
    std::optional<SandboxError> checkRequired(const QJsonObject &body) const;
    void collectProblems(const QJsonObject &body, const QJsonObject &stored,
                         QStringList *problems) const;
    void collectPartyProblems(const QJsonObject &body, const QJsonObject &stored,
                              QStringList *problems) const;

    const SandboxStore &m_store;
    const ContactValidator &m_contacts;
    const CompanyValidator &m_companies;
    CustomFieldValidator m_customFields;
};
