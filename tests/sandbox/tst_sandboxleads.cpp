// contact?action=addOrUpdateLead: the documented codes (24215, 24216, 23016, 23017, 24218), the
// conditional required rules, nested contacts and companies, and updates.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
QJsonArray requiredLeadFields()
{
    return QJsonArray {
        QJsonObject {{QLatin1String("fieldId"), 900},
                     {QLatin1String("fieldValue"), QStringLiteral("2027-01-15")}},
        QJsonObject {{QLatin1String("fieldId"), 901}, {QLatin1String("fieldValue"), 25}},
        QJsonObject {{QLatin1String("fieldId"), 902},
                     {QLatin1String("fieldValue"), QStringLiteral("under-5k")}},
        QJsonObject {{QLatin1String("fieldId"), 909},
                     {QLatin1String("fieldValue"), QStringLiteral("V1000")}},
    };
}

QJsonObject contactLead()
{
    return {{QLatin1String("name"), QStringLiteral("Test contact lead")},
            {QLatin1String("sourceId"), 101},
            {QLatin1String("typeId"), 3},
            {QLatin1String("stageId"), 10},
            {QLatin1String("industryId"), 409},
            {QLatin1String("contactId"), 5050},
            {QLatin1String("customFields"), requiredLeadFields()}};
}

QJsonObject companyLead()
{
    return {{QLatin1String("name"), QStringLiteral("Test company lead")},
            {QLatin1String("sourceId"), 105},
            {QLatin1String("typeId"), 1},
            {QLatin1String("subtypeId"), 30},
            {QLatin1String("stageId"), 12},
            {QLatin1String("stageReasonId"), 200},
            {QLatin1String("companyId"), 1000},
            {QLatin1String("companyLeadContactId"), 5000},
            {QLatin1String("customFields"), requiredLeadFields()}};
}

QJsonObject newContact()
{
    return {{QLatin1String("firstName"), QStringLiteral("Nia")},
            {QLatin1String("lastName"), QStringLiteral("Okoro")},
            {QLatin1String("email"), QStringLiteral("nia.okoro@mail.example")},
            {QLatin1String("customFields"),
             QJsonArray {QJsonObject {{QLatin1String("fieldId"), 800},
                                      {QLatin1String("value"), QStringLiteral("Planner")}}}}};
}

QJsonObject newCompany()
{
    return {{QLatin1String("businessName"), QStringLiteral("Kookaburra Labs")},
            {QLatin1String("customFields"),
             QJsonArray {QJsonObject {{QLatin1String("fieldId"), 851},
                                      {QLatin1String("value"), QStringLiteral("micro")}}}}};
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

// The field keys named in quotes, as the client extracts them.
QSet<QString> quotedKeys(const QStringList &messages)
{
    static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
    QSet<QString> keys;
    for (const QString &message : messages) {
        auto it = quoted.globalMatch(message);
        while (it.hasNext())
            keys.insert(it.next().captured(1));
    }
    return keys;
}
} // namespace

class TestSandboxLeads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyRequest();
    void unknownLead_data();
    void unknownLead();
    void wrongKinds_data();
    void wrongKinds();
    void firstWrongKindOnly();
    void requiredOnCreate_data();
    void requiredOnCreate();
    void allRuleProblemsAtOnce();
    void ruleProblems_data();
    void ruleProblems();
    void validContactLead();
    void validCompanyLead();
    void idsAsDigitStrings();
    void newInlineContact();
    void newInlineContactJoinsCompany();
    void newInlineCompanyAndContact();
    void rejectedRequestWritesNothing();
    void updateChangesOnlyFieldsSent();
    void updateChecksAgainstStoredLead();
    void updateRequiresNothing();
    void updateLeadForTestBumpsModifiedDate();

private:
    SandboxReply submit(const QJsonObject &body)
    {
        return m_client->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
    }
    int total(const QString &action)
    {
        return m_client->call(QStringLiteral("contact"), action, {{QLatin1String("perPage"), 1}})
            .object()
            .value(QLatin1String("meta"))
            .toObject()
            .value(QLatin1String("totalResults"))
            .toInt();
    }

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxLeads::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxLeads::emptyRequest()
{
    const auto reply = submit({});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(),
             (QJsonObject {{QLatin1String("errorCode"), 400},
                           {QLatin1String("message"), QStringLiteral("The request is empty")},
                           {QLatin1String("specificCode"), 24215}}));
}

