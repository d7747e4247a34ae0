#include "capture/mecardparser.h"

#include "capture/personname.h"

#include <QList>
#include <QPair>

namespace {

/// "KEY:value;KEY:value;;" into pairs, backslash escapes undone.
QList<QPair<QString, QString>> fields(const QString &body)
{
    QList<QPair<QString, QString>> result;
    QString current;
    auto flush = [&] {
        const qsizetype colon = current.indexOf(QLatin1Char(':'));
        if (colon > 0)
            result.append(
                {current.left(colon).trimmed().toUpper(), current.mid(colon + 1).trimmed()});
        current.clear();
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\') && i + 1 < body.size()) {
            // Keep a marker for escaped commas so that N and ADR split only at real ones.
            const QChar next = body.at(++i);
            current += next == QLatin1Char(',') ? QChar(0xE000) : next;
        } else if (c == QLatin1Char(';')) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return result;
}

QString plain(QString text)
{
    return text.replace(QChar(0xE000), QLatin1Char(',')).trimmed();
}

CapturedAddress address(const QString &written)
{
    CapturedAddress address;
    const QStringList parts = written.split(QLatin1Char(','));
    if (parts.size() == 7) {
        // Like vCard's ADR: PO box, extended, street, city, region, postcode, country.
        for (int i = 0; i < 3; ++i) {
            if (!plain(parts.at(i)).isEmpty())
                address.street.append(plain(parts.at(i)));
        }
        address.city = plain(parts.at(3));
        address.region = plain(parts.at(4));
        address.postalCode = plain(parts.at(5));
        address.country = plain(parts.at(6));
    } else if (!plain(written).isEmpty()) {
        address.street.append(plain(written));
    }
    return address;
}

void addPhone(CapturedContact &card, const QString &number, PhoneKind kind)
{
    if (!plain(number).isEmpty() && card.phones.size() < 20)
        card.phones.append({plain(number), kind});
}

void applyMecard(CapturedContact &card, const QString &key, const QString &value)
{
    if (key == QLatin1String("N")) {
        const qsizetype comma = value.indexOf(QLatin1Char(','));
        if (comma >= 0) {
            card.lastName = plain(value.left(comma));
            card.firstName = plain(value.mid(comma + 1));
        } else {
            const PersonName name = PersonName::split(plain(value));
            card.firstName = name.first;
            card.lastName = name.last;
        }
    } else if (key == QLatin1String("TEL") || key == QLatin1String("TEL-AV")) {
        addPhone(card, value, PhoneKind::Other);
    } else if (key == QLatin1String("EMAIL") && card.emails.size() < 20) {
        card.emails.append(plain(value));
    } else if (key == QLatin1String("ORG")) {
        card.businessName = plain(value);
    } else if (key == QLatin1String("TITLE")) {
        card.jobTitle = plain(value);
    } else if (key == QLatin1String("URL") && card.website.isEmpty()) {
        card.website = plain(value);
    } else if (key == QLatin1String("ADR")) {
        card.address = address(value);
    } else if (key == QLatin1String("NOTE")) {
        card.note = plain(value);
    }
}

void applyBizcard(CapturedContact &card, const QString &key, const QString &value)
{
    if (key == QLatin1String("N"))
        card.firstName = plain(value);
    else if (key == QLatin1String("X"))
        card.lastName = plain(value);
    else if (key == QLatin1String("T"))
        card.jobTitle = plain(value);
    else if (key == QLatin1String("C"))
        card.businessName = plain(value);
    else if (key == QLatin1String("A"))
        card.address = address(value);
    else if (key == QLatin1String("B"))
        addPhone(card, value, PhoneKind::Work);
    else if (key == QLatin1String("M"))
        addPhone(card, value, PhoneKind::Mobile);
    else if (key == QLatin1String("F"))
        addPhone(card, value, PhoneKind::Fax);
    else if (key == QLatin1String("E") && card.emails.size() < 20)
        card.emails.append(plain(value));
}

} // namespace

bool MecardParser::looksLikeMecard(const QString &text)
{
    const QString start = text.left(16).trimmed().toUpper();
    return start.startsWith(QLatin1String("MECARD:"))
        || start.startsWith(QLatin1String("BIZCARD:"));
}

std::optional<CapturedContact> MecardParser::parse(const QString &text)
{
    const QString trimmed = text.left(kMaxLength).trimmed();
    if (!looksLikeMecard(trimmed))
        return std::nullopt;
    const bool bizcard = trimmed.startsWith(QLatin1String("BIZCARD:"), Qt::CaseInsensitive);
    const QString body = trimmed.mid(trimmed.indexOf(QLatin1Char(':')) + 1);
    CapturedContact card;
    for (const auto &[key, value] : fields(body)) {
        if (bizcard)
            applyBizcard(card, key, value);
        else
            applyMecard(card, key, value);
    }
    if (card.isEmpty())
        return std::nullopt;
    return card;
}
