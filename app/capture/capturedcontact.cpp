#include "capture/capturedcontact.h"

#include "model/countrycodes.h"
#include "radar/textfold.h"

#include <QJsonArray>

namespace {

void putIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        object.insert(key, trimmed);
}

QString firstOfKind(const QList<CapturedPhone> &phones, PhoneKind kind)
{
    for (const CapturedPhone &phone : phones) {
        if (phone.kind == kind)
            return phone.number;
    }
    return QString();
}

/// The ISO code of a country written by name in English, German or French (or as a code).
QString countryCode(const QString &written)
{
    const QString folded = TextFold::words(written).join(QLatin1Char(' '));
    if (folded.isEmpty())
        return QString();
    static const QHash<QString, QString> local {
        {QStringLiteral("deutschland"), QStringLiteral("DE")},
        {QStringLiteral("allemagne"), QStringLiteral("DE")},
        {QStringLiteral("osterreich"), QStringLiteral("AT")},
        {QStringLiteral("autriche"), QStringLiteral("AT")},
        {QStringLiteral("schweiz"), QStringLiteral("CH")},
        {QStringLiteral("suisse"), QStringLiteral("CH")},
        {QStringLiteral("frankreich"), QStringLiteral("FR")},
        {QStringLiteral("belgique"), QStringLiteral("BE")},
        {QStringLiteral("belgien"), QStringLiteral("BE")},
        {QStringLiteral("australien"), QStringLiteral("AU")},
        {QStringLiteral("australie"), QStringLiteral("AU")},
        {QStringLiteral("uk"), QStringLiteral("GB")},
        {QStringLiteral("england"), QStringLiteral("GB")},
        {QStringLiteral("great britain"), QStringLiteral("GB")},
        {QStringLiteral("royaume uni"), QStringLiteral("GB")},
        {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("nederland"), QStringLiteral("NL")},
        {QStringLiteral("italia"), QStringLiteral("IT")},
        {QStringLiteral("espana"), QStringLiteral("ES")},
    };
    const QString known = local.value(folded);
    if (!known.isEmpty())
        return known;
    const CountryCodes &codes = CountryCodes::instance();
    if (folded.size() == 2 && codes.isCountry(folded.toUpper()))
        return folded.toUpper();
    for (const auto &[code, name] : codes.countries()) {
        if (TextFold::words(name).join(QLatin1Char(' ')) == folded)
            return code;
    }
    return QString();
}

QJsonObject platformAddress(const CapturedAddress &address)
{
    QJsonObject body;
    for (int i = 0; i < address.street.size() && i < 4; ++i)
        putIfSet(body, QStringLiteral("line%1").arg(i + 1), address.street.at(i));
    putIfSet(body, QStringLiteral("city"), address.city);
    putIfSet(body, QStringLiteral("postalCode"), address.postalCode);
    const QString country = countryCode(address.country);
    putIfSet(body, QStringLiteral("countryCode"), country);
    const QString region = address.region.trimmed().toUpper();
    if (!country.isEmpty() && CountryCodes::instance().isSubdivision(country, region))
        body.insert(QStringLiteral("stateCode"), region);
    else
        putIfSet(body, QStringLiteral("stateName"), address.region);
    return body;
}

} // namespace

bool CapturedContact::isEmpty() const
{
    return firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty() && emails.isEmpty()
        && phones.isEmpty() && businessName.trimmed().isEmpty();
}

QJsonObject CapturedContact::contactBody() const
{
    QJsonObject body;
    putIfSet(body, QStringLiteral("firstName"), firstName);
    putIfSet(body, QStringLiteral("lastName"), lastName);
    putIfSet(body, QStringLiteral("email"), emails.value(0));
    // The person's own line: a mobile, else a direct or work number, else any but a fax.
    QString phone = firstOfKind(phones, PhoneKind::Mobile);
    for (PhoneKind kind : {PhoneKind::Work, PhoneKind::Other, PhoneKind::Home}) {
        if (phone.isEmpty())
            phone = firstOfKind(phones, kind);
    }
    putIfSet(body, QStringLiteral("phone"), phone);
    return body;
}

QJsonObject CapturedContact::companyBody() const
{
    QJsonObject body;
    if (businessName.trimmed().isEmpty())
        return body;
    putIfSet(body, QStringLiteral("businessName"), businessName);
    QString phone = firstOfKind(phones, PhoneKind::Work);
    if (phone.isEmpty())
        phone = firstOfKind(phones, PhoneKind::Other);
    putIfSet(body, QStringLiteral("phone"), phone);
    putIfSet(body, QStringLiteral("fax"), firstOfKind(phones, PhoneKind::Fax));
    putIfSet(body, QStringLiteral("website"), website);
    const QJsonObject address = platformAddress(this->address);
    if (!address.isEmpty())
        body.insert(QStringLiteral("address"), address);
    return body;
}

QJsonObject CapturedContact::addressBody() const
{
    return platformAddress(address);
}

QJsonObject CapturedContact::toJson() const
{
    QJsonObject json;
    putIfSet(json, QStringLiteral("firstName"), firstName);
    putIfSet(json, QStringLiteral("lastName"), lastName);
    putIfSet(json, QStringLiteral("jobTitle"), jobTitle);
    putIfSet(json, QStringLiteral("businessName"), businessName);
    if (!emails.isEmpty())
        json.insert(QStringLiteral("emails"), QJsonArray::fromStringList(emails));
    QJsonArray phoneList;
    for (const CapturedPhone &phone : phones)
        phoneList.append(QJsonObject {{QStringLiteral("number"), phone.number},
                                      {QStringLiteral("kind"), kindName(phone.kind)}});
    if (!phoneList.isEmpty())
        json.insert(QStringLiteral("phones"), phoneList);
    putIfSet(json, QStringLiteral("website"), website);
    QJsonObject place;
    if (!address.street.isEmpty())
        place.insert(QStringLiteral("street"), QJsonArray::fromStringList(address.street));
    putIfSet(place, QStringLiteral("city"), address.city);
    putIfSet(place, QStringLiteral("region"), address.region);
    putIfSet(place, QStringLiteral("postalCode"), address.postalCode);
    putIfSet(place, QStringLiteral("country"), address.country);
    if (!place.isEmpty())
        json.insert(QStringLiteral("address"), place);
    putIfSet(json, QStringLiteral("note"), note);
    return json;
}

QString CapturedContact::kindName(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Work:
        return QStringLiteral("work");
    case PhoneKind::Mobile:
        return QStringLiteral("mobile");
    case PhoneKind::Home:
        return QStringLiteral("home");
    case PhoneKind::Fax:
        return QStringLiteral("fax");
    case PhoneKind::Other:
        break;
    }
    return QStringLiteral("other");
}
