#include "sandbox/leadvalidator.h"

#include "sandbox/companyvalidator.h"
#include "sandbox/contactvalidator.h"
#include "sandbox/kindchecker.h"
#include "sandbox/sandboxcodes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>

#include <algorithm>

namespace {
using Kind = KindChecker::Kind;
using RecordKind = SandboxStore::Kind;
using Lookup = SandboxStore::Lookup;

const QList<KindChecker::Rule> &rules()
{
    static const QList<KindChecker::Rule> list {
        {"name", Kind::Text},
        {"description", Kind::Text},
        {"sourceId", Kind::WholeNumber},
        {"typeId", Kind::WholeNumber},
        {"subtypeId", Kind::WholeNumber},
        {"stageId", Kind::WholeNumber},
        {"stageReasonId", Kind::WholeNumber},
        {"qualityId", Kind::WholeNumber},
        {"channelId", Kind::WholeNumber},
        {"industryId", Kind::WholeNumber},
        {"ownerUserId", Kind::WholeNumber},
        {"companyId", Kind::WholeNumber},
        {"companyLeadContactId", Kind::WholeNumber},
        {"contactId", Kind::WholeNumber},
        {"contact", Kind::Object},
        {"company", Kind::Object},
    };
    return list;
}

QString quoted(const char *key)
{
    return QLatin1Char('\'') + QLatin1String(key) + QLatin1Char('\'');
}

// The id the body sends for key, if it sends one (kinds are checked before this is used).
std::optional<qint64> sentId(const QJsonObject &body, const char *key)
{
    qint64 id = 0;
    if (!ValueCheck::wholeNumber(body.value(QLatin1String(key)), &id))
        return std::nullopt;
    return id;
}

std::optional<qint64> storedId(const QJsonObject &stored, const char *key)
{
    const QJsonValue value = stored.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}
} // namespace

LeadValidator::LeadValidator(const SandboxStore &store, const ContactValidator &contacts,
                             const CompanyValidator &companies)
    : m_store(store)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_customFields(store.schema(RecordKind::Lead), QStringLiteral("fieldValue"))
{ }

bool LeadValidator::isCompanyLead(const QJsonObject &body, const QJsonObject &stored)
{
    return body.contains(QLatin1String("companyId")) || body.contains(QLatin1String("company"))
        || stored.value(QLatin1String("companyId")).isDouble();
}

const QStringList &LeadValidator::clearableKeys()
{
    // The platform documents no way to empty a field; LeadDesk sends null on an update, and
    // the sandbox empties these optional fields for it. The required ones stay required.
    static const QStringList keys {
        QStringLiteral("description"), QStringLiteral("subtypeId"), QStringLiteral("stageReasonId"),
        QStringLiteral("qualityId"),   QStringLiteral("channelId"), QStringLiteral("ownerUserId"),
        QStringLiteral("industryId"),
    };
    return keys;
}

std::optional<SandboxError> LeadValidator::validate(const QJsonObject &request) const
{
    QJsonObject body = request;
    if (request.contains(QLatin1String("id"))) {
        QStringList emptied;
        for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
            if (!it.value().isNull())
                continue;
            if (clearableKeys().contains(it.key()))
                body.remove(it.key());
            else
                emptied << QLatin1Char('\'') + it.key() + QStringLiteral("' cannot be emptied");
        }
        if (!emptied.isEmpty())
            return SandboxError(400, SandboxCodes::LeadInvalid,
                                QStringLiteral("The lead details are invalid"), emptied);
    }
    if (body.isEmpty())
        return SandboxError(400, SandboxCodes::LeadRequestEmpty,
                            QStringLiteral("The request is empty"));

    QJsonObject stored;
    if (body.contains(QLatin1String("id"))) {
        qint64 id = 0;
        if (!ValueCheck::wholeNumber(body.value(QLatin1String("id")), &id))
            return SandboxError::doesNotValidate(QStringLiteral("id"),
                                                 KindChecker::reason(Kind::WholeNumber));
        if (!m_store.has(RecordKind::Lead, id))
            return SandboxError(404, SandboxCodes::LeadDoesNotExist,
                                QStringLiteral("The lead does not exist"));
        stored = m_store.record(RecordKind::Lead, id);
    }
    if (auto error = checkKinds(body))
        return error;
    if (stored.isEmpty()) {
        if (auto error = checkRequired(body))
            return error;
    }
    QStringList problems;
    collectProblems(body, stored, &problems);
    if (!problems.isEmpty())
        return SandboxError(400, SandboxCodes::LeadInvalid,
                            QStringLiteral("The lead details are invalid"), problems);
    return std::nullopt;
}

