#pragma once

#include "sandbox/customfieldvalidator.h"
#include "sandbox/sandboxerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class SandboxStore;

// The rules of contact?action=addOrUpdateContact, also used for a new contact nested in a lead
// ("contact.") or a company ("primaryContact.").
class ContactValidator
{
public:
    explicit ContactValidator(const SandboxStore &store);

    // A whole addOrUpdateContact body. On success *targetId is the contact to update, or 0 to
    // create one (updateIfExists may turn a create into an update).
    std::optional<SandboxError> validate(const QJsonObject &body, qint64 *targetId) const;

    std::optional<SandboxError> checkKinds(const QJsonObject &contact, const QString &prefix) const;
    // Rule problems. requiredAsProblems: missing firstName/lastName/email are reported here
    // (nested contacts) instead of as 23017 (a top-level create).
    void collectProblems(const QJsonObject &contact, const QString &prefix, bool create,
                         bool requiredAsProblems, QStringList *problems) const;

    // stored with the body's fields applied; fields not sent stay as they were.
    QJsonObject apply(QJsonObject stored, const QJsonObject &body) const;
    // updateIfExists: the contact with the same first name, last name and email, or 0.
    qint64 findExisting(const QJsonObject &body) const;

private:
    const SandboxStore &m_store;
    CustomFieldValidator m_customFields;
};
