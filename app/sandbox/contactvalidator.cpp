#include "sandbox/contactvalidator.h"

#include "sandbox/kindchecker.h"
#include "sandbox/sandboxcodes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>

namespace {
using Kind = KindChecker::Kind;
using RecordKind = SandboxStore::Kind;

const QList<KindChecker::Rule> &rules()
{
    static const QList<KindChecker::Rule> list {
        {"id", Kind::WholeNumber},
        {"firstName", Kind::Text},
        {"lastName", Kind::Text},
        {"email", Kind::Text},
        {"phone", Kind::TextOrNumber},
        {"externalId", Kind::TextOrNumber},
        {"status", Kind::WholeNumber},
        {"smsStatus", Kind::WholeNumber},
        {"companies", Kind::WholeNumberList},
        {"groups", Kind::Array},
        {"updateIfExists", Kind::Boolean},
        {"privacyConsent", Kind::Boolean},
        {"externalUrls", Kind::ArrayOrNull},
    };
    return list;
}

QString quoted(const QString &prefix, const char *key)
{
    return QLatin1Char('\'') + prefix + QLatin1String(key) + QLatin1Char('\'');
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed() : ValueCheck::display(value);
}
} // namespace

ContactValidator::ContactValidator(const SandboxStore &store)
    : m_store(store)
    , m_customFields(store.schema(RecordKind::Contact), QStringLiteral("value"))
{ }

