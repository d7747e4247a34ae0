#include "model/valuechecks.h"

#include "model/countrycodes.h"
#include "model/fielddefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ValueChecks", text);
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('\'') + value.toString().left(40) + QLatin1Char('\'');
    return value.toVariant().toString().left(40);
}
} // namespace

bool ValueChecks::isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!isEmpty(it.value()))
                return false;
        return true;
    }
    default:
        return false;
    }
}

const QStringList &ValueChecks::addressKeys()
{
    static const QStringList keys {
        QStringLiteral("line1"),       QStringLiteral("line2"),     QStringLiteral("line3"),
        QStringLiteral("line4"),       QStringLiteral("city"),      QStringLiteral("postalCode"),
        QStringLiteral("countryCode"), QStringLiteral("stateCode"), QStringLiteral("stateName"),
    };
    return keys;
}

QString ValueChecks::text(const QJsonValue &value)
{
    return value.isString() ? QString() : tr("must be text");
}

QString ValueChecks::email(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!value.isString())
        return tr("must be text");
    if (!pattern.match(value.toString().trimmed()).hasMatch())
        return tr("%1 is not a valid email address").arg(shown(value));
    return QString();
}

QString ValueChecks::wholeNumber(const QJsonValue &value)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,15}$"));
    static const QRegularExpression moreDigits(QStringLiteral("^-?[0-9]{16,}$"));
    bool tooLarge = false;
    if (value.isDouble()) {
        // Compared as a double: casting one beyond qint64 to it is undefined.
        const double d = value.toDouble();
        tooLarge = std::isfinite(d) && std::abs(d) >= 1e15;
        if (!tooLarge && std::isfinite(d) && d == std::floor(d))
            return QString();
    } else if (value.isString()) {
        if (digits.match(value.toString()).hasMatch())
            return QString();
        tooLarge = moreDigits.match(value.toString()).hasMatch();
    }
    // A whole number with too many digits is still a whole number: say what is wrong with it.
    if (tooLarge)
        return tr("%1 is too large: at most 15 digits").arg(shown(value));
    return tr("%1 is not a whole number").arg(shown(value));
}

qint64 ValueChecks::toId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) && std::abs(d) < 9.0e18 ? qint64(d) : 0;
    }
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

QString ValueChecks::id(const QJsonValue &value)
{
    const QString problem = wholeNumber(value);
    if (!problem.isEmpty())
        return problem;
    if (toId(value) <= 0)
        return tr("%1 is not a valid id").arg(shown(value));
    return QString();
}

QString ValueChecks::date(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return tr("%1 is not a date as yyyy-mm-dd").arg(shown(value));
    if (!QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
        return tr("%1 is not a real date").arg(shown(value));
    return QString();
}

QString ValueChecks::select(const QJsonValue &value, const SelectOptions *options)
{
    if (!value.isString())
        return tr("must be one of the choices");
    if (!options || !options->contains(value.toString()))
        return tr("%1 is not one of the choices").arg(shown(value));
    return QString();
}

QString ValueChecks::multiSelect(const QJsonValue &value, const SelectOptions *options)
{
    if (!value.isArray())
        return tr("must be a list of choices");
    QSet<QString> seen;
    for (const QJsonValue &item : value.toArray()) {
        const QString problem = select(item, options);
        if (!problem.isEmpty())
            return problem;
        if (seen.contains(item.toString()))
            return tr("%1 is chosen twice").arg(shown(item));
        seen.insert(item.toString());
    }
    return QString();
}

QString ValueChecks::address(const QJsonValue &value)
{
    if (!value.isObject())
        return tr("must be an address with line1 … countryCode");
    const QJsonObject address = value.toObject();
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        if (!addressKeys().contains(it.key()))
            return tr("'%1' is not part of an address").arg(it.key());
        if (!it.value().isString() && !it.value().isNull())
            return tr("the address %1 must be text").arg(it.key());
    }
    const CountryCodes &codes = CountryCodes::instance();
    const QString country = address.value(QStringLiteral("countryCode")).toString();
    const QString state = address.value(QStringLiteral("stateCode")).toString();
    if (!country.isEmpty() && codes.isLoaded() && !codes.isCountry(country))
        return tr("'%1' is not a country code").arg(country);
    if (!state.isEmpty()) {
        if (country.isEmpty())
            return tr("a state code needs a country code");
        if (codes.isLoaded() && !codes.isSubdivision(country, state))
            return tr("'%1' is not a state of %2").arg(state, codes.countryName(country));
    }
    return QString();
}

QString ValueChecks::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return QString();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return QString();
    return tr("must be yes or no");
}
