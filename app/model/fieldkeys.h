#pragma once

#include <QString>

/// The keys of the built-in fields and body parts the rules, the body and the
/// forms name in code, spelled once. A custom field's key is
/// FieldDefinition::customKey(fieldId).
namespace FieldKeys {
// Body structure.
inline const QString id = QStringLiteral("id");
inline const QString customFields = QStringLiteral("customFields");
inline const QString fieldId = QStringLiteral("fieldId");
inline const QString fieldValue = QStringLiteral("fieldValue"); ///< a lead custom field's value
inline const QString value = QStringLiteral("value"); ///< a contact/company custom field's value
inline const QString contact = QStringLiteral("contact"); ///< a lead's new contact
inline const QString company = QStringLiteral("company"); ///< a lead's new company

// Lead.
inline const QString name = QStringLiteral("name");
inline const QString sourceId = QStringLiteral("sourceId");
inline const QString typeId = QStringLiteral("typeId");
inline const QString subtypeId = QStringLiteral("subtypeId");
inline const QString stageId = QStringLiteral("stageId");
inline const QString stageReasonId = QStringLiteral("stageReasonId");
inline const QString qualityId = QStringLiteral("qualityId");
inline const QString channelId = QStringLiteral("channelId");
inline const QString ownerUserId = QStringLiteral("ownerUserId");
inline const QString description = QStringLiteral("description");
inline const QString companyId = QStringLiteral("companyId");
inline const QString contactId = QStringLiteral("contactId");
inline const QString companyLeadContactId = QStringLiteral("companyLeadContactId");
inline const QString industryId = QStringLiteral("industryId");
// A lead's local switches: never sent, they steer the form and the rules.
inline const QString contactType = QStringLiteral("contactType"); ///< "contact" or "company"
inline const QString newContact = QStringLiteral("newContact");
inline const QString newCompany = QStringLiteral("newCompany");

// Contact.
inline const QString firstName = QStringLiteral("firstName");
inline const QString lastName = QStringLiteral("lastName");
inline const QString email = QStringLiteral("email");
inline const QString phone = QStringLiteral("phone");
inline const QString companies = QStringLiteral("companies");
inline const QString status = QStringLiteral("status");
inline const QString smsStatus = QStringLiteral("smsStatus");
inline const QString privacyConsent = QStringLiteral("privacyConsent");
inline const QString groups = QStringLiteral("groups");
inline const QString groupId = QStringLiteral("groupId");

// Company.
inline const QString businessName = QStringLiteral("businessName");
inline const QString tradingName = QStringLiteral("tradingName");
inline const QString website = QStringLiteral("website");
inline const QString address = QStringLiteral("address");
inline const QString businessNumber = QStringLiteral("businessNumber");
inline const QString otherPhone = QStringLiteral("otherPhone");
inline const QString fax = QStringLiteral("fax");
inline const QString primaryContactId = QStringLiteral("primaryContactId");
inline const QString primaryContact = QStringLiteral("primaryContact");
inline const QString primaryAccountManagerId = QStringLiteral("primaryAccountManagerId");
inline const QString secondaryAccountManagerId = QStringLiteral("secondaryAccountManagerId");
inline const QString isAgent = QStringLiteral("isAgent");
inline const QString iataNumber = QStringLiteral("iataNumber");

// Contact and company.
inline const QString externalId = QStringLiteral("externalId");
inline const QString externalUrls = QStringLiteral("externalUrls");
inline const QString updateIfExists = QStringLiteral("updateIfExists");

/// The values of contactType.
inline const QString contactLead = QStringLiteral("contact");
inline const QString companyLead = QStringLiteral("company");
} // namespace FieldKeys
