#include "sandbox/bulkseed.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/valuecheck.h"

#include <QDateTime>
#include <QJsonArray>

#include <iterator>

namespace {
const char *const kFirstNames[]
    = {"Ava",     "Liam",   "Olivia", "Noah",    "Mia",       "Jack",  "Zoë",    "Hans",   "Chloé",
       "Ahmed",   "Priya",  "Tom",    "Sarah",   "José",      "Kate",  "Lucas",  "Emma",   "Oscar",
       "Grace",   "Ethan",  "Isla",   "Leo",     "Ruby",      "Henry", "Amélie", "Jonas",  "Nina",
       "Omar",    "Aiko",   "Wei",    "Fatima",  "Mateo",     "Sofia", "Lukas",  "Léa",    "Björn",
       "Ingrid",  "Rahul",  "Anika",  "Thomas",  "Charlotte", "James", "Hannah", "Jürgen", "Élodie",
       "Marco",   "Giulia", "Sean",   "Siobhan", "Kai",       "Maya",  "Daniel", "Laura",  "Felix",
       "Matilda", "Harper", "Arjun",  "Mei",     "Samuel",    "Zara"};
const char *const kLastNames[]
    = {"Smith",    "Jones",    "Nguyen",         "Müller",   "Dupont",   "Brown",    "Taylor",
       "Wilson",   "Martin",   "Khan",           "Singh",    "Lee",      "Walker",   "O'Brien",
       "Schmidt",  "Lefèvre",  "Garcia",         "Chen",     "Kelly",    "Murphy",   "Rossi",
       "Becker",   "Moreau",   "Patel",          "Tanaka",   "Kowalski", "Andersen", "Fischer",
       "Dubois",   "Russo",    "Ó Súilleabháin", "Wang",     "Nakamura", "Hoffmann", "Girard",
       "Bianchi",  "Campbell", "Thompson",       "White",    "Harris",   "Clarke",   "Robinson",
       "Young",    "King",     "Wright",         "Scott",    "Green",    "Baker",    "Adams",
       "Mitchell", "Roberts",  "Hughes",         "Edwards",  "Novak",    "Costa",    "Silva",
       "Weber",    "Lambert",  "Fontaine",       "MacDonald"};
const char *const kJobTitles[] = {
    "Events Manager",          "Executive Assistant",  "Office Manager",      "Marketing Manager",
    "Travel Coordinator",      "Conference Organiser", "Sales Director",      "HR Manager",
    "Chief Executive Officer", "Operations Manager",   "Procurement Officer", "Personal Assistant"};
const char *const kCompanyWords[]
    = {"Acme",       "Bluewater",     "Northwind",   "Harbour",    "Summit",     "Redgum",
       "Silverline", "Coastal",       "Ironbark",    "Meridian",   "Pinnacle",   "Southern Cross",
       "Evergreen",  "Golden Wattle", "Kookaburra",  "Horizon",    "Blackwood",  "Riverside",
       "Lighthouse", "Sapphire",      "Brightstar",  "Eastbrook",  "Westgate",   "Highland",
       "Oakridge",   "Bayside",       "Stonebridge", "Clearwater", "Greenfield", "Sunrise",
       "Alpine",     "Granite",       "Crescent",    "Falcon",     "Mosaic",     "Nordlicht",
       "Belle Rive", "Quattro",       "Atlas",       "Zenith"};
const char *const kTrades[]
    = {"Conferences", "Events",      "Mining",   "Logistics",  "Consulting",   "Pharmaceuticals",
       "Engineering", "Legal",       "Travel",   "Insurance",  "Construction", "Energy",
       "Software",    "Hospitality", "Catering", "Media",      "Education",    "Health",
       "Finance",     "Agriculture", "Shipping", "Architects", "Marketing",    "Telecom"};
const char *const kPlaces[] = {"",          "",         "",           "Brisbane", "Sydney",
                               "Melbourne", "Perth",    "Adelaide",   "Hobart",   "Darwin",
                               "Canberra",  "Auckland", "Gold Coast", "Pacific",  "Australia"};
const char *const kSuffixes[] = {"Pty Ltd", "Pty Ltd", "Pty Ltd", "Ltd", "Group", "Inc",
                                 "Co.",     "GmbH",    "SARL",    "LLC", "",      "Holdings"};
struct City
{
    const char *name;
    const char *state;
    const char *postcode;
    const char *areaCode;
};
const City kCities[] = {{"Brisbane", "QLD", "4000", "7"},  {"Sydney", "NSW", "2000", "2"},
                        {"Melbourne", "VIC", "3000", "3"}, {"Perth", "WA", "6000", "8"},
                        {"Adelaide", "SA", "5000", "8"},   {"Hobart", "TAS", "7000", "3"},
                        {"Canberra", "ACT", "2600", "2"},  {"Darwin", "NT", "0800", "8"}};
// Where people who book for themselves have their mail: the radar sets these domains aside.
const char *const kFreeMail[] = {"gmail.com",  "outlook.com", "bigpond.com", "yahoo.com.au",
                                 "icloud.com", "gmx.de",      "orange.fr",   "hotmail.com"};
const char *const kStreets[]
    = {"Queen Street",    "George Street", "Collins Street",   "King Street",   "Hay Street",
       "Adelaide Street", "Pitt Street",   "Elizabeth Street", "Flinders Lane", "Harbour Drive"};

template<typename T, std::size_t N> const T &from(const T (&list)[N], quint32 index)
{
    return list[index % N];
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// What goes before the @ or into a web address: lower case, no accents, letters and digits only.
QString slug(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    }
    return out;
}

// Spread over 2024 and 2025 by index alone, so that a record's date does not depend on others.
QString modifiedDate(int index, quint32 draw)
{
    static const QDateTime from(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return ValueCheck::timestamp(from.addSecs(qint64(draw % (730u * 86400u)) + index % 60));
}
} // namespace

BulkSeed::BulkSeed(SandboxStore *store)
    : m_store(store)
    , m_random(20261207u)
{
    const QList<QJsonObject> &industries = store->lookupList(SandboxStore::Lookup::Industry);
    for (const QJsonObject &industry : industries)
        m_industries.append(industry.value(QLatin1String("id")).toInteger());
}

quint32 BulkSeed::pick(quint32 size)
{
    return size == 0 ? 0u : m_random() % size;
}

void BulkSeed::addCompanies(int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_store->insert(SandboxStore::Kind::Company, company(i));
        m_companyIds.append(id);
    }
}

