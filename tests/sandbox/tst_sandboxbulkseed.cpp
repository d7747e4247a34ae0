// Bulk seeding (leaddesk-sandbox --seed-contacts / --seed-companies, SandboxServer::seedBulk):
// the list calls page through exactly the records asked for, the same counts give the same
// records, and the generated records are ones the platform's own rules accept.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QProcess>
#include <QSet>
#include <QTest>

namespace {
constexpr int kContacts = 2345;
constexpr int kCompanies = 321;
constexpr int kSeedContacts = 60; // resources/sandbox/contacts.json
constexpr int kSeedCompanies = 22; // resources/sandbox/companies.json
constexpr qint64 kFirstContactId = 1000000;
constexpr qint64 kFirstCompanyId = 300000;

qint64 idOf(const QJsonValue &record)
{
    return record.toObject().value(QLatin1String("id")).toInteger();
}
} // namespace

class TestSandboxBulkSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contactListPagesThroughExactlyN();
    void companyListPagesThroughExactlyN();
    void sameCountsGiveSameRecords();
    void generatedRecordsAreRealistic();
    void newRecordsFollowTheGeneratedOnes();
    void executableSeedsFromOptions();

private:
    /// Every record of a list call, page by page, as a client pages through it.
    static QJsonArray all(SandboxClient &client, const QString &action, qint64 *total);

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
    QJsonArray m_contacts;
    QJsonArray m_companies;
    qint64 m_contactTotal = -1;
    qint64 m_companyTotal = -1;
};

QJsonArray TestSandboxBulkSeed::all(SandboxClient &client, const QString &action, qint64 *total)
{
    QJsonArray records;
    for (int start = 0;; start += 100) {
        const SandboxReply reply
            = client.call(QStringLiteral("contact"), action,
                          {{QLatin1String("start"), start}, {QLatin1String("perPage"), 100}});
        if (reply.status != 200)
            return {};
        *total = reply.object()
                     .value(QLatin1String("meta"))
                     .toObject()
                     .value(QLatin1String("totalResults"))
                     .toInteger(-1);
        const QJsonArray page = reply.results();
        for (const QJsonValue &record : page)
            records.append(record);
        if (page.size() < 100)
            return records;
    }
}

void TestSandboxBulkSeed::initTestCase()
{
    m_server = new SandboxServer(this);
    m_server->seedBulk(kContacts, kCompanies);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    m_contacts = all(*m_client, QStringLiteral("getContactList"), &m_contactTotal);
    m_companies = all(*m_client, QStringLiteral("getCompanyList"), &m_companyTotal);
}

void TestSandboxBulkSeed::contactListPagesThroughExactlyN()
{
    QCOMPARE(m_contactTotal, kSeedContacts + kContacts);
    QCOMPARE(m_contacts.size(), kSeedContacts + kContacts);
    QSet<qint64> ids;
    QSet<QString> emails;
    int generated = 0;
    for (const QJsonValue &contact : std::as_const(m_contacts)) {
        ids.insert(idOf(contact));
        emails.insert(contact.toObject().value(QLatin1String("email")).toString().toLower());
        generated += idOf(contact) >= kFirstContactId;
    }
    QCOMPARE(generated, kContacts);
    QCOMPARE(ids.size(), m_contacts.size());
    // Every contact has an address of its own, as the radar's "same email" relies on.
    QCOMPARE(emails.size(), m_contacts.size());
    QCOMPARE(idOf(m_contacts.last()), kFirstContactId + kContacts - 1);
}

void TestSandboxBulkSeed::companyListPagesThroughExactlyN()
{
    QCOMPARE(m_companyTotal, kSeedCompanies + kCompanies);
    QCOMPARE(m_companies.size(), kSeedCompanies + kCompanies);
    int generated = 0;
    for (const QJsonValue &company : std::as_const(m_companies))
        generated += idOf(company) >= kFirstCompanyId;
    QCOMPARE(generated, kCompanies);
    QCOMPARE(idOf(m_companies.last()), kFirstCompanyId + kCompanies - 1);
}

