#pragma once

#include "sandbox/customfieldvalidator.h"
#include "sandbox/sandboxerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class ContactValidator;
class SandboxStore;

// The rules of contact?action=addOrUpdateCompany, also used for a new company nested in a lead
// ("company.").
class CompanyValidator
{
public:
    CompanyValidator(const SandboxStore &store, const ContactValidator &contacts);

    // A whole addOrUpdateCompany body; *targetId as in ContactValidator::validate.
    std::optional<SandboxError> validate(const QJsonObject &body, qint64 *targetId) const;

    std::optional<SandboxError> checkKinds(const QJsonObject &company, const QString &prefix) const;
    void collectProblems(const QJsonObject &company, const QString &prefix, bool create,
                         bool requiredAsProblems, QStringList *problems) const;

    // stored with the body's fields applied (primaryContact is left to the caller).
    QJsonObject apply(QJsonObject stored, const QJsonObject &body) const;
    // updateIfExists: the company with the same business name, or 0.
    qint64 findExisting(const QJsonObject &body) const;

private:
    const SandboxStore &m_store;
    const ContactValidator &m_contacts;
    CustomFieldValidator m_customFields;
};
