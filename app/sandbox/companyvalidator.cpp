#include "sandbox/companyvalidator.h"

#include "sandbox/addressvalidator.h"
#include "sandbox/contactvalidator.h"
#include "sandbox/kindchecker.h"
#include "sandbox/sandboxcodes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

namespace {
using Kind = KindChecker::Kind;
using RecordKind = SandboxStore::Kind;
using Lookup = SandboxStore::Lookup;

const char *const TextKeys[]
    = {"businessName", "externalId", "tradingName", "businessNumber", "phone",
       "otherPhone",   "fax",        "website",     "email",          "iataNumber"};
const char *const WholeNumberKeys[] = {"primaryContactId",           "primaryAccountManagerId",
                                       "secondaryAccountManagerId",  "industryId",
                                       "commissionSpaceType",        "commissionFoodType",
                                       "commissionBeverageType",     "commissionAudioVisualType",
                                       "commissionAccommodationType"};
const char *const AmountKeys[] = {"commissionSpace", "commissionFood", "commissionBeverage",
                                  "commissionAudioVisual", "commissionAccommodation"};

const QList<KindChecker::Rule> &rules()
{
    static const QList<KindChecker::Rule> list = [] {
        QList<KindChecker::Rule> built {{"id", Kind::WholeNumber}};
        for (const char *key : TextKeys)
            built.append({key, qstrcmp(key, "externalId") == 0 ? Kind::TextOrNumber : Kind::Text});
        built.append({"address", Kind::Object});
        built.append({"primaryContact", Kind::Object});
        for (const char *key : WholeNumberKeys)
            built.append({key, Kind::WholeNumber});
        built.append({"isAgent", Kind::Boolean});
        for (const char *key : AmountKeys)
            built.append({key, Kind::Number});
        built.append({"updateIfExists", Kind::Boolean});
        built.append({"externalUrls", Kind::ArrayOrNull});
        return built;
    }();
    return list;
}

QString quoted(const QString &prefix, const char *key)
{
    return QLatin1Char('\'') + prefix + QLatin1String(key) + QLatin1Char('\'');
}
} // namespace

CompanyValidator::CompanyValidator(const SandboxStore &store, const ContactValidator &contacts)
    : m_store(store)
    , m_contacts(contacts)
    , m_customFields(store.schema(RecordKind::Company), QStringLiteral("value"))
{ }

std::optional<SandboxError> CompanyValidator::validate(const QJsonObject &body,
                                                       qint64 *targetId) const
{
    *targetId = 0;
    if (body.contains(QLatin1String("id"))) {
        if (!ValueCheck::wholeNumber(body.value(QLatin1String("id")), targetId))
            return SandboxError::doesNotValidate(QStringLiteral("id"),
                                                 KindChecker::reason(Kind::WholeNumber));
        if (!m_store.has(RecordKind::Company, *targetId))
            return SandboxError(404, SandboxCodes::CompanyDoesNotExist,
                                QStringLiteral("The company does not exist"));
    }
    if (auto error = checkKinds(body, QString()))
        return error;

    bool create = *targetId == 0;
    if (create) {
        if (ValueCheck::isEmpty(body.value(QLatin1String("businessName"))))
            return SandboxError::required(QStringLiteral("businessName"));
        bool updateIfExists = false;
        ValueCheck::boolean(body.value(QLatin1String("updateIfExists")), &updateIfExists);
        if (updateIfExists) {
            *targetId = findExisting(body);
            create = *targetId == 0;
        }
    }
    QStringList problems;
    collectProblems(body, QString(), create, false, &problems);
    if (!problems.isEmpty())
        return SandboxError(400, SandboxCodes::CompanyInvalid,
                            QStringLiteral("The company details are invalid"), problems);
    return std::nullopt;
}

std::optional<SandboxError> CompanyValidator::checkKinds(const QJsonObject &company,
                                                         const QString &prefix) const
{
    if (auto error = KindChecker::check(company, rules(), prefix))
        return error;
    const QJsonValue primary = company.value(QLatin1String("primaryContact"));
    if (primary.isObject()) {
        if (auto error
            = m_contacts.checkKinds(primary.toObject(), prefix + QStringLiteral("primaryContact.")))
            return error;
    }
    const QJsonValue customFields = company.value(QLatin1String("customFields"));
    if (!customFields.isUndefined())
        return m_customFields.checkKinds(customFields, prefix + QStringLiteral("customFields"));
    return std::nullopt;
}