void TestSandboxLeads::unknownLead_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("no such lead") << QJsonValue(19999);
    QTest::newRow("a contact's id") << QJsonValue(5000);
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("digits") << QJsonValue(QStringLiteral("99999"));
}

void TestSandboxLeads::unknownLead()
{
    QFETCH(QJsonValue, id);
    const auto reply
        = submit({{QLatin1String("id"), id}, {QLatin1String("name"), QStringLiteral("x")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QLatin1String("errorCode")).toInt(), 404);
    QCOMPARE(reply.specificCode(), 24216);
    QCOMPARE(reply.message(), QStringLiteral("The lead does not exist"));
}

void TestSandboxLeads::wrongKinds_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    const QString whole = QStringLiteral("Value must be a whole number");
    const QJsonObject base = contactLead();
    QTest::newRow("id text") << QJsonObject {{QLatin1String("id"), QStringLiteral("wrong")}}
                             << QStringLiteral("id") << whole;
    QTest::newRow("id fraction") << with(base, "id", 20000.5) << QStringLiteral("id") << whole;
    QTest::newRow("id negative text")
        << with(base, "id", QStringLiteral("-3")) << QStringLiteral("id") << whole;
    QTest::newRow("name number") << with(base, "name", 5) << QStringLiteral("name")
                                 << QStringLiteral("Value must be a string");
    QTest::newRow("sourceId text")
        << with(base, "sourceId", QStringLiteral("12a")) << QStringLiteral("sourceId") << whole;
    QTest::newRow("typeId fraction")
        << with(base, "typeId", 1.5) << QStringLiteral("typeId") << whole;
    QTest::newRow("stageId bool") << with(base, "stageId", true) << QStringLiteral("stageId")
                                  << whole;
    QTest::newRow("contactId null")
        << with(base, "contactId", QJsonValue::Null) << QStringLiteral("contactId") << whole;
    QTest::newRow("ownerUserId huge")
        << with(base, "ownerUserId", 1e300) << QStringLiteral("ownerUserId") << whole;
    QTest::newRow("ownerUserId long digits")
        << with(base, "ownerUserId", QStringLiteral("123456789012345678901234567890"))
        << QStringLiteral("ownerUserId") << whole;
    QTest::newRow("contact text") << with(base, "contact", QStringLiteral("Bob"))
                                  << QStringLiteral("contact")
                                  << QStringLiteral("Value must be an object");
    QTest::newRow("company array")
        << with(base, "company", QJsonArray()) << QStringLiteral("company")
        << QStringLiteral("Value must be an object");
    QTest::newRow("customFields object")
        << with(base, "customFields", QJsonObject()) << QStringLiteral("customFields")
        << QStringLiteral("Value must be an array");
    QTest::newRow("customFields entry number") << with(base, "customFields", QJsonArray {1})
                                               << QStringLiteral("customFields") << QString();
    QTest::newRow("customFields fieldId text")
        << with(base, "customFields",
                QJsonArray {QJsonObject {{QLatin1String("fieldId"), QStringLiteral("x")},
                                         {QLatin1String("fieldValue"), 1}}})
        << QStringLiteral("customFields") << QString();
    QTest::newRow("contact.firstName number")
        << with(without(base, "contactId"), "contact", with(newContact(), "firstName", 7))
        << QStringLiteral("contact.firstName") << QStringLiteral("Value must be a string");
    QTest::newRow("contact.companies text")
        << with(without(base, "contactId"), "contact",
                with(newContact(), "companies", QStringLiteral("1000")))
        << QStringLiteral("contact.companies")
        << QStringLiteral("Value must be an array of whole numbers");
    QTest::newRow("contact.customFields object")
        << with(without(base, "contactId"), "contact",
                with(newContact(), "customFields", QJsonObject()))
        << QStringLiteral("contact.customFields") << QStringLiteral("Value must be an array");
    QTest::newRow("company.businessName bool")
        << with(with(base, "company", with(newCompany(), "businessName", true)), "contact",
                newContact())
        << QStringLiteral("company.businessName") << QStringLiteral("Value must be a string");
    QTest::newRow("company.address text")
        << with(with(base, "company", with(newCompany(), "address", QStringLiteral("1 Main St"))),
                "contact", newContact())
        << QStringLiteral("company.address") << QStringLiteral("Value must be an object");
}

