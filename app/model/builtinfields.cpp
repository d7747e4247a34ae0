#include "model/builtinfields.h"

#include "model/fieldkeys.h"

#include <QCoreApplication>

namespace {
/// Holds the field lists so that their tr() calls have the context "BuiltInFields"
/// for lupdate too (a free function's tr() has none).
struct Lists
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInFields)

public:
    static QList<FieldDefinition> leadFields();
    static QList<FieldDefinition> companyFields();
    static QList<FieldDefinition> contactFields();
};

FieldDefinition field(const QString &key, const QString &label, FieldType type, const char *section,
                      const char *lookup = "")
{
    FieldDefinition f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.section = QLatin1String(section);
    f.lookup = QLatin1String(lookup);
    return f;
}

FieldDefinition advanced(FieldDefinition f)
{
    f.advanced = true;
    return f;
}

FieldDefinition local(FieldDefinition f)
{
    f.local = true;
    return f;
}

FieldDefinition withEnum(FieldDefinition f, QList<QPair<int, QString>> values)
{
    f.enumValues = std::move(values);
    return f;
}

QList<FieldDefinition> Lists::leadFields()
{
    return {
        field(FieldKeys::name, tr("Lead name"), FieldType::Text, "lead"),
        field(FieldKeys::sourceId, tr("Source"), FieldType::Choice, "lead", "sources"),
        field(FieldKeys::typeId, tr("Type"), FieldType::Choice, "lead", "types"),
        field(FieldKeys::subtypeId, tr("Subtype"), FieldType::Choice, "lead", "subtypes"),
        field(FieldKeys::stageId, tr("Stage"), FieldType::Choice, "lead", "stages"),
        field(FieldKeys::stageReasonId, tr("Stage reason"), FieldType::Choice, "lead", "reasons"),
        field(FieldKeys::qualityId, tr("Quality"), FieldType::Choice, "lead", "qualities"),
        field(FieldKeys::channelId, tr("Channel"), FieldType::Choice, "lead", "channels"),
        field(FieldKeys::ownerUserId, tr("Owner"), FieldType::Choice, "lead", "users"),
        field(FieldKeys::description, tr("Description"), FieldType::LongText, "lead"),
        local(field(FieldKeys::contactType, tr("Belongs to"), FieldType::ContactType, "belongsTo")),
        field(FieldKeys::companyId, tr("Company"), FieldType::CompanyRef, "belongsTo"),
        local(field(FieldKeys::newCompany, tr("Create a new company"), FieldType::Toggle,
                    "belongsTo")),
        field(FieldKeys::contactId, tr("Contact"), FieldType::ContactRef, "belongsTo"),
        field(FieldKeys::companyLeadContactId, tr("Contact at the company"), FieldType::ContactRef,
              "belongsTo"),
        local(field(FieldKeys::newContact, tr("Create a new contact"), FieldType::Toggle,
                    "belongsTo")),
        field(FieldKeys::industryId, tr("Industry"), FieldType::Choice, "belongsTo", "industries"),
    };
}