std::optional<SandboxError> ContactValidator::validate(const QJsonObject &body,
                                                       qint64 *targetId) const
{
    *targetId = 0;
    if (body.contains(QLatin1String("id"))) {
        if (!ValueCheck::wholeNumber(body.value(QLatin1String("id")), targetId))
            return SandboxError::doesNotValidate(QStringLiteral("id"),
                                                 KindChecker::reason(Kind::WholeNumber));
        if (!m_store.has(RecordKind::Contact, *targetId))
            return SandboxError(404, SandboxCodes::ContactDoesNotExist,
                                QStringLiteral("The contact does not exist"));
    }
    if (auto error = checkKinds(body, QString()))
        return error;

    bool create = *targetId == 0;
    if (create) {
        for (const char *key : {"firstName", "lastName", "email"}) {
            if (ValueCheck::isEmpty(body.value(QLatin1String(key))))
                return SandboxError::required(QLatin1String(key));
        }
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
        return SandboxError(400, SandboxCodes::ContactInvalid,
                            QStringLiteral("The contact details are invalid"), problems);
    return std::nullopt;
}

std::optional<SandboxError> ContactValidator::checkKinds(const QJsonObject &contact,
                                                         const QString &prefix) const
{
    if (auto error = KindChecker::check(contact, rules(), prefix))
        return error;
    const QJsonValue customFields = contact.value(QLatin1String("customFields"));
    if (!customFields.isUndefined())
        return m_customFields.checkKinds(customFields, prefix + QStringLiteral("customFields"));
    return std::nullopt;
}

void ContactValidator::collectProblems(const QJsonObject &contact, const QString &prefix,
                                       bool create, bool requiredAsProblems,
                                       QStringList *problems) const
{
    if (!prefix.isEmpty() && contact.contains(QLatin1String("id")))
        problems->append(quoted(prefix, "id") + QStringLiteral(" cannot be set on a new contact"));

    for (const char *key : {"firstName", "lastName", "email"}) {
        const QJsonValue value = contact.value(QLatin1String(key));
        if (!ValueCheck::isEmpty(value))
            continue;
        if (create && requiredAsProblems)
            problems->append(quoted(prefix, key) + QStringLiteral(" is required"));
        else if (!create && !value.isUndefined())
            problems->append(quoted(prefix, key) + QStringLiteral(" must not be empty"));
    }
    const QString email = contact.value(QLatin1String("email")).toString().trimmed();
    if (!email.isEmpty() && !ValueCheck::validEmail(email)) {
        problems->append(quoted(prefix, "email") + QLatin1Char(' ') + ValueCheck::display(email)
                         + QStringLiteral(" is not a valid email address"));
    }

    const QJsonArray companies = contact.value(QLatin1String("companies")).toArray();
    for (const QJsonValue &company : companies) {
        qint64 companyId = 0;
        ValueCheck::wholeNumber(company, &companyId);
        if (!m_store.has(RecordKind::Company, companyId)) {
            problems->append(quoted(prefix, "companies") + QLatin1Char(' ')
                             + QString::number(companyId) + QStringLiteral(" is not a company"));
        }
    }

    // add-or-update-contact.md: email status 1, 2, 3, 5; sms status 1 to 4.
    qint64 status = 0;
    if (ValueCheck::wholeNumber(contact.value(QLatin1String("status")), &status)
        && !QList<qint64> {1, 2, 3, 5}.contains(status)) {
        problems->append(quoted(prefix, "status") + QLatin1Char(' ') + QString::number(status)
                         + QStringLiteral(" is not an email status (1, 2, 3 or 5)"));
    }
    if (ValueCheck::wholeNumber(contact.value(QLatin1String("smsStatus")), &status)
        && (status < 1 || status > 4)) {
        problems->append(quoted(prefix, "smsStatus") + QLatin1Char(' ') + QString::number(status)
                         + QStringLiteral(" is not an sms status (1 to 4)"));
    }

    const QJsonArray urls = contact.value(QLatin1String("externalUrls")).toArray();
    if (urls.size() > 3)
        problems->append(quoted(prefix, "externalUrls")
                         + QStringLiteral(" takes at most 3 entries"));
    for (const QJsonValue &urlValue : urls) {
        const QJsonObject url = urlValue.toObject();
        if (!urlValue.isObject() || !url.value(QLatin1String("ref")).isString()
            || url.value(QLatin1String("ref")).toString().isEmpty()) {
            problems->append(quoted(prefix, "externalUrls")
                             + QStringLiteral(" entries must be objects with a ref"));
            break;
        }
        const QJsonValue link = url.value(QLatin1String("url"));
        if (!link.isUndefined() && !link.isNull()
            && !(link.isString() && link.toString().startsWith(QLatin1String("https://")))) {
            problems->append(quoted(prefix, "externalUrls") + QLatin1Char(' ')
                             + ValueCheck::display(link) + QStringLiteral(" is not an https url"));
        }
    }

    m_customFields.collectProblems(contact.value(QLatin1String("customFields")),
                                   prefix + QStringLiteral("customFields"), create, problems);
}

QJsonObject ContactValidator::apply(QJsonObject stored, const QJsonObject &body) const
{
    for (const char *key : {"firstName", "lastName", "email", "phone", "externalId"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (!value.isUndefined())
            stored.insert(QLatin1String(key), textOf(value));
    }
    for (const char *key : {"status", "smsStatus"}) {
        qint64 number = 0;
        if (ValueCheck::wholeNumber(body.value(QLatin1String(key)), &number))
            stored.insert(QLatin1String(key), number);
    }
    if (body.contains(QLatin1String("companies"))) {
        // The list replaces the contact's companies, as groups do (add-or-update-contact.md).
        QJsonArray companies;
        QList<qint64> seen;
        const QJsonArray given = body.value(QLatin1String("companies")).toArray();
        for (const QJsonValue &company : given) {
            qint64 companyId = 0;
            if (ValueCheck::wholeNumber(company, &companyId) && !seen.contains(companyId)) {
                seen.append(companyId);
                companies.append(companyId);
            }
        }
        stored.insert(QLatin1String("companies"), companies);
    }
    if (body.contains(QLatin1String("groups")))
        stored.insert(QLatin1String("groups"), body.value(QLatin1String("groups")));
    if (body.contains(QLatin1String("externalUrls"))) {
        if (body.value(QLatin1String("externalUrls")).isNull())
            stored.remove(QLatin1String("externalUrls"));
        else
            stored.insert(QLatin1String("externalUrls"), body.value(QLatin1String("externalUrls")));
    }
    bool consent = false;
    if (ValueCheck::boolean(body.value(QLatin1String("privacyConsent")), &consent))
        stored.insert(QLatin1String("privacyConsent"), consent);
    if (body.contains(QLatin1String("customFields"))) {
        QJsonObject values = stored.value(QLatin1String("customFields")).toObject();
        const QJsonObject given
            = m_customFields.valuesToStore(body.value(QLatin1String("customFields")));
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            values.insert(it.key(), it.value());
        stored.insert(QLatin1String("customFields"), values);
    }
    if (!stored.contains(QLatin1String("companies")))
        stored.insert(QLatin1String("companies"), QJsonArray());
    return stored;
}

qint64 ContactValidator::findExisting(const QJsonObject &body) const
{
    const auto same = [&body](const QJsonObject &contact, const char *key) {
        return contact.value(QLatin1String(key))
                   .toString()
                   .trimmed()
                   .compare(body.value(QLatin1String(key)).toString().trimmed(),
                            Qt::CaseInsensitive)
            == 0;
    };
    for (const QJsonObject &contact : m_store.records(RecordKind::Contact)) {
        if (same(contact, "firstName") && same(contact, "lastName") && same(contact, "email"))
            return contact.value(QLatin1String("id")).toInteger();
    }
    return 0;
}