void TestSandboxLeads::wrongKinds()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    const auto reply = submit(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QLatin1Char('\'') + key + QStringLiteral("' does not validate"));
    QCOMPARE(reply.additionalMessages().size(), 1);
    if (!reason.isEmpty())
        QCOMPARE(reply.additionalMessages().first(), reason);
}

void TestSandboxLeads::firstWrongKindOnly()
{
    QJsonObject body = contactLead();
    body.insert(QLatin1String("name"), 5);
    body.insert(QLatin1String("typeId"), QStringLiteral("x"));
    body.insert(QLatin1String("contactId"), QStringLiteral("y"));
    const auto reply = submit(body);
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QStringLiteral("'name' does not validate"));
}

void TestSandboxLeads::requiredOnCreate_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::newRow("name") << without(contactLead(), "name") << QStringLiteral("name");
    QTest::newRow("empty name") << with(contactLead(), "name", QStringLiteral("  "))
                                << QStringLiteral("name");
    QTest::newRow("sourceId") << without(contactLead(), "sourceId") << QStringLiteral("sourceId");
    QTest::newRow("typeId") << without(contactLead(), "typeId") << QStringLiteral("typeId");
    QTest::newRow("stageId") << without(contactLead(), "stageId") << QStringLiteral("stageId");
    QTest::newRow("contact lead: contactId")
        << without(contactLead(), "contactId") << QStringLiteral("contactId");
    QTest::newRow("contact lead: industryId")
        << without(contactLead(), "industryId") << QStringLiteral("industryId");
    QTest::newRow("company lead: companyLeadContactId")
        << without(companyLead(), "companyLeadContactId") << QStringLiteral("companyLeadContactId");
    QTest::newRow("company lead via new company")
        << with(without(without(companyLead(), "companyId"), "companyLeadContactId"), "company",
                newCompany())
        << QStringLiteral("companyLeadContactId");
    QTest::newRow("first missing only")
        << without(without(contactLead(), "stageId"), "sourceId") << QStringLiteral("sourceId");
}

void TestSandboxLeads::requiredOnCreate()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    const auto reply = submit(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(),
             (QJsonObject {{QLatin1String("errorCode"), 400},
                           {QLatin1String("message"),
                            QString(QLatin1Char('\'') + key + QStringLiteral("' is required"))},
                           {QLatin1String("specificCode"), 23017}}));
}

void TestSandboxLeads::allRuleProblemsAtOnce()
{
    QJsonObject body = contactLead();
    body.insert(QLatin1String("sourceId"), 999);
    body.insert(QLatin1String("industryId"), 1);
    body.insert(QLatin1String("typeId"), 1); // has subtypes, none given
    body.insert(QLatin1String("stageId"), 12);
    body.insert(QLatin1String("stageReasonId"), 205); // a reason of stage 14
    body.insert(QLatin1String("ownerUserId"), 704); // inactive
    body.insert(QLatin1String("customFields"),
                QJsonArray {QJsonObject {{QLatin1String("fieldId"), 901},
                                         {QLatin1String("fieldValue"), QStringLiteral("many")}}});
    const auto reply = submit(body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 24218);
    QCOMPARE(reply.message(), QStringLiteral("The lead details are invalid"));
    const QStringList messages = reply.additionalMessages();
    QVERIFY2(messages.contains(QStringLiteral("'subtypeId' is required for type 1")),
             qPrintable(messages.join(u'\n')));
    QVERIFY(messages.contains(QStringLiteral("'stageReasonId' 205 is not a reason of stage 12")));
    QVERIFY(messages.contains(QStringLiteral("'sourceId' 999 is not a lead source")));
    QCOMPARE(quotedKeys(messages),
             (QSet<QString> {QStringLiteral("sourceId"), QStringLiteral("industryId"),
                             QStringLiteral("subtypeId"), QStringLiteral("stageReasonId"),
                             QStringLiteral("ownerUserId"), QStringLiteral("customFields.900"),
                             QStringLiteral("customFields.901"), QStringLiteral("customFields.902"),
                             QStringLiteral("customFields.909")}));
}

