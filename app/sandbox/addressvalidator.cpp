#include "sandbox/addressvalidator.h"

#include "sandbox/isocodes.h"
#include "sandbox/valuecheck.h"

#include <QJsonValue>

const QStringList &AddressValidator::keys()
{
    static const QStringList list {
        QStringLiteral("line1"),       QStringLiteral("line2"),     QStringLiteral("line3"),
        QStringLiteral("line4"),       QStringLiteral("city"),      QStringLiteral("postalCode"),
        QStringLiteral("countryCode"), QStringLiteral("stateCode"), QStringLiteral("stateName")};
    return list;
}

void AddressValidator::collectProblems(const QJsonValue &value, const QString &key,
                                       QStringList *problems)
{
    const QString quoted = QLatin1Char('\'') + key + QLatin1Char('\'');
    if (!value.isObject()) {
        problems->append(quoted + QStringLiteral(" must be an address object, not ")
                         + ValueCheck::kindName(value));
        return;
    }
    const QJsonObject address = value.toObject();
    bool partsAreText = true;
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        if (!keys().contains(it.key())) {
            problems->append(quoted + QStringLiteral(" has an unknown part ")
                             + ValueCheck::display(it.key()));
        } else if (!it.value().isString() && !it.value().isNull()) {
            problems->append(quoted + QStringLiteral(" part ") + it.key()
                             + QStringLiteral(" must be text"));
            partsAreText = false;
        }
    }
    if (!partsAreText)
        return;

    const QString country = address.value(QLatin1String("countryCode")).toString().trimmed();
    const QString state = address.value(QLatin1String("stateCode")).toString().trimmed();
    const IsoCodes &iso = IsoCodes::instance();
    if (!country.isEmpty() && !iso.hasCountry(country)) {
        problems->append(quoted + QStringLiteral(" countryCode ") + ValueCheck::display(country)
                         + QStringLiteral(" is not an ISO 3166-1 alpha-2 country code"));
        return;
    }
    if (!state.isEmpty() && country.isEmpty()) {
        problems->append(quoted + QStringLiteral(" stateCode needs a countryCode"));
    } else if (!state.isEmpty() && !iso.hasSubdivision(country, state)) {
        problems->append(quoted + QStringLiteral(" stateCode ") + ValueCheck::display(state)
                         + QStringLiteral(" is not a subdivision of ") + country);
    }
}

QJsonObject AddressValidator::normalized(const QJsonObject &address)
{
    QJsonObject result;
    for (const QString &part : keys()) {
        const QString text = address.value(part).toString().trimmed();
        if (!text.isEmpty())
            result.insert(part, text);
    }
    return result;
}