void CompanyValidator::collectProblems(const QJsonObject &company, const QString &prefix,
                                       bool create, bool requiredAsProblems,
                                       QStringList *problems) const
{
    if (!prefix.isEmpty() && company.contains(QLatin1String("id")))
        problems->append(quoted(prefix, "id") + QStringLiteral(" cannot be set on a new company"));

    const QJsonValue businessName = company.value(QLatin1String("businessName"));
    if (ValueCheck::isEmpty(businessName)) {
        if (create && requiredAsProblems)
            problems->append(quoted(prefix, "businessName") + QStringLiteral(" is required"));
        else if (!create && !businessName.isUndefined())
            problems->append(quoted(prefix, "businessName") + QStringLiteral(" must not be empty"));
    }
    const QString email = company.value(QLatin1String("email")).toString().trimmed();
    if (!email.isEmpty() && !ValueCheck::validEmail(email)) {
        problems->append(quoted(prefix, "email") + QLatin1Char(' ') + ValueCheck::display(email)
                         + QStringLiteral(" is not a valid email address"));
    }
    const QJsonValue address = company.value(QLatin1String("address"));
    if (address.isObject() && !address.toObject().isEmpty())
        AddressValidator::collectProblems(address, prefix + QStringLiteral("address"), problems);

    qint64 id = 0;
    if (ValueCheck::wholeNumber(company.value(QLatin1String("primaryContactId")), &id)
        && !m_store.has(RecordKind::Contact, id)) {
        problems->append(quoted(prefix, "primaryContactId") + QLatin1Char(' ') + QString::number(id)
                         + QStringLiteral(" is not a contact"));
    }
    if (company.contains(QLatin1String("primaryContact"))) {
        if (company.contains(QLatin1String("primaryContactId"))) {
            problems->append(quoted(prefix, "primaryContact")
                             + QStringLiteral(" cannot be given together with ")
                             + quoted(prefix, "primaryContactId"));
        }
        m_contacts.collectProblems(company.value(QLatin1String("primaryContact")).toObject(),
                                   prefix + QStringLiteral("primaryContact."), true, true,
                                   problems);
    }
    for (const char *key : {"primaryAccountManagerId", "secondaryAccountManagerId"}) {
        if (ValueCheck::wholeNumber(company.value(QLatin1String(key)), &id)
            && !m_store.hasLookup(Lookup::User, id)) {
            problems->append(quoted(prefix, key) + QLatin1Char(' ') + QString::number(id)
                             + QStringLiteral(" is not a user"));
        }
    }
    if (ValueCheck::wholeNumber(company.value(QLatin1String("industryId")), &id)
        && !m_store.hasLookup(Lookup::Industry, id)) {
        problems->append(quoted(prefix, "industryId") + QLatin1Char(' ') + QString::number(id)
                         + QStringLiteral(" is not an industry"));
    }
    m_customFields.collectProblems(company.value(QLatin1String("customFields")),
                                   prefix + QStringLiteral("customFields"), create, problems);
}

QJsonObject CompanyValidator::apply(QJsonObject stored, const QJsonObject &body) const
{
    for (const char *key : TextKeys) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString())
            stored.insert(QLatin1String(key), value.toString().trimmed());
        else if (value.isDouble())
            stored.insert(QLatin1String(key), ValueCheck::display(value));
    }
    for (const char *key : WholeNumberKeys) {
        qint64 number = 0;
        if (ValueCheck::wholeNumber(body.value(QLatin1String(key)), &number))
            stored.insert(QLatin1String(key), number);
    }
    for (const char *key : AmountKeys) {
        double amount = 0;
        if (ValueCheck::number(body.value(QLatin1String(key)), &amount))
            stored.insert(QLatin1String(key), amount);
    }
    bool isAgent = false;
    if (ValueCheck::boolean(body.value(QLatin1String("isAgent")), &isAgent))
        stored.insert(QLatin1String("isAgent"), isAgent ? 1 : 0);
    if (body.value(QLatin1String("address")).isObject()) {
        stored.insert(
            QLatin1String("address"),
            AddressValidator::normalized(body.value(QLatin1String("address")).toObject()));
    }
    if (body.contains(QLatin1String("externalUrls"))) {
        if (body.value(QLatin1String("externalUrls")).isNull())
            stored.remove(QLatin1String("externalUrls"));
        else
            stored.insert(QLatin1String("externalUrls"), body.value(QLatin1String("externalUrls")));
    }
    if (body.contains(QLatin1String("customFields"))) {
        QJsonObject values = stored.value(QLatin1String("customFields")).toObject();
        const QJsonObject given
            = m_customFields.valuesToStore(body.value(QLatin1String("customFields")));
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            values.insert(it.key(), it.value());
        stored.insert(QLatin1String("customFields"), values);
    }
    return stored;
}

qint64 CompanyValidator::findExisting(const QJsonObject &body) const
{
    const QString name = body.value(QLatin1String("businessName")).toString().trimmed();
    for (const QJsonObject &company : m_store.records(RecordKind::Company)) {
        if (company.value(QLatin1String("businessName"))
                .toString()
                .trimmed()
                .compare(name, Qt::CaseInsensitive)
            == 0) {
            return company.value(QLatin1String("id")).toInteger();
        }
    }
    return 0;
}