void BulkSeed::addContacts(int count)
{
    if (m_companyIds.isEmpty())
        m_companyIds = m_store->records(SandboxStore::Kind::Company).keys();
    for (int i = 0; i < count; ++i)
        m_store->insert(SandboxStore::Kind::Contact, contact(i));
}

QJsonObject BulkSeed::company(int index)
{
    // The order of the draws is the seed's contract: reordering them changes every company.
    const QString word = text(from(kCompanyWords, m_random()));
    const QString trade = text(from(kTrades, m_random()));
    const QString place = text(from(kPlaces, m_random()));
    const QString suffix = text(from(kSuffixes, m_random()));
    const City &city = from(kCities, m_random());
    const quint32 number = m_random();
    QStringList nameParts {word, trade};
    if (!place.isEmpty())
        nameParts.append(place);
    if (!suffix.isEmpty())
        nameParts.append(suffix);
    const QString domain = slug(word + trade + place) + QStringLiteral(".example");
    QJsonObject address;
    address.insert(
        QLatin1String("line1"),
        QStringLiteral("%1 %2").arg(1 + number % 300).arg(text(from(kStreets, number / 300))));
    address.insert(QLatin1String("city"), text(city.name));
    address.insert(QLatin1String("postalCode"), text(city.postcode));
    address.insert(QLatin1String("countryCode"), QStringLiteral("AU"));
    address.insert(QLatin1String("stateCode"), text(city.state));
    QJsonObject record;
    record.insert(QLatin1String("id"), kFirstCompanyId + index);
    record.insert(QLatin1String("businessName"), nameParts.join(QLatin1Char(' ')));
    record.insert(QLatin1String("phone"),
                  QStringLiteral("+61 %1 %2 %3")
                      .arg(QLatin1String(city.areaCode))
                      .arg(3000 + number % 7000)
                      .arg((number / 7000) % 10000, 4, 10, QLatin1Char('0')));
    record.insert(QLatin1String("email"), QString(QStringLiteral("events@") + domain));
    record.insert(QLatin1String("website"), QString(QStringLiteral("https://") + domain));
    record.insert(QLatin1String("address"), address);
    record.insert(QLatin1String("isAgent"), 0);
    record.insert(QLatin1String("customFields"), QJsonObject());
    record.insert(QLatin1String("modifiedDate"), modifiedDate(index, m_random()));
    if (!m_industries.isEmpty())
        record.insert(QLatin1String("industryId"),
                      m_industries.at(pick(quint32(m_industries.size()))));
    return record;
}

QJsonObject BulkSeed::contact(int index)
{
    // The order of the draws is the seed's contract: reordering them changes every contact.
    const QString first = text(from(kFirstNames, m_random()));
    const QString last = text(from(kLastNames, m_random()));
    const QString title = text(from(kJobTitles, m_random()));
    const quint32 companyDraw = m_random();
    QJsonObject record;
    record.insert(QLatin1String("id"), kFirstContactId + index);
    record.insert(QLatin1String("firstName"), first);
    record.insert(QLatin1String("lastName"), last);
    // Distinct, like the 04xx mobiles reps type: one per contact.
    record.insert(QLatin1String("phone"),
                  QStringLiteral("04%1 %2 %3")
                      .arg(10 + index / 1000000 % 90, 2, 10, QLatin1Char('0'))
                      .arg(index / 1000 % 1000, 3, 10, QLatin1Char('0'))
                      .arg(index % 1000, 3, 10, QLatin1Char('0')));
    record.insert(QLatin1String("status"), 1);
    record.insert(QLatin1String("smsStatus"), 1);
    record.insert(QLatin1String("customFields"), QJsonObject {{QStringLiteral("800"), title}});
    record.insert(QLatin1String("modifiedDate"), modifiedDate(index, m_random()));
    QString domain = text(from(kFreeMail, companyDraw / 10));
    // Three in ten have no company, as people who book for themselves.
    if (!m_companyIds.isEmpty() && companyDraw % 10 >= 3) {
        const qint64 companyId = m_companyIds.at(qsizetype(companyDraw / 10 % m_companyIds.size()));
        record.insert(QLatin1String("companies"), QJsonArray {companyId});
        const QString website = m_store->record(SandboxStore::Kind::Company, companyId)
                                    .value(QLatin1String("website"))
                                    .toString();
        if (website.contains(QLatin1String("://")))
            domain = website.section(QLatin1String("://"), 1);
    }
    // The index makes each address unique, as a platform's contacts' addresses are.
    record.insert(QLatin1String("email"),
                  QStringLiteral("%1.%2%3@%4").arg(slug(first), slug(last)).arg(index).arg(domain));
    return record;
}