void TestSandboxLeads::ruleProblems_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown type") << with(contactLead(), "typeId", 8)
                                  << QStringLiteral("'typeId' 8 is not a lead type");
    QTest::newRow("subtype of another type")
        << with(with(contactLead(), "typeId", 1), "subtypeId", 33)
        << QStringLiteral("'subtypeId' 33 is not a subtype of type 1");
    QTest::newRow("subtype on a type without")
        << with(contactLead(), "subtypeId", 30)
        << QStringLiteral("'subtypeId' 30 is not a subtype of type 3");
    QTest::newRow("unknown stage") << with(contactLead(), "stageId", 100)
                                   << QStringLiteral("'stageId' 100 is not a lead stage");
    QTest::newRow("reason on a stage without")
        << with(contactLead(), "stageReasonId", 200)
        << QStringLiteral("'stageReasonId' 200 is not a reason of stage 10");
    QTest::newRow("unknown quality") << with(contactLead(), "qualityId", 1)
                                     << QStringLiteral("'qualityId' 1 is not a lead quality");
    QTest::newRow("unknown channel") << with(contactLead(), "channelId", 100)
                                     << QStringLiteral("'channelId' 100 is not a lead channel");
    QTest::newRow("unknown user") << with(contactLead(), "ownerUserId", 5000)
                                  << QStringLiteral("'ownerUserId' 5000 is not a user");
    QTest::newRow("inactive user") << with(contactLead(), "ownerUserId", 704)
                                   << QStringLiteral("'ownerUserId' 704 is not an active user");
    QTest::newRow("unknown contact") << with(contactLead(), "contactId", 1000)
                                     << QStringLiteral("'contactId' 1000 is not a contact");
    QTest::newRow("company id of a contact") << with(companyLead(), "companyId", 5000)
                                             << QStringLiteral("'companyId' 5000 is not a company");
    QTest::newRow("contact not of the company")
        << with(companyLead(), "companyLeadContactId", 5002)
        << QStringLiteral("'companyLeadContactId' 5002 does not belong to company 1000");
    QTest::newRow("contact of several companies")
        << with(with(companyLead(), "companyId", 1001), "companyLeadContactId", 5044) << QString();
    QTest::newRow("existing contact, new company")
        << with(without(companyLead(), "companyId"), "company", newCompany())
        << QStringLiteral("'companyLeadContactId' 5000 does not belong to the new company");
    QTest::newRow("contact and contactId")
        << with(contactLead(), "contact", newContact())
        << QStringLiteral("'contact' cannot be given together with 'contactId'");
    QTest::newRow("company and companyId")
        << with(with(without(companyLead(), "companyLeadContactId"), "company", newCompany()),
                "contact", newContact())
        << QStringLiteral("'company' cannot be given together with 'companyId'");
    QTest::newRow("new contact without email")
        << with(without(contactLead(), "contactId"), "contact", without(newContact(), "email"))
        << QStringLiteral("'contact.email' is required");
    QTest::newRow("new contact, bad email")
        << with(without(contactLead(), "contactId"), "contact",
                with(newContact(), "email", QStringLiteral("nia@")))
        << QStringLiteral("'contact.email' nia@ is not a valid email address");
    QTest::newRow("new contact without its required field")
        << with(without(contactLead(), "contactId"), "contact",
                without(newContact(), "customFields"))
        << QStringLiteral("'contact.customFields.800' is required");
    QTest::newRow("new contact, unknown company")
        << with(without(contactLead(), "contactId"), "contact",
                with(newContact(), "companies", QJsonArray {5000}))
        << QStringLiteral("'contact.companies' 5000 is not a company");
    QTest::newRow("new company without name")
        << with(with(without(without(companyLead(), "companyId"), "companyLeadContactId"),
                     "company", without(newCompany(), "businessName")),
                "contact", newContact())
        << QStringLiteral("'company.businessName' is required");
    QTest::newRow("new company without its required field")
        << with(with(without(without(companyLead(), "companyId"), "companyLeadContactId"),
                     "company", without(newCompany(), "customFields")),
                "contact", newContact())
        << QStringLiteral("'company.customFields.851' is required");
    QTest::newRow("new company, bad state")
        << with(with(without(without(companyLead(), "companyId"), "companyLeadContactId"),
                     "company",
                     with(newCompany(), "address",
                          QJsonObject {{QLatin1String("countryCode"), QStringLiteral("AU")},
                                       {QLatin1String("stateCode"), QStringLiteral("XYZ")}})),
                "contact", newContact())
        << QStringLiteral("'company.address' stateCode XYZ is not a subdivision of AU");
}

