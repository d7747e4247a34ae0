#include "services/radarrecords.h"

#include "model/recordlabel.h"
#include "radar/companymatcher.h"
#include "radar/companyname.h"
#include "radar/contactmatcher.h"
#include "radar/domainname.h"
#include "radar/radarkey.h"
#include "radar/textfold.h"

#include <QJsonArray>

#include <algorithm>

namespace {

const QLatin1String kContact("contact");

QString text(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString().trimmed();
}

QStringList phonesOf(const QJsonObject &record)
{
    QStringList phones;
    for (const char *key : {"phone", "otherPhone", "mobile"})
        if (const QString phone = text(record, key); !phone.isEmpty())
            phones << phone;
    return phones;
}

/// The domain an organisation registered, or empty for free mail (shared by strangers).
QString organisationDomain(const QString &email, const QString &website = QString())
{
    QString domain = DomainName::registrable(DomainName::ofEmail(email));
    if (domain.isEmpty())
        domain = DomainName::ofWebsite(website);
    return DomainName::isFreeMail(domain) ? QString() : domain;
}

qint64 idOf(const QJsonObject &record)
{
    const QJsonValue id = record.value(QLatin1String("id"));
    return id.isString() ? id.toString().toLongLong() : qint64(id.toDouble());
}

} // namespace

RadarRecords::RadarRecords(const QString &region)
    : m_phones(region)
    , m_region(region)
{ }

ContactCandidate RadarRecords::contact(const QJsonObject &record)
{
    ContactCandidate c;
    c.id = idOf(record);
    c.firstName = text(record, "firstName");
    c.lastName = text(record, "lastName");
    c.email = text(record, "email");
    c.phones = phonesOf(record);
    // A draft names its company as typed; a listed contact through companiesData.
    c.companyName = text(record, "companyName");
    if (c.companyName.isEmpty())
        c.companyName = record.value(QLatin1String("companiesData"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QLatin1String("businessName"))
                            .toString();
    return c;
}

CompanyCandidate RadarRecords::company(const QJsonObject &record)
{
    CompanyCandidate c;
    c.id = idOf(record);
    c.businessName = text(record, "businessName");
    c.phones = phonesOf(record);
    c.email = text(record, "email");
    c.website = text(record, "website");
    return c;
}

RadarEntry RadarRecords::entry(const QString &kind, const QJsonObject &record) const
{
    RadarEntry e;
    e.id = idOf(record);
    e.label = RecordLabel::of(kind, record);
    e.modified = text(record, "modifiedDate");
    e.record = record;
    const RadarQuery keys = query(kind, record);
    e.email = keys.email;
    e.person = keys.person;
    e.company = keys.company;
    e.domain = keys.domain;
    e.phones = keys.phones;
    if (kind == kContact) {
        const ContactCandidate c = contact(record);
        e.text = RadarKey::searchText(
            QStringList {c.firstName, c.lastName, c.email}.join(QLatin1Char(' ')));
    } else {
        e.text = RadarKey::searchText(text(record, "businessName") + QLatin1Char(' ')
                                      + text(record, "tradingName"));
    }
    return e;
}

RadarQuery RadarRecords::query(const QString &kind, const QJsonObject &draft) const
{
    RadarQuery q;
    QStringList phones;
    if (kind == kContact) {
        const ContactCandidate c = contact(draft);
        q.email = ContactMatcher::normalizedEmail(c.email);
        q.person = RadarKey::personName(c.firstName, c.lastName);
        q.company = c.companyName.isEmpty() ? QString() : RadarKey::companyName(c.companyName);
        q.domain = organisationDomain(c.email);
        phones = c.phones;
        // A typo in one name is still found through the other.
        q.words = TextFold::words(c.lastName) + TextFold::words(c.firstName);
    } else {
        const CompanyCandidate c = company(draft);
        q.company = RadarKey::companyName(c.businessName);
        q.domain = organisationDomain(c.email, c.website);
        phones = c.phones;
        const CompanyName name(c.businessName);
        for (const QString &word : name.core())
            if (!CompanyName::isGeneric(CompanyName::stem(word)))
                q.words << word;
        if (q.words.isEmpty())
            q.words = name.core();
    }
    for (const QString &phone : std::as_const(phones))
        if (const QString e164 = m_phones.normalize(phone); !e164.isEmpty())
            q.phones << e164;
    return q;
}

bool RadarRecords::isWorthLooking(const QString &kind, const QJsonObject &draft)
{
    if (kind == kContact) {
        const ContactCandidate c = contact(draft);
        return c.email.contains(QLatin1Char('@')) || !c.lastName.isEmpty();
    }
    return TextFold::words(text(draft, "businessName")).join(QString()).size() >= 3;
}

RadarFindings RadarRecords::judge(const QString &kind, const QJsonObject &draft,
                                  const QList<QJsonObject> &existing, int limit) const
{
    RadarFindings found;
    const bool contacts = kind == kContact;
    const ContactMatcher contactMatcher(m_region);
    const CompanyMatcher companyMatcher(m_region);
    const ContactCandidate typedContact = contacts ? contact(draft) : ContactCandidate();
    const CompanyCandidate typedCompany = contacts ? CompanyCandidate() : company(draft);
    const qint64 self = idOf(draft);
    for (const QJsonObject &record : existing) {
        const qint64 id = idOf(record);
        if (id <= 0 || id == self)
            continue;
        if (std::any_of(found.cbegin(), found.cend(), [id](const auto &f) { return f.id == id; }))
            continue;
        const RadarMatch match = contacts ? contactMatcher.match(typedContact, contact(record))
                                          : companyMatcher.match(typedCompany, company(record));
        // A company is named as registered, without the trading name a label adds.
        const QString label = contacts || text(record, "businessName").isEmpty()
            ? RecordLabel::of(kind, record)
            : text(record, "businessName");
        if (match.isMatch())
            found.append({kind, id, label, match, record});
    }
    std::stable_sort(found.begin(), found.end(), [](const RadarFinding &a, const RadarFinding &b) {
        return int(a.match.strength) > int(b.match.strength);
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}
