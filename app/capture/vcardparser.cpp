#include "capture/vcardparser.h"

#include "capture/personname.h"
#include "capture/vcardproperty.h"

namespace {

/// Collects the properties of the card being read.
class CardBuilder
{
public:
    /// Feeds one unfolded line; returns true when it ended a card worth keeping.
    bool feed(const QByteArray &line);
    CapturedContact take() { return std::exchange(m_card, CapturedContact()); }

private:
    void apply(const VCardProperty &property);
    void addPhone(const VCardProperty &property);
    void setAddress(const VCardProperty &property);
    void finish();

    CapturedContact m_card;
    int m_depth = 0; ///< > 1 inside a card nested in a card (vCard 2.1 AGENT)
    int m_properties = 0;
    QString m_formattedName;
    bool m_addressIsWork = false;
};

bool CardBuilder::feed(const QByteArray &line)
{
    const QByteArray upper = line.trimmed().toUpper();
    if (upper == "BEGIN:VCARD") {
        if (++m_depth == 1) {
            m_card = CapturedContact();
            m_properties = 0;
            m_formattedName.clear();
            m_addressIsWork = false;
        }
        return false;
    }
    if (upper == "END:VCARD") {
        if (m_depth == 0)
            return false;
        if (--m_depth > 0)
            return false;
        finish();
        return !m_card.isEmpty();
    }
    if (m_depth != 1 || ++m_properties > VCardParser::kMaxProperties)
        return false;
    const auto property = VCardProperty::parse(line);
    if (property && !property->isBinary())
        apply(*property);
    return false;
}

void CardBuilder::apply(const VCardProperty &property)
{
    const QByteArray &name = property.name;
    if (name == "N") {
        const QStringList parts = property.components();
        m_card.lastName = parts.value(0);
        m_card.firstName = parts.value(1);
    } else if (name == "FN") {
        m_formattedName = property.text();
    } else if (name == "ORG") {
        m_card.businessName = property.components().value(0);
    } else if (name == "TITLE" || (name == "ROLE" && m_card.jobTitle.isEmpty())) {
        m_card.jobTitle = property.text();
    } else if (name == "EMAIL" && m_card.emails.size() < VCardParser::kMaxValues) {
        QString email = property.text();
        if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7);
        if (email.isEmpty())
            return;
        if (property.hasType(QStringLiteral("pref")))
            m_card.emails.prepend(email);
        else
            m_card.emails.append(email);
    } else if (name == "TEL") {
        addPhone(property);
    } else if (name == "ADR") {
        setAddress(property);
    } else if (name == "URL" && m_card.website.isEmpty()) {
        m_card.website = property.text();
    } else if (name == "NOTE") {
        m_card.note = property.text();
    }
}

void CardBuilder::addPhone(const VCardProperty &property)
{
    if (m_card.phones.size() >= VCardParser::kMaxValues)
        return;
    QString number = property.text();
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        number = number.mid(4).section(QLatin1Char(';'), 0, 0);
    if (number.isEmpty())
        return;
    const QStringList types = property.types();
    CapturedPhone phone {number, PhoneKind::Other};
    if (types.contains(QStringLiteral("fax")))
        phone.kind = PhoneKind::Fax;
    else if (types.contains(QStringLiteral("cell")) || types.contains(QStringLiteral("mobile"))
             || types.contains(QStringLiteral("iphone")))
        phone.kind = PhoneKind::Mobile;
    else if (types.contains(QStringLiteral("work")) || types.contains(QStringLiteral("main")))
        phone.kind = PhoneKind::Work;
    else if (types.contains(QStringLiteral("home")))
        phone.kind = PhoneKind::Home;
    if (types.contains(QStringLiteral("pref")))
        m_card.phones.prepend(phone);
    else
        m_card.phones.append(phone);
}

void CardBuilder::setAddress(const VCardProperty &property)
{
    // A work address wins over any other; otherwise the first one stays.
    const bool work = property.hasType(QStringLiteral("work"));
    if (!m_card.address.isEmpty() && (m_addressIsWork || !work))
        return;
    const QStringList parts = property.components();
    CapturedAddress address;
    for (const QString &part : {parts.value(0), parts.value(1), parts.value(2)}) {
        for (const QString &line : part.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                address.street.append(line.trimmed());
        }
    }
    address.city = parts.value(3);
    address.region = parts.value(4);
    address.postalCode = parts.value(5);
    address.country = parts.value(6);
    if (address.isEmpty())
        return;
    m_card.address = address;
    m_addressIsWork = work;
}

void CardBuilder::finish()
{
    if (m_card.firstName.isEmpty() && m_card.lastName.isEmpty() && !m_formattedName.isEmpty()
        && m_formattedName != m_card.businessName) {
        const PersonName name = PersonName::split(m_formattedName);
        m_card.firstName = name.first;
        m_card.lastName = name.last;
    }
}

} // namespace

bool VCardParser::looksLikeVCard(const QByteArray &data)
{
    return data.left(4096).toUpper().contains("BEGIN:VCARD");
}

QList<CapturedContact> VCardParser::parse(const QByteArray &data)
{
    const QByteArray input = data.left(kMaxBytes);
    QList<CapturedContact> cards;
    CardBuilder builder;
    QByteArray logical;
    bool quotedPrintable = false;
    bool base64 = false;
    auto flush = [&] {
        if (builder.feed(logical))
            cards.append(builder.take());
        logical.clear();
    };
    auto append = [&](const QByteArray &more) {
        // A binary value is skipped anyway; nothing else needs more than the cap.
        if (!base64 && logical.size() < kMaxLineBytes)
            logical.append(more.left(kMaxLineBytes - logical.size()));
    };
    qsizetype pos = 0;
    while (pos < input.size() && cards.size() < kMaxCards) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        QByteArray physical = input.mid(pos, std::min(end - pos, kMaxLineBytes + 2));
        pos = end + 1;
        if (physical.endsWith('\r'))
            physical.chop(1);
        const bool folded = physical.startsWith(' ') || physical.startsWith('\t');
        // Quoted-printable's soft line break: "=" at the end, the rest on the next line.
        const bool softBreak = quotedPrintable && logical.endsWith('=');
        if (softBreak)
            logical.chop(1);
        if (folded || softBreak) {
            append(folded ? physical.mid(1) : physical);
            continue;
        }
        // vCard 2.1 base64 runs on unindented lines until a blank line.
        if (base64 && !physical.isEmpty() && !physical.contains(':'))
            continue;
        flush();
        logical = physical;
        quotedPrintable = VCardProperty::isQuotedPrintable(logical);
        base64 = VCardProperty::isBase64(logical);
    }
    flush();
    return cards;
}