void TestSandboxLeads::ruleProblems()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, expected);
    const auto reply = submit(body);
    if (expected.isEmpty()) {
        QCOMPARE(reply.status, 200); // a contact of several companies belongs to each
        return;
    }
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 24218);
    QVERIFY2(reply.additionalMessages().contains(expected),
             qPrintable(reply.additionalMessages().join(u'\n')));
}

void TestSandboxLeads::validContactLead()
{
    const auto reply = submit(contactLead());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("success")).toBool(), true);
    QVERIFY(!reply.object().contains(QLatin1String("errorCode")));
    const qint64 id = reply.object().value(QLatin1String("id")).toInteger();
    QVERIFY(id >= 22500);
    const QJsonObject lead = m_server->lead(id);
    QCOMPARE(lead.value(QLatin1String("name")).toString(), QStringLiteral("Test contact lead"));
    QCOMPARE(lead.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toInt(),
             5050);
    QVERIFY(lead.value(QLatin1String("company")).isNull());
    QCOMPARE(lead.value(QLatin1String("industryId")).toInt(), 409);
    QCOMPARE(lead.value(QLatin1String("type")).toString(), QStringLiteral("Social Function"));
    QCOMPARE(lead.value(QLatin1String("createdDate")), lead.value(QLatin1String("modifiedDate")));
    QCOMPARE(lead.value(QLatin1String("customFields")).toArray().size(), 4);
}

void TestSandboxLeads::validCompanyLead()
{
    const auto reply = submit(companyLead());
    QCOMPARE(reply.status, 200);
    const QJsonObject lead = m_server->lead(reply.object().value(QLatin1String("id")).toInteger());
    QCOMPARE(lead.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInt(),
             1000);
    QCOMPARE(lead.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toInt(),
             5000);
    QCOMPARE(lead.value(QLatin1String("subtypeId")).toInt(), 30);
    QCOMPARE(lead.value(QLatin1String("stageReasonName")).toString(),
             QStringLiteral("Awaiting budget approval"));
}

void TestSandboxLeads::idsAsDigitStrings()
{
    QJsonObject body = contactLead();
    body.insert(QLatin1String("sourceId"), QStringLiteral("101"));
    body.insert(QLatin1String("contactId"), QStringLiteral("5050"));
    const auto reply = submit(body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->lead(reply.object().value(QLatin1String("id")).toInteger())
                 .value(QLatin1String("sourceId")),
             QJsonValue(101));
}