void TestSandboxBulkSeed::sameCountsGiveSameRecords()
{
    SandboxServer again;
    again.seedBulk(kContacts, kCompanies);
    QVERIFY(again.start());
    SandboxClient client(again.baseUrl());
    qint64 total = 0;
    QCOMPARE(all(client, QStringLiteral("getContactList"), &total), m_contacts);
    QCOMPARE(all(client, QStringLiteral("getCompanyList"), &total), m_companies);

    // Fewer contacts are the first ones of the larger seed, not different people.
    SandboxServer fewer;
    fewer.seedBulk(100, kCompanies);
    QCOMPARE(fewer.contact(kFirstContactId + 99), m_server->contact(kFirstContactId + 99));
    QVERIFY(fewer.contact(kFirstContactId + 100).isEmpty());
}

void TestSandboxBulkSeed::generatedRecordsAreRealistic()
{
    QSet<QString> names;
    int withCompany = 0;
    for (qint64 id = kFirstContactId; id < kFirstContactId + kContacts; ++id) {
        const QJsonObject contact = m_server->contact(id);
        QVERIFY(!contact.value(QLatin1String("firstName")).toString().isEmpty());
        QVERIFY(!contact.value(QLatin1String("lastName")).toString().isEmpty());
        QVERIFY(contact.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
        QVERIFY(!contact.value(QLatin1String("phone")).toString().isEmpty());
        names.insert(contact.value(QLatin1String("lastName")).toString());
        const QJsonArray companies = contact.value(QLatin1String("companiesData")).toArray();
        if (!companies.isEmpty()) {
            ++withCompany;
            QVERIFY(!companies.first()
                         .toObject()
                         .value(QLatin1String("businessName"))
                         .toString()
                         .isEmpty());
        }
    }
    // Many different people, most of them working for a company, some for themselves.
    QVERIFY2(names.size() >= 40, qPrintable(QString::number(names.size())));
    QVERIFY(withCompany > kContacts / 2);
    QVERIFY(withCompany < kContacts);
    const QJsonObject company = m_server->company(kFirstCompanyId);
    QVERIFY(!company.value(QLatin1String("businessName")).toString().isEmpty());
    QVERIFY(company.value(QLatin1String("industry")).isObject());
}

void TestSandboxBulkSeed::newRecordsFollowTheGeneratedOnes()
{
    const SandboxReply reply = m_client->call(
        QStringLiteral("contact"), QStringLiteral("addOrUpdateContact"),
        {{QLatin1String("firstName"), QStringLiteral("Nora")},
         {QLatin1String("lastName"), QStringLiteral("Quist")},
         {QLatin1String("email"), QStringLiteral("nora.quist@example.com")},
         {QLatin1String("customFields"),
          QJsonArray {QJsonObject {{QLatin1String("fieldId"), 800},
                                   {QLatin1String("value"), QStringLiteral("Buyer")}}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("id")).toInteger(), kFirstContactId + kContacts);
    qint64 total = 0;
    all(*m_client, QStringLiteral("getContactList"), &total);
    QCOMPARE(total, kSeedContacts + kContacts + 1);
}

void TestSandboxBulkSeed::executableSeedsFromOptions()
{
    QProcess process;
    process.start(QStringLiteral(LEADDESK_BIN_DIR "/leaddesk-sandbox"),
                  {QStringLiteral("--seed-contacts"), QStringLiteral("250"),
                   QStringLiteral("--seed-companies"), QStringLiteral("30")});
    QVERIFY(process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(10000))
        line += process.readAllStandardOutput();
    const QUrl url(QString::fromUtf8(line.trimmed()));
    QVERIFY2(url.isValid() && url.port() > 0, line.constData());
    SandboxClient client(url);
    qint64 total = 0;
    const QJsonArray contacts = all(client, QStringLiteral("getContactList"), &total);
    QCOMPARE(total, kSeedContacts + 250);
    QCOMPARE(contacts.size(), kSeedContacts + 250);
    // The program seeds as SandboxServer::seedBulk() does.
    SandboxServer inProcess;
    inProcess.seedBulk(250, 30);
    QCOMPARE(contacts.last().toObject(), inProcess.contact(kFirstContactId + 249));
    all(client, QStringLiteral("getCompanyList"), &total);
    QCOMPARE(total, kSeedCompanies + 30);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_MAIN(TestSandboxBulkSeed)
#include "tst_sandboxbulkseed.moc"