std::optional<SandboxError> LeadValidator::checkKinds(const QJsonObject &body) const
{
    if (auto error = KindChecker::check(body, rules()))
        return error;
    const QJsonValue contact = body.value(QLatin1String("contact"));
    if (contact.isObject()) {
        if (auto error = m_contacts.checkKinds(contact.toObject(), QStringLiteral("contact.")))
            return error;
    }
    const QJsonValue company = body.value(QLatin1String("company"));
    if (company.isObject()) {
        if (auto error = m_companies.checkKinds(company.toObject(), QStringLiteral("company.")))
            return error;
    }
    const QJsonValue customFields = body.value(QLatin1String("customFields"));
    if (!customFields.isUndefined())
        return m_customFields.checkKinds(customFields, QStringLiteral("customFields"));
    return std::nullopt;
}

std::optional<SandboxError> LeadValidator::checkRequired(const QJsonObject &body) const
{
    const auto has = [&body](const char *key) { return body.contains(QLatin1String(key)); };
    if (ValueCheck::isEmpty(body.value(QLatin1String("name"))))
        return SandboxError::required(QStringLiteral("name"));
    for (const char *key : {"sourceId", "typeId", "stageId"}) {
        if (!has(key))
            return SandboxError::required(QLatin1String(key));
    }
    if (isCompanyLead(body, {})) {
        if (!has("companyLeadContactId") && !has("contact"))
            return SandboxError::required(QStringLiteral("companyLeadContactId"));
    } else {
        if (!has("contactId") && !has("contact"))
            return SandboxError::required(QStringLiteral("contactId"));
        if (!has("industryId"))
            return SandboxError::required(QStringLiteral("industryId"));
    }
    return std::nullopt;
}

void LeadValidator::collectProblems(const QJsonObject &body, const QJsonObject &stored,
                                    QStringList *problems) const
{
    const bool create = stored.isEmpty();
    const QJsonValue name = body.value(QLatin1String("name"));
    if (!create && !name.isUndefined() && ValueCheck::isEmpty(name))
        problems->append(quoted("name") + QStringLiteral(" must not be empty"));

    // A reference that must name an existing lookup entry.
    const auto checkLookup = [&](const char *key, Lookup lookup, const char *what) {
        const std::optional<qint64> id = sentId(body, key);
        if (id && !m_store.hasLookup(lookup, *id)) {
            problems->append(quoted(key) + QLatin1Char(' ') + QString::number(*id)
                             + QStringLiteral(" is not ") + QLatin1String(what));
            return false;
        }
        return true;
    };
    checkLookup("sourceId", Lookup::LeadSource, "a lead source");
    const bool typeKnown = checkLookup("typeId", Lookup::LeadType, "a lead type");
    const bool stageKnown = checkLookup("stageId", Lookup::LeadStage, "a lead stage");
    checkLookup("qualityId", Lookup::LeadQuality, "a lead quality");
    checkLookup("channelId", Lookup::LeadChannel, "a lead channel");
    checkLookup("industryId", Lookup::Industry, "an industry");
    if (checkLookup("ownerUserId", Lookup::User, "a user")) {
        const std::optional<qint64> owner = sentId(body, "ownerUserId");
        if (owner && !m_store.userIsActive(*owner)) {
            problems->append(quoted("ownerUserId") + QLatin1Char(' ') + QString::number(*owner)
                             + QStringLiteral(" is not an active user"));
        }
    }

    // Subtype and reason are checked against the type and stage being set, or the stored ones
    // on an update; an unknown type or stage has been reported already.
    const auto effective = [&](const char *key, bool known) -> std::optional<qint64> {
        if (!known)
            return std::nullopt;
        const std::optional<qint64> sent = sentId(body, key);
        return sent ? sent : storedId(stored, key);
    };
    const std::optional<qint64> typeId = effective("typeId", typeKnown);
    const std::optional<qint64> subtypeId = sentId(body, "subtypeId");
    if (subtypeId && typeId && m_store.typeOfSubtype(*subtypeId) != *typeId) {
        problems->append(quoted("subtypeId") + QLatin1Char(' ') + QString::number(*subtypeId)
                         + QStringLiteral(" is not a subtype of type ") + QString::number(*typeId));
    } else if (subtypeId && !typeId && m_store.typeOfSubtype(*subtypeId) == 0) {
        problems->append(quoted("subtypeId") + QLatin1Char(' ') + QString::number(*subtypeId)
                         + QStringLiteral(" is not a lead subtype"));
    } else if (!subtypeId && typeId && create && m_store.typeHasSubtypes(*typeId)) {
        problems->append(quoted("subtypeId") + QStringLiteral(" is required for type ")
                         + QString::number(*typeId));
    }

    const std::optional<qint64> stageId = effective("stageId", stageKnown);
    const std::optional<qint64> reasonId = sentId(body, "stageReasonId");
    if (reasonId && stageId && m_store.stageOfReason(*reasonId) != *stageId) {
        problems->append(quoted("stageReasonId") + QLatin1Char(' ') + QString::number(*reasonId)
                         + QStringLiteral(" is not a reason of stage ")
                         + QString::number(*stageId));
    } else if (reasonId && !stageId && m_store.stageOfReason(*reasonId) == 0) {
        problems->append(quoted("stageReasonId") + QLatin1Char(' ') + QString::number(*reasonId)
                         + QStringLiteral(" is not a stage reason"));
    }

    collectPartyProblems(body, stored, problems);
    m_customFields.collectProblems(body.value(QLatin1String("customFields")),
                                   QStringLiteral("customFields"), create, problems);
}