void TestSandboxLeads::newInlineContact()
{
    const int contactsBefore = total(QStringLiteral("getContactList"));
    const auto reply = submit(with(without(contactLead(), "contactId"), "contact", newContact()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(total(QStringLiteral("getContactList")), contactsBefore + 1);
    const QJsonObject lead = m_server->lead(reply.object().value(QLatin1String("id")).toInteger());
    const qint64 contactId
        = lead.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toInteger();
    QVERIFY(contactId >= 5060);
    const QJsonObject contact = m_server->contact(contactId);
    QCOMPARE(contact.value(QLatin1String("email")).toString(),
             QStringLiteral("nia.okoro@mail.example"));
    QCOMPARE(contact.value(QLatin1String("companies")).toArray(), QJsonArray());
    QCOMPARE(contact.value(QLatin1String("customFields"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("Planner"));
}

void TestSandboxLeads::newInlineContactJoinsCompany()
{
    const auto reply
        = submit(with(without(companyLead(), "companyLeadContactId"), "contact", newContact()));
    QCOMPARE(reply.status, 200);
    const QJsonObject lead = m_server->lead(reply.object().value(QLatin1String("id")).toInteger());
    const qint64 contactId
        = lead.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(m_server->contact(contactId).value(QLatin1String("companies")).toArray(),
             QJsonArray {1000});
}

void TestSandboxLeads::newInlineCompanyAndContact()
{
    const int companiesBefore = total(QStringLiteral("getCompanyList"));
    QJsonObject body = without(without(companyLead(), "companyId"), "companyLeadContactId");
    body.insert(QLatin1String("company"), newCompany());
    body.insert(QLatin1String("contact"), newContact());
    const auto reply = submit(body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(total(QStringLiteral("getCompanyList")), companiesBefore + 1);
    const QJsonObject lead = m_server->lead(reply.object().value(QLatin1String("id")).toInteger());
    const qint64 companyId
        = lead.value(QLatin1String("company")).toObject().value(QLatin1String("id")).toInteger();
    const qint64 contactId
        = lead.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toInteger();
    QVERIFY(companyId >= 1022 && companyId < 5000);
    QCOMPARE(m_server->company(companyId).value(QLatin1String("businessName")).toString(),
             QStringLiteral("Kookaburra Labs"));
    QCOMPARE(m_server->contact(contactId).value(QLatin1String("companies")).toArray(),
             QJsonArray {companyId});
    // The link shows from the company side too.
    const auto members = m_client->call(
        QStringLiteral("contact"), QStringLiteral("getContactList"),
        {{QLatin1String("filter"), QJsonObject {{QLatin1String("companyId"), companyId}}}});
    QCOMPARE(members.results().size(), 1);
}

void TestSandboxLeads::rejectedRequestWritesNothing()
{
    const int contacts = total(QStringLiteral("getContactList"));
    const int companies = total(QStringLiteral("getCompanyList"));
    const int leads = m_server->leadCount();
    QJsonObject body = without(without(companyLead(), "companyId"), "companyLeadContactId");
    body.insert(QLatin1String("company"), newCompany());
    body.insert(QLatin1String("contact"), newContact());
    body.insert(QLatin1String("sourceId"), 999);
    QCOMPARE(submit(body).specificCode(), 24218);
    QCOMPARE(total(QStringLiteral("getContactList")), contacts);
    QCOMPARE(total(QStringLiteral("getCompanyList")), companies);
    QCOMPARE(m_server->leadCount(), leads);
}

void TestSandboxLeads::updateChangesOnlyFieldsSent()
{
    const QJsonObject before = m_server->lead(20010);
    auto reply = submit(
        {{QLatin1String("id"), 20010}, {QLatin1String("name"), QStringLiteral("Renamed lead")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("id")).toInt(), 20010);
    QJsonObject after = m_server->lead(20010);
    QCOMPARE(after.value(QLatin1String("name")).toString(), QStringLiteral("Renamed lead"));
    QVERIFY(after.value(QLatin1String("modifiedDate")).toString()
            > before.value(QLatin1String("modifiedDate")).toString());
    QCOMPARE(after.value(QLatin1String("createdDate")), before.value(QLatin1String("createdDate")));
    for (const QString &key : before.keys()) {
        if (key != QLatin1String("name") && key != QLatin1String("modifiedDate")
            && key != QLatin1String("adminStatusChangedDate")) {
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        }
    }

    // Two updates within one second still move modifiedDate forward.
    const QString first = after.value(QLatin1String("modifiedDate")).toString();
    QCOMPARE(
        submit({{QLatin1String("id"), 20010}, {QLatin1String("description"), QStringLiteral("d")}})
            .status,
        200);
    QVERIFY(m_server->lead(20010).value(QLatin1String("modifiedDate")).toString() > first);

    // Custom fields merge: the ones not sent keep their values.
    QCOMPARE(submit({{QLatin1String("id"), 20010},
                     {QLatin1String("customFields"),
                      QJsonArray {
                          QJsonObject {{QLatin1String("fieldId"), 905},
                                       {QLatin1String("fieldValue"), QStringLiteral("REF-1")}}}}})
                 .status,
             200);
    after = m_server->lead(20010);
    QCOMPARE(after.value(QLatin1String("customFields")).toArray().size(),
             before.value(QLatin1String("customFields")).toArray().size() + 1);
}

void TestSandboxLeads::updateChecksAgainstStoredLead()
{
    // Find a seeded lead of type 1 (subtypes 30-32) at stage 14 (reasons 205-208).
    const auto found = m_client->call(
        QStringLiteral("crm"), QStringLiteral("getLeadList"),
        {{QLatin1String("filter"),
          QJsonObject {{QLatin1String("typeId"), 1}, {QLatin1String("stageId"), 14}}},
         {QLatin1String("perPage"), 1}});
    QCOMPARE(found.results().size(), 1);
    const qint64 id = found.results().first().toObject().value(QLatin1String("id")).toInteger();

    auto reply = submit({{QLatin1String("id"), id}, {QLatin1String("subtypeId"), 33}});
    QCOMPARE(reply.specificCode(), 24218);
    QCOMPARE(reply.additionalMessages(),
             QStringList {QStringLiteral("'subtypeId' 33 is not a subtype of type 1")});
    reply = submit({{QLatin1String("id"), id}, {QLatin1String("stageReasonId"), 202}});
    QCOMPARE(reply.additionalMessages(),
             QStringList {QStringLiteral("'stageReasonId' 202 is not a reason of stage 14")});
    // The new type and stage count when they are sent along.
    reply = submit({{QLatin1String("id"), id},
                    {QLatin1String("typeId"), 2},
                    {QLatin1String("subtypeId"), 33},
                    {QLatin1String("stageId"), 13},
                    {QLatin1String("stageReasonId"), 202}});
    QCOMPARE(reply.status, 200);
    const QJsonObject lead = m_server->lead(id);
    QCOMPARE(lead.value(QLatin1String("type")).toString(), QStringLiteral("Wedding"));
    QCOMPARE(lead.value(QLatin1String("stageReasonName")).toString(),
             QStringLiteral("Price under budget"));
    // Changing the stage alone drops a reason that no longer applies.
    QCOMPARE(submit({{QLatin1String("id"), id}, {QLatin1String("stageId"), 10}}).status, 200);
    QVERIFY(m_server->lead(id).value(QLatin1String("stageReasonId")).isNull());
}

void TestSandboxLeads::updateRequiresNothing()
{
    // No required lead custom fields, no contact, nothing else on an update.
    const auto reply = submit(
        {{QLatin1String("id"), QStringLiteral("20020")}, {QLatin1String("qualityId"), 62}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->lead(20020).value(QLatin1String("quality")).toString(),
             QStringLiteral("C-Grade"));
    const auto empty = submit({{QLatin1String("id"), 20020}, {QLatin1String("name"), QString()}});
    QCOMPARE(empty.specificCode(), 24218);
    QCOMPARE(empty.additionalMessages(), QStringList {QStringLiteral("'name' must not be empty")});
}

void TestSandboxLeads::updateLeadForTestBumpsModifiedDate()
{
    const QString before = m_server->lead(20030).value(QLatin1String("modifiedDate")).toString();
    QVERIFY(m_server->updateLeadForTest(
        20030, {{QLatin1String("name"), QStringLiteral("Changed elsewhere")}}));
    const QJsonObject after = m_server->lead(20030);
    QCOMPARE(after.value(QLatin1String("name")).toString(), QStringLiteral("Changed elsewhere"));
    QVERIFY(after.value(QLatin1String("modifiedDate")).toString() > before);
    QVERIFY(!m_server->updateLeadForTest(1, {}));
}

QTEST_GUILESS_MAIN(TestSandboxLeads)
#include "tst_sandboxleads.moc"