QList<FieldDefinition> Lists::companyFields()
{
    const QList<QPair<int, QString>> yesNo {{0, tr("No")}, {1, tr("Yes")}};
    QList<FieldDefinition> fields {
        field(FieldKeys::businessName, tr("Business name"), FieldType::Text, "details"),
        field(FieldKeys::tradingName, tr("Trading name"), FieldType::Text, "details"),
        field(FieldKeys::email, tr("Email"), FieldType::Email, "details"),
        field(FieldKeys::phone, tr("Phone"), FieldType::Text, "details"),
        field(FieldKeys::website, tr("Website"), FieldType::Text, "details"),
        field(FieldKeys::industryId, tr("Industry"), FieldType::Choice, "details", "industries"),
        field(FieldKeys::address, tr("Address"), FieldType::Address, "details"),
        advanced(
            field(FieldKeys::businessNumber, tr("Business number"), FieldType::Text, "details")),
        advanced(field(FieldKeys::otherPhone, tr("Other phone"), FieldType::Text, "details")),
        advanced(field(FieldKeys::fax, tr("Fax"), FieldType::Text, "details")),
        advanced(field(FieldKeys::primaryContactId, tr("Primary contact"), FieldType::ContactRef,
                       "details")),
        advanced(field(FieldKeys::primaryContact, tr("New primary contact"), FieldType::JsonValue,
                       "details")),
        advanced(field(FieldKeys::primaryAccountManagerId, tr("Primary account manager"),
                       FieldType::Choice, "details", "users")),
        advanced(field(FieldKeys::secondaryAccountManagerId, tr("Secondary account manager"),
                       FieldType::Choice, "details", "users")),
        advanced(withEnum(field(FieldKeys::isAgent, tr("Agent"), FieldType::Enum, "agent"), yesNo)),
        advanced(field(FieldKeys::iataNumber, tr("IATA number"), FieldType::Text, "agent")),
    };
    const QList<QPair<const char *, QString>> commissions {
        {"Space", tr("space")},
        {"Food", tr("food")},
        {"Beverage", tr("beverage")},
        {"AudioVisual", tr("audio visual")},
        {"Accommodation", tr("accommodation")},
    };
    for (const auto &[part, name] : commissions) {
        FieldDefinition amount = advanced(
            field(QString(), tr("Commission on %1").arg(name), FieldType::WholeNumber, "agent"));
        amount.key = QStringLiteral("commission") + QLatin1String(part);
        FieldDefinition type = advanced(field(QString(), tr("Commission type on %1").arg(name),
                                              FieldType::WholeNumber, "agent"));
        type.key = amount.key + QStringLiteral("Type");
        fields << amount << type;
    }
    fields << advanced(field(FieldKeys::externalId, tr("External id"), FieldType::Text, "details"))
           << advanced(field(FieldKeys::externalUrls, tr("External links"), FieldType::JsonValue,
                             "details"))
           << advanced(field(FieldKeys::updateIfExists,
                             tr("Update the company with this business name "
                                "if it exists"),
                             FieldType::Boolean, "details"));
    return fields;
}

QList<FieldDefinition> Lists::contactFields()
{
    return {
        field(FieldKeys::firstName, tr("First name"), FieldType::Text, "details"),
        field(FieldKeys::lastName, tr("Last name"), FieldType::Text, "details"),
        field(FieldKeys::email, tr("Email"), FieldType::Email, "details"),
        field(FieldKeys::phone, tr("Phone"), FieldType::Text, "details"),
        advanced(field(FieldKeys::companies, tr("Companies"), FieldType::IdList, "details")),
        advanced(
            withEnum(field(FieldKeys::status, tr("Email subscription"), FieldType::Enum, "details"),
                     {{1, tr("Subscribed")},
                      {2, tr("Unsubscribed")},
                      {3, tr("Bounced")},
                      {5, tr("No marketing")}})),
        advanced(withEnum(
            field(FieldKeys::smsStatus, tr("SMS subscription"), FieldType::Enum, "details"),
            {{1, tr("Subscribed")},
             {2, tr("Unsubscribed")},
             {3, tr("Failed")},
             {4, tr("No marketing")}})),
        advanced(field(FieldKeys::privacyConsent, tr("Privacy consent given"), FieldType::Boolean,
                       "details")),
        advanced(
            field(FieldKeys::groups, tr("Subscription groups"), FieldType::JsonValue, "details")),
        advanced(field(FieldKeys::externalId, tr("External id"), FieldType::Text, "details")),
        advanced(
            field(FieldKeys::externalUrls, tr("External links"), FieldType::JsonValue, "details")),
        advanced(field(FieldKeys::updateIfExists,
                       tr("Update the contact with this name and email if it "
                          "exists"),
                       FieldType::Boolean, "details")),
    };
}
} // namespace

const QList<FieldDefinition> &BuiltInFields::forKind(RecordKind kind)
{
    static const QList<FieldDefinition> lead = Lists::leadFields();
    static const QList<FieldDefinition> company = Lists::companyFields();
    static const QList<FieldDefinition> contact = Lists::contactFields();
    switch (kind) {
    case RecordKind::Lead:
        return lead;
    case RecordKind::Company:
        return company;
    case RecordKind::Contact:
        return contact;
    }
    return lead;
}
