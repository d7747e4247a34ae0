#include "capture/postaladdress.h"

#include "radar/textfold.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QRegularExpression &australian()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([^,]+?),?\s+(NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s+(\d{4})$)"));
    return re;
}

const QRegularExpression &american()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([^,]+?),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$)"));
    return re;
}

const QRegularExpression &british()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([^,]+?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$)"));
    return re;
}

const QRegularExpression &continental()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(\p{Lu}[\p{L}.' -]*?)(?:\s+Cedex(?:\s*\d+)?)?$)"));
    return re;
}

/// New Zealand, Norway, Denmark …: "Christchurch 8011".
const QRegularExpression &cityThenCode()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\p{Lu}[^,\d]*?)\s+(\d{4})$)"));
    return re;
}

const QRegularExpression &street()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\d+[a-z]?(?:-\d+[a-z]?)?,?\s+.*\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|)"
            R"(boulevard|blvd|place|pl|parade|pde|highway|hwy|terrace|tce|way|court|ct|crescent|)"
            R"(cres|square|sq|close|circuit|quay|wharf|esplanade|row|walk|grove|mews|rue|avenue|)"
            R"(av|bd|chemin|allée|impasse|quai|cours|route)\b\.?)"
            R"(|^(level|suite|unit|floor|shop|po box|p\.o\. box|gpo box|locked bag|postfach|bp|)"
            R"(etage|stock)\s+\d)"
            R"(|^\p{L}[\p{L}.-]*(straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|)"
            R"(chaussee|markt|hof|kai|steig)\s+\d+\s*[a-z]?$)"
            R"(|^\p{L}[\p{L}.-]*\s+(straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s+\d)"
            R"(|^(am|an der|an den|im|auf der|zum|zur|in der)\s+\p{L}[\p{L} .-]*\s+\d+\s*[a-z]?$)"
            R"(|^(rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|)"
            R"(rond-point|faubourg)\s+\p{L})"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// "12" alone is the start of "12, rue de la Paix": glue it to the next part.
QStringList parts(const QString &text)
{
    QStringList split = text.split(QLatin1Char(','));
    QStringList result;
    for (qsizetype i = 0; i < split.size(); ++i) {
        QString part = split.at(i).trimmed();
        static const QRegularExpression number(QStringLiteral(R"(^\d+[a-z]?$)"));
        if (number.match(part).hasMatch() && i + 1 < split.size())
            part += QLatin1Char(',') + split.at(++i);
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

} // namespace

bool PostalAddress::isStreet(const QString &text)
{
    return street().match(text.trimmed()).hasMatch();
}

bool PostalAddress::isCountry(const QString &text)
{
    static const QSet<QString> countries {
        QStringLiteral("australia"),
        QStringLiteral("deutschland"),
        QStringLiteral("germany"),
        QStringLiteral("osterreich"),
        QStringLiteral("austria"),
        QStringLiteral("schweiz"),
        QStringLiteral("suisse"),
        QStringLiteral("switzerland"),
        QStringLiteral("france"),
        QStringLiteral("belgique"),
        QStringLiteral("belgium"),
        QStringLiteral("belgien"),
        QStringLiteral("united kingdom"),
        QStringLiteral("uk"),
        QStringLiteral("usa"),
        QStringLiteral("united states"),
        QStringLiteral("new zealand"),
        QStringLiteral("nederland"),
        QStringLiteral("netherlands"),
        QStringLiteral("luxembourg"),
        QStringLiteral("canada"),
        QStringLiteral("ireland"),
        QStringLiteral("england"),
        QStringLiteral("scotland"),
        QStringLiteral("italia"),
        QStringLiteral("italy"),
        QStringLiteral("espana"),
        QStringLiteral("spain"),
        QStringLiteral("singapore"),
    };
    return countries.contains(TextFold::words(text).join(QLatin1Char(' ')));
}

bool PostalAddress::readLocality(const QString &text, CapturedAddress *address)
{
    const QString trimmed = text.trimmed();
    // "1200 Peachtree St NE" starts like "1010 Wien" but is a street.
    if (isStreet(trimmed))
        return false;
    for (const QRegularExpression *re : {&australian(), &american()}) {
        const auto match = re->match(trimmed);
        if (match.hasMatch()) {
            address->city = match.captured(1).trimmed();
            address->region = match.captured(2);
            address->postalCode = match.captured(3);
            return true;
        }
    }
    const auto uk = british().match(trimmed);
    if (uk.hasMatch() && !isStreet(uk.captured(1))) {
        address->city = uk.captured(1).trimmed();
        address->postalCode = uk.captured(2);
        return true;
    }
    const auto europe = continental().match(trimmed);
    if (europe.hasMatch()) {
        address->postalCode = europe.captured(1);
        address->city = europe.captured(2).trimmed();
        return true;
    }
    const auto plain = cityThenCode().match(trimmed);
    if (plain.hasMatch()) {
        address->city = plain.captured(1).trimmed();
        address->postalCode = plain.captured(2);
        return true;
    }
    return false;
}

bool PostalAddress::isAddress(const QString &text)
{
    CapturedAddress scratch;
    if (isStreet(text) || readLocality(text, &scratch))
        return true;
    const QStringList split = parts(text);
    for (qsizetype i = 0; i < split.size(); ++i) {
        if (isStreet(split.at(i)) || readLocality(split.at(i), &scratch))
            return true;
        if (i + 1 < split.size()
            && readLocality(split.at(i) + QStringLiteral(", ") + split.at(i + 1), &scratch))
            return true;
    }
    return false;
}

void PostalAddress::read(const QString &text, CapturedAddress *address)
{
    const QStringList split = parts(text);
    for (qsizetype i = 0; i < split.size(); ++i) {
        const QString &part = split.at(i);
        // "San Francisco, CA 94105" is one locality written across a comma.
        if (i + 1 < split.size() && address->postalCode.isEmpty()
            && readLocality(part + QStringLiteral(", ") + split.at(i + 1), address)) {
            ++i;
            continue;
        }
        if (address->postalCode.isEmpty() && readLocality(part, address))
            continue;
        if (isCountry(part) && (!address->postalCode.isEmpty() || !address->street.isEmpty()))
            address->country = part;
        else if (address->postalCode.isEmpty() && address->street.size() < 4)
            address->street.append(part);
    }
}
