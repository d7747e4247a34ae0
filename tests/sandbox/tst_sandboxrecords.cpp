// contact?action=addOrUpdateContact and addOrUpdateCompany: create, update, updateIfExists and
// the same error style as leads (23016, 23017, and a "details are invalid" code listing every
// problem).
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QTest>

namespace {
QJsonObject contactBody()
{
    return {{QLatin1String("firstName"), QStringLiteral("Rae")},
            {QLatin1String("lastName"), QStringLiteral("Sato")},
            {QLatin1String("email"), QStringLiteral("rae.sato@mail.example")},
            {QLatin1String("customFields"),
             QJsonArray {QJsonObject {{QLatin1String("fieldId"), 800},
                                      {QLatin1String("value"), QStringLiteral("Producer")}}}}};
}

QJsonObject companyBody()
{
    return {{QLatin1String("businessName"), QStringLiteral("Lyrebird Media")},
            {QLatin1String("customFields"),
             QJsonArray {QJsonObject {{QLatin1String("fieldId"), 851},
                                      {QLatin1String("value"), QStringLiteral("small")}}}}};
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(QLatin1String(key), value);
    return object;
}

QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(QLatin1String(key));
    return object;
}
} // namespace

class TestSandboxRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createContact();
    void contactRequired_data();
    void contactRequired();
    void contactKinds_data();
    void contactKinds();
    void contactProblems();
    void unknownContact();
    void updateContact();
    void contactUpdateIfExists();
    void createCompany();
    void companyRequiredAndKinds();
    void companyProblems();
    void unknownCompany();
    void companyWithNewPrimaryContact();
    void companyWithExistingPrimaryContact();
    void updateCompany();
    void companyUpdateIfExists();

private:
    SandboxReply contact(const QJsonObject &body)
    {
        return m_client->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateContact"),
                              body);
    }
    SandboxReply company(const QJsonObject &body)
    {
        return m_client->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateCompany"),
                              body);
    }
    static qint64 idOf(const SandboxReply &reply)
    {
        return reply.object().value(QLatin1String("id")).toInteger();
    }

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxRecords::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxRecords::createContact()
{
    const auto reply = contact(
        with(with(contactBody(), "companies", QJsonArray {1002, 1003}), "phone", 411222333));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("success")).toBool(), true);
    const QJsonObject stored = m_server->contact(idOf(reply));
    QCOMPARE(stored.value(QLatin1String("firstName")).toString(), QStringLiteral("Rae"));
    QCOMPARE(stored.value(QLatin1String("phone")).toString(), QStringLiteral("411222333"));
    QCOMPARE(stored.value(QLatin1String("companies")).toArray(), (QJsonArray {1002, 1003}));
    QCOMPARE(stored.value(QLatin1String("companiesData"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("businessName"))
                 .toString(),
             QStringLiteral("Cedar Health Partners"));
}

void TestSandboxRecords::contactRequired_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::newRow("empty body") << QJsonObject() << QStringLiteral("firstName");
    QTest::newRow("firstName") << without(contactBody(), "firstName")
                               << QStringLiteral("firstName");
    QTest::newRow("lastName") << with(contactBody(), "lastName", QString())
                              << QStringLiteral("lastName");
    QTest::newRow("email") << without(contactBody(), "email") << QStringLiteral("email");
}

void TestSandboxRecords::contactRequired()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    const auto reply = contact(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23017);
    QCOMPARE(reply.message(), QLatin1Char('\'') + key + QStringLiteral("' is required"));
}

void TestSandboxRecords::contactKinds_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::newRow("id") << with(contactBody(), "id", QStringLiteral("me")) << QStringLiteral("id");
    QTest::newRow("email") << with(contactBody(), "email", 12) << QStringLiteral("email");
    QTest::newRow("companies") << with(contactBody(), "companies",
                                       QJsonArray {QStringLiteral("acme")})
                               << QStringLiteral("companies");
    QTest::newRow("status") << with(contactBody(), "status", QStringLiteral("on"))
                            << QStringLiteral("status");
    QTest::newRow("updateIfExists") << with(contactBody(), "updateIfExists", QStringLiteral("yes"))
                                    << QStringLiteral("updateIfExists");
    QTest::newRow("customFields") << with(contactBody(), "customFields", 1)
                                  << QStringLiteral("customFields");
}

void TestSandboxRecords::contactKinds()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    const auto reply = contact(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QLatin1Char('\'') + key + QStringLiteral("' does not validate"));
}