void LeadValidator::collectPartyProblems(const QJsonObject &body, const QJsonObject &stored,
                                         QStringList *problems) const
{
    const bool create = stored.isEmpty();
    const bool companyLead = isCompanyLead(body, stored);
    const bool newCompany = body.contains(QLatin1String("company"));
    const bool newContact = body.contains(QLatin1String("contact"));
    const std::optional<qint64> companyId = sentId(body, "companyId");
    const std::optional<qint64> leadContactId = sentId(body, "companyLeadContactId");
    const std::optional<qint64> contactId = sentId(body, "contactId");

    if (newCompany && companyId) {
        problems->append(quoted("company") + QStringLiteral(" cannot be given together with ")
                         + quoted("companyId"));
    }
    if (companyId && !m_store.has(RecordKind::Company, *companyId)) {
        problems->append(quoted("companyId") + QLatin1Char(' ') + QString::number(*companyId)
                         + QStringLiteral(" is not a company"));
    }
    if (newContact && (contactId || (companyLead && leadContactId))) {
        problems->append(quoted("contact") + QStringLiteral(" cannot be given together with ")
                         + quoted(contactId ? "contactId" : "companyLeadContactId"));
    }
    for (const auto &[key, id] :
         {std::pair {"companyLeadContactId", leadContactId}, std::pair {"contactId", contactId}}) {
        if (id && !m_store.has(RecordKind::Contact, *id)) {
            problems->append(quoted(key) + QLatin1Char(' ') + QString::number(*id)
                             + QStringLiteral(" is not a contact"));
        }
    }
    if (newCompany) {
        m_companies.collectProblems(body.value(QLatin1String("company")).toObject(),
                                    QStringLiteral("company."), true, true, problems);
    }
    if (newContact) {
        m_contacts.collectProblems(body.value(QLatin1String("contact")).toObject(),
                                   QStringLiteral("contact."), true, true, problems);
    }

    // The contact of a company lead must belong to the company (add-or-update-lead.md,
    // "Assigning a company/contact to the lead"). A new contact is linked to it instead.
    const bool partiesSent = newCompany || newContact || companyId || leadContactId || contactId;
    if (!companyLead || newContact || (!create && !partiesSent))
        return;
    const char *key = leadContactId ? "companyLeadContactId"
        : contactId                 ? "contactId"
                                    : "companyLeadContactId";
    const std::optional<qint64> personId = leadContactId ? leadContactId
        : contactId                                      ? contactId
                                                         : storedId(stored, "contactId");
    if (!personId || !m_store.has(RecordKind::Contact, *personId))
        return;
    if (newCompany) {
        problems->append(quoted(key) + QLatin1Char(' ') + QString::number(*personId)
                         + QStringLiteral(" does not belong to the new company"));
        return;
    }
    const std::optional<qint64> company = companyId ? companyId : storedId(stored, "companyId");
    if (!company || !m_store.has(RecordKind::Company, *company))
        return;
    const QJsonArray memberships = m_store.record(RecordKind::Contact, *personId)
                                       .value(QLatin1String("companies"))
                                       .toArray();
    const bool belongs = std::any_of(
        memberships.begin(), memberships.end(),
        [&company](const QJsonValue &membership) { return membership.toInteger() == *company; });
    if (!belongs) {
        problems->append(quoted(key) + QLatin1Char(' ') + QString::number(*personId)
                         + QStringLiteral(" does not belong to company ")
                         + QString::number(*company));
    }
}
