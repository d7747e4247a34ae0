#include "model/valuechecks.h"

#include "model/countrycodes.h"
#include "model/fielddefinition.h"
#include "model/fieldkeys.h"
#include "model/localedate.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
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
    return value.isString() ? emailText(value.toString()) : tr("must be text");
}

QString ValueChecks::emailText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return tr("%1 is not a valid email address").arg(shown(text));
    return QString();
}

QString ValueChecks::wholeNumber(const QJsonValue &value)
{
    bool tooLarge = false;
    if (value.isDouble()) {
        // Compared as a double: casting one beyond qint64 to it is undefined.
        const double d = value.toDouble();
        tooLarge = std::isfinite(d) && std::abs(d) >= 1e15;
        if (!tooLarge && std::isfinite(d) && d == std::floor(d))
            return QString();
    } else if (value.isString()) {
        // An optional '-' and digits; checked by hand, a regular expression costs more than
        // the rest of a record's checks.
        const QString text = value.toString();
        const qsizetype sign = text.startsWith(QLatin1Char('-')) ? 1 : 0;
        const qsizetype digits = text.size() - sign;
        bool allDigits = digits >= 1;
        for (qsizetype i = sign; allDigits && i < text.size(); ++i)
            allDigits = text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
        if (allDigits && digits <= 15)
            return QString();
        tooLarge = allDigits && digits > 15;
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
    return value.isString() ? dateText(value.toString())
                            : tr("%1 is not a date as yyyy-mm-dd").arg(shown(value));
}

QString ValueChecks::dateText(const QString &text)
{
    bool shaped = text.size() == 10;
    for (qsizetype i = 0; shaped && i < text.size(); ++i)
        shaped = (i == 4 || i == 7)
            ? text.at(i) == QLatin1Char('-')
            : text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
    // The form takes the locale's order too and turns a real date into yyyy-mm-dd; one left as
    // typed does not exist. (A real one reaching here came from a file: its format is wrong.)
    if (!shaped && LocaleDate::isShaped(text, QLocale())
        && LocaleDate::toIso(text, QLocale()).isEmpty())
        return tr("%1 is not a real date").arg(shown(text));
    if (!shaped)
        return tr("%1 is not a date as yyyy-mm-dd").arg(shown(text));
    auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + text.at(i).digitValue();
        return n;
    };
    if (!QDate(number(0, 4), number(5, 2), number(8, 2)).isValid())
        return tr("%1 is not a real date").arg(shown(text));
    return QString();
}

QString ValueChecks::select(const QJsonValue &value, const SelectOptions *options)
{
    return value.isString() ? selectKey(value.toString(), options)
                            : tr("must be one of the choices");
}

QString ValueChecks::selectKey(const QString &key, const SelectOptions *options)
{
    return options && options->contains(key) ? QString() : notAChoice(key);
}

QString ValueChecks::multiSelect(const QJsonValue &value, const SelectOptions *options)
{
    if (!value.isArray())
        return tr("must be a list of choices");
    // A few keys each: a short list finds one chosen twice sooner than a set is built.
    QVarLengthArray<QString, 8> seen;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isString())
            return tr("must be one of the choices");
        const QString key = item.toString();
        const QString problem = selectKey(key, options);
        if (!problem.isEmpty())
            return problem;
        if (std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
            return tr("%1 is chosen twice").arg(shown(key));
        seen.append(key);
    }
    return QString();
}

QString ValueChecks::address(const QJsonValue &value)
{
    if (!value.isObject())
        return tr("must be an address with line1 … countryCode");
    static const QString countryKey = QStringLiteral("countryCode");
    static const QString stateKey = QStringLiteral("stateCode");
    const QJsonObject address = value.toObject();
    QString country, state;
    // One pass, the codes taken on the way: a lookup by key costs as much as the pass.
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        const QString key = it.key();
        if (!addressKeys().contains(key))
            return tr("'%1' is not part of an address").arg(key);
        const QJsonValue part = it.value();
        if (!part.isString() && !part.isNull())
            return tr("the address %1 must be text").arg(key);
        if (key == countryKey)
            country = part.toString();
        else if (key == stateKey)
            state = part.toString();
    }
    const CountryCodes &codes = CountryCodes::instance();
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

QString ValueChecks::flag(const QJsonValue &value)
{
    return value.isBool() ? QString() : tr("must be yes or no");
}

QString ValueChecks::contactType(const QJsonValue &value)
{
    return contactTypeText(value.isString() ? value.toString() : QString());
}

QString ValueChecks::contactTypeText(const QString &text)
{
    return text == FieldKeys::contactLead || text == FieldKeys::companyLead
        ? QString()
        : tr("must be contact or company");
}

QString ValueChecks::notAChoice(const QJsonValue &value)
{
    return tr("%1 is not one of the choices").arg(shown(value));
}