void TestSandboxRecords::contactProblems()
{
    QJsonObject body = contactBody();
    body.insert(QLatin1String("email"), QStringLiteral("rae at mail"));
    body.insert(QLatin1String("companies"), QJsonArray {1000, 4242});
    body.insert(QLatin1String("status"), 4);
    body.insert(QLatin1String("smsStatus"), 9);
    body.insert(QLatin1String("customFields"), QJsonArray());
    const auto reply = contact(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 24108);
    QCOMPARE(reply.message(), QStringLiteral("The contact details are invalid"));
    QCOMPARE(reply.additionalMessages(),
             (QStringList {QStringLiteral("'email' rae at mail is not a valid email address"),
                           QStringLiteral("'companies' 4242 is not a company"),
                           QStringLiteral("'status' 4 is not an email status (1, 2, 3 or 5)"),
                           QStringLiteral("'smsStatus' 9 is not an sms status (1 to 4)"),
                           QStringLiteral("'customFields.800' is required")}));
}

void TestSandboxRecords::unknownContact()
{
    const auto reply
        = contact({{QLatin1String("id"), 1000}, {QLatin1String("firstName"), QStringLiteral("X")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.specificCode(), 24106);
}

void TestSandboxRecords::updateContact()
{
    const QJsonObject before = m_server->contact(5001);
    const auto reply = contact({{QLatin1String("id"), 5001},
                                {QLatin1String("phone"), QStringLiteral("0400 000 001")},
                                {QLatin1String("companies"), QJsonArray {1005}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(idOf(reply), 5001);
    const QJsonObject after = m_server->contact(5001);
    QCOMPARE(after.value(QLatin1String("phone")).toString(), QStringLiteral("0400 000 001"));
    QCOMPARE(after.value(QLatin1String("companies")).toArray(), QJsonArray {1005}); // replaced
    QCOMPARE(after.value(QLatin1String("email")), before.value(QLatin1String("email")));
    QCOMPARE(after.value(QLatin1String("customFields")),
             before.value(QLatin1String("customFields")));
    QVERIFY(after.value(QLatin1String("modifiedDate")).toString()
            > before.value(QLatin1String("modifiedDate")).toString());
    // Nothing is required on an update, but what is sent must not be emptied.
    const auto emptied
        = contact({{QLatin1String("id"), 5001}, {QLatin1String("email"), QString()}});
    QCOMPARE(emptied.specificCode(), 24108);
    QCOMPARE(emptied.additionalMessages(),
             QStringList {QStringLiteral("'email' must not be empty")});
}

void TestSandboxRecords::contactUpdateIfExists()
{
    // Same first name, last name and email as seeded contact 5002 (any case).
    QJsonObject body {{QLatin1String("firstName"), QStringLiteral("mia")},
                      {QLatin1String("lastName"), QStringLiteral("WILLIAMS")},
                      {QLatin1String("email"), QStringLiteral("mia.williams@bluewater.example")},
                      {QLatin1String("phone"), QStringLiteral("0499 999 999")},
                      {QLatin1String("updateIfExists"), true}};
    auto reply = contact(body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(idOf(reply), 5002);
    QCOMPARE(m_server->contact(5002).value(QLatin1String("phone")).toString(),
             QStringLiteral("0499 999 999"));
    // Without updateIfExists the same body creates a new contact (which then needs its
    // required custom field).
    body.remove(QLatin1String("updateIfExists"));
    reply = contact(body);
    QCOMPARE(reply.specificCode(), 24108);
    body.insert(QLatin1String("customFields"),
                QJsonArray {QJsonObject {{QLatin1String("fieldId"), 800},
                                         {QLatin1String("value"), QStringLiteral("Geologist")}}});
    reply = contact(body);
    QCOMPARE(reply.status, 200);
    QVERIFY(idOf(reply) > 5059);
}

void TestSandboxRecords::createCompany()
{
    QJsonObject body = companyBody();
    body.insert(QLatin1String("address"),
                QJsonObject {{QLatin1String("line1"), QStringLiteral("2 Bay St")},
                             {QLatin1String("countryCode"), QStringLiteral("AU")},
                             {QLatin1String("stateCode"), QStringLiteral("NSW")}});
    body.insert(QLatin1String("industryId"), 400);
    body.insert(QLatin1String("primaryAccountManagerId"), 700);
    body.insert(QLatin1String("commissionFood"), QStringLiteral("10"));
    body.insert(QLatin1String("commissionFoodType"), QStringLiteral("2"));
    body.insert(QLatin1String("isAgent"), 1);
    const auto reply = company(body);
    QCOMPARE(reply.status, 200);
    const QJsonObject stored = m_server->company(idOf(reply));
    QCOMPARE(stored.value(QLatin1String("businessName")).toString(),
             QStringLiteral("Lyrebird Media"));
    QCOMPARE(stored.value(QLatin1String("industry")).toObject().value(QLatin1String("id")).toInt(),
             400);
    QCOMPARE(stored.value(QLatin1String("primaryAccountManager"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInt(),
             700);
    QCOMPARE(stored.value(QLatin1String("commissionFoodValue")).toDouble(), 10.0);
    QCOMPARE(stored.value(QLatin1String("commissionFoodType")).toInt(), 2);
    QCOMPARE(stored.value(QLatin1String("isAgent")).toInt(), 1);
    QCOMPARE(stored.value(QLatin1String("address"))
                 .toObject()
                 .value(QLatin1String("stateCode"))
                 .toString(),
             QStringLiteral("NSW"));
}

void TestSandboxRecords::companyRequiredAndKinds()
{
    auto reply = company(without(companyBody(), "businessName"));
    QCOMPARE(reply.specificCode(), 23017);
    QCOMPARE(reply.message(), QStringLiteral("'businessName' is required"));
    reply = company(with(companyBody(), "address", QStringLiteral("1 Main St")));
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QStringLiteral("'address' does not validate"));
    reply = company(with(companyBody(), "commissionSpace", QStringLiteral("lots")));
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QStringLiteral("'commissionSpace' does not validate"));
    reply = company(with(companyBody(), "primaryContact", with(contactBody(), "email", false)));
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QStringLiteral("'primaryContact.email' does not validate"));
}

void TestSandboxRecords::companyProblems()
{
    QJsonObject body = companyBody();
    body.insert(QLatin1String("email"), QStringLiteral("info@"));
    body.insert(QLatin1String("address"),
                QJsonObject {{QLatin1String("countryCode"), QStringLiteral("XX")}});
    body.insert(QLatin1String("industryId"), 5);
    body.insert(QLatin1String("primaryAccountManagerId"), 1);
    body.insert(QLatin1String("primaryContactId"), 1000);
    const auto reply = company(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 24128);
    QCOMPARE(reply.message(), QStringLiteral("The company details are invalid"));
    QCOMPARE(
        reply.additionalMessages(),
        (QStringList {
            QStringLiteral("'email' info@ is not a valid email address"),
            QStringLiteral("'address' countryCode XX is not an ISO 3166-1 alpha-2 country code"),
            QStringLiteral("'primaryContactId' 1000 is not a contact"),
            QStringLiteral("'primaryAccountManagerId' 1 is not a user"),
            QStringLiteral("'industryId' 5 is not an industry")}));
}

void TestSandboxRecords::unknownCompany()
{
    const auto reply
        = company({{QLatin1String("id"), 5000}, {QLatin1String("phone"), QStringLiteral("1")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.specificCode(), 24126);
}

void TestSandboxRecords::companyWithNewPrimaryContact()
{
    const auto reply = company(with(companyBody(), "primaryContact", contactBody()));
    QCOMPARE(reply.status, 200);
    const QJsonObject stored = m_server->company(idOf(reply));
    const qint64 primary = stored.value(QLatin1String("primaryContact"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toInteger();
    QVERIFY(primary > 5059);
    QCOMPARE(m_server->contact(primary).value(QLatin1String("companies")).toArray(),
             QJsonArray {idOf(reply)});
    // A nested contact missing its required parts is reported with its path.
    const auto bad
        = company(with(companyBody(), "primaryContact", without(contactBody(), "lastName")));
    QCOMPARE(bad.specificCode(), 24128);
    QCOMPARE(bad.additionalMessages(),
             QStringList {QStringLiteral("'primaryContact.lastName' is required")});
}

void TestSandboxRecords::companyWithExistingPrimaryContact()
{
    const auto reply = company(with(companyBody(), "primaryContactId", 5055));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->company(idOf(reply))
                 .value(QLatin1String("primaryContact"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInt(),
             5055);
    QVERIFY(
        m_server->contact(5055).value(QLatin1String("companies")).toArray().contains(idOf(reply)));
}

void TestSandboxRecords::updateCompany()
{
    const QJsonObject before = m_server->company(1004);
    const auto reply = company(
        {{QLatin1String("id"), 1004}, {QLatin1String("tradingName"), QStringLiteral("EET")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject after = m_server->company(1004);
    QCOMPARE(after.value(QLatin1String("tradingName")).toString(), QStringLiteral("EET"));
    QCOMPARE(after.value(QLatin1String("businessName")),
             before.value(QLatin1String("businessName")));
    QCOMPARE(after.value(QLatin1String("address")), before.value(QLatin1String("address")));
    QCOMPARE(after.value(QLatin1String("customFields")),
             before.value(QLatin1String("customFields")));
}

void TestSandboxRecords::companyUpdateIfExists()
{
    const auto reply
        = company({{QLatin1String("businessName"), QStringLiteral("bluewater mining group")},
                   {QLatin1String("website"), QStringLiteral("https://bluewater.example/new")},
                   {QLatin1String("updateIfExists"), true}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(idOf(reply), 1001);
    QCOMPARE(m_server->company(1001).value(QLatin1String("website")).toString(),
             QStringLiteral("https://bluewater.example/new"));
}

QTEST_GUILESS_MAIN(TestSandboxRecords)
#include "tst_sandboxrecords.moc"
