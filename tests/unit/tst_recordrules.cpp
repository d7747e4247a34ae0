#include "model/record.h"
#include "model/recordbody.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"
#include "support/testcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

/// Every rule of DESIGN.md "Conditional required rules" and the custom-field
/// type table, both ways, as rows of (request body → the fields with problems).
class TestRecordRules : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;

    static QJsonObject json(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
        return doc.object();
    }

    static QJsonObject merged(QJsonObject base, const QJsonObject &changes,
                              const QStringList &remove = {})
    {
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            base.insert(it.key(), it.value());
        for (const QString &key : remove)
            base.remove(key);
        return base;
    }

    static QJsonObject contactLead()
    {
        return json(R"({"name":"Gala dinner","sourceId":100,"typeId":2,"stageId":10,
                       "contactId":5001,"industryId":500,
                       "customFields":[{"fieldId":1,"fieldValue":"Gala 2027"}]})");
    }

    static QJsonObject companyLead()
    {
        return json(R"({"name":"Conference","sourceId":100,"typeId":2,"stageId":10,
                       "companyId":1001,"companyLeadContactId":5001,
                       "customFields":[{"fieldId":1,"fieldValue":"Conf"}]})");
    }

    static QJsonObject withCustom(int fieldId, const QJsonValue &value)
    {
        QJsonObject body = contactLead();
        QJsonArray custom = body.value(QStringLiteral("customFields")).toArray();
        custom.append(QJsonObject {{QStringLiteral("fieldId"), fieldId},
                                   {QStringLiteral("fieldValue"), value}});
        body.insert(QStringLiteral("customFields"), custom);
        return body;
    }

    static QStringList keysOf(const QList<FieldProblem> &problems)
    {
        QStringList keys;
        for (const FieldProblem &p : problems)
            keys.append(p.key);
        keys.sort();
        return keys;
    }

    /// The pure rules on a plain Record; the form's model must say the same.
    QStringList problemKeys(RecordKind kind, const QJsonObject &body)
    {
        const Record record = RecordBody::load(kind, body, *m_catalog);
        const QStringList keys = keysOf(RecordRules::check(record, *m_catalog));
        RecordModel model(kind, m_catalog);
        model.loadBody(body);
        if (keysOf(model.problems()) != keys)
            qWarning("the model disagrees with the rules: %s",
                     qPrintable(keysOf(model.problems()).join(QLatin1Char(' '))));
        return keysOf(model.problems()) == keys ? keys : QStringList {QStringLiteral("!model")};
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = testCatalog(); }

    void leadRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("problems");
        const QStringList none;
        auto keys = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *k : list)
                out << QLatin1String(k);
            out.sort();
            return out;
        };
        const QJsonObject contact = contactLead();
        const QJsonObject company = companyLead();

        // New vs update.
        QTest::newRow("new contact lead valid") << contact << none;
        QTest::newRow("new lead without name") << merged(contact, {}, {"name"}) << keys({"name"});
        QTest::newRow("new lead without source")
            << merged(contact, {}, {"sourceId"}) << keys({"sourceId"});
        QTest::newRow("new lead without type")
            << merged(contact, {}, {"typeId"}) << keys({"typeId"});
        QTest::newRow("new lead without stage")
            << merged(contact, {}, {"stageId"}) << keys({"stageId"});
        QTest::newRow("new lead with nothing")
            << QJsonObject {{QStringLiteral("description"), QStringLiteral("x")}}
            << keys({"name", "sourceId", "typeId", "stageId", "contactId", "industryId",
                     "custom:1"});
        QTest::newRow("update needs nothing")
            << json(R"({"id":763,"description":"called back"})") << none;
        QTest::newRow("update still checks references")
            << json(R"({"id":763,"sourceId":999})") << keys({"sourceId"});
        QTest::newRow("update cannot empty the name")
            << json(R"({"id":763,"name":null})") << keys({"name"});
        QTest::newRow("update may empty the quality")
            << json(R"({"id":763,"qualityId":null})") << none;
        QTest::newRow("update checks formats")
            << json(R"({"id":763,"customFields":[{"fieldId":9,"fieldValue":"lots"}]})")
            << keys({"custom:9"});
        QTest::newRow("unknown reference")
            << merged(contact, {{"qualityId", 77}}) << keys({"qualityId"});
        QTest::newRow("id that is not a number")
            << merged(contact, {{"sourceId", "abc"}}) << keys({"sourceId"});
        QTest::newRow("id as digit string") << merged(contact, {{"sourceId", "100"}}) << none;
        QTest::newRow("active owner") << merged(contact, {{"ownerUserId", 123}}) << none;
        QTest::newRow("inactive owner")
            << merged(contact, {{"ownerUserId", 901}}) << keys({"ownerUserId"});

        // Company lead vs contact lead.
        QTest::newRow("new company lead valid") << company << none;
        QTest::newRow("contact lead needs industry")
            << merged(contact, {}, {"industryId"}) << keys({"industryId"});
        QTest::newRow("contact lead needs contact")
            << merged(contact, {}, {"contactId"}) << keys({"contactId"});
        QTest::newRow("company lead needs no industry") << company << none;
        QTest::newRow("company lead needs its contact")
            << merged(company, {}, {"companyLeadContactId"}) << keys({"companyLeadContactId"});
        QTest::newRow("company lead contact of another company")
            << merged(company, {{"companyLeadContactId", 5002}}) << keys({"companyLeadContactId"});
        QTest::newRow("company lead takes no contactId")
            << merged(company, {{"contactId", 5001}}) << keys({"contactId"});
        QTest::newRow("contact lead takes no companyLeadContactId")
            << merged(contact, {{"companyLeadContactId", 5001}}) << keys({"companyLeadContactId"});

        // Existing vs new inline contact / company.
        const QJsonObject newContact = json(
            R"({"firstName":"Ivy","lastName":"Park","email":"ivy@example.com",
                "customFields":[{"fieldId":61,"value":"Ivy P"}]})");
        QTest::newRow("new inline contact valid")
            << merged(contact, {{"contact", newContact}}, {"contactId"}) << none;
        QTest::newRow("new inline contact without email")
            << merged(contact, {{"contact", merged(newContact, {}, {"email"})}}, {"contactId"})
            << keys({"contact.email"});
        QTest::newRow("new inline contact bad email")
            << merged(contact, {{"contact", merged(newContact, {{"email", "ivy-at-example"}})}},
                      {"contactId"})
            << keys({"contact.email"});
        QTest::newRow("new inline contact without its required custom field")
            << merged(contact, {{"contact", merged(newContact, {}, {"customFields"})}},
                      {"contactId"})
            << keys({"contact.custom:61"});
        QTest::newRow("new inline contact and contactId")
            << merged(contact, {{"contact", newContact}}) << keys({"contact"});
        const QJsonObject newCompany
            = json(R"({"businessName":"Nova Pty","customFields":[{"fieldId":71,"value":40}]})");
        QTest::newRow("new inline company and contact valid")
            << merged(company, {{"company", newCompany}, {"contact", newContact}},
                      {"companyId", "companyLeadContactId"})
            << none;
        QTest::newRow("new inline company without name") << merged(
            company,
            {{"company", merged(newCompany, {}, {"businessName"})}, {"contact", newContact}},
            {"companyId", "companyLeadContactId"}) << keys({"company.businessName"});
        QTest::newRow("new inline company without its required custom field") << merged(
            company,
            {{"company", merged(newCompany, {}, {"customFields"})}, {"contact", newContact}},
            {"companyId", "companyLeadContactId"}) << keys({"company.custom:71"});
        QTest::newRow("new company with an existing contact")
            << merged(company, {{"company", newCompany}}, {"companyId"})
            << keys({"companyLeadContactId"});
        QTest::newRow("existing company with new contact")
            << merged(company, {{"contact", newContact}}, {"companyLeadContactId"}) << none;

        // Types with and without subtypes; stages and their reasons.
        QTest::newRow("type with subtypes needs one")
            << merged(contact, {{"typeId", 1}}) << keys({"subtypeId"});
        QTest::newRow("subtype of the type")
            << merged(contact, {{"typeId", 1}, {"subtypeId", 11}}) << none;
        QTest::newRow("subtype of another type")
            << merged(contact, {{"typeId", 1}, {"subtypeId", 31}}) << keys({"subtypeId"});
        QTest::newRow("subtype on a type without subtypes")
            << merged(contact, {{"subtypeId", 11}}) << keys({"subtypeId"});
        QTest::newRow("update with a subtype of another type")
            << json(R"({"id":5,"typeId":1,"subtypeId":31})") << keys({"subtypeId"});
        QTest::newRow("update to a type with subtypes needs none")
            << json(R"({"id":5,"typeId":1})") << none;
        QTest::newRow("reason of the stage")
            << merged(contact, {{"stageId", 20}, {"stageReasonId", 202}}) << none;
        QTest::newRow("reason of another stage")
            << merged(contact, {{"stageId", 20}, {"stageReasonId", 301}})
            << keys({"stageReasonId"});
        QTest::newRow("reason on a stage without reasons")
            << merged(contact, {{"stageReasonId", 201}}) << keys({"stageReasonId"});

        // Custom fields: each type with a good and a bad value.
        QTest::newRow("required custom field missing")
            << merged(contact, {}, {"customFields"}) << keys({"custom:1"});
        QTest::newRow("inactive required field is not required") << contact << none;
        QTest::newRow("0 small text good") << withCustom(2, QStringLiteral("fine")) << none;
        QTest::newRow("0 small text bad") << merged(
            contact,
            {{"customFields", QJsonArray {QJsonObject {{"fieldId", 1}, {"fieldValue", 5}}}}})
                                          << keys({"custom:1"});
        QTest::newRow("1 large text good") << withCustom(2, QStringLiteral("a\nb")) << none;
        QTest::newRow("1 large text bad") << withCustom(2, QJsonArray {1}) << keys({"custom:2"});
        QTest::newRow("2 select good") << withCustom(3, QStringLiteral("b")) << none;
        QTest::newRow("2 select bad") << withCustom(3, QStringLiteral("z")) << keys({"custom:3"});
        QTest::newRow("3 multi good") << withCustom(4, QJsonArray {"av", "food"}) << none;
        QTest::newRow("3 multi bad key")
            << withCustom(4, QJsonArray {"av", "zz"}) << keys({"custom:4"});
        QTest::newRow("3 multi not a list")
            << withCustom(4, QStringLiteral("av")) << keys({"custom:4"});
        QTest::newRow("4 address good")
            << withCustom(5, json(R"({"line1":"1 Edward St","city":"Brisbane","stateCode":"QLD",
                                      "postalCode":"4000","countryCode":"AU"})"))
            << none;
        QTest::newRow("4 address bad country")
            << withCustom(5, json(R"({"countryCode":"XX"})")) << keys({"custom:5"});
        QTest::newRow("4 address bad state")
            << withCustom(5, json(R"({"countryCode":"AU","stateCode":"ZZ"})"))
            << keys({"custom:5"});
        QTest::newRow("4 address unknown key")
            << withCustom(5, json(R"({"street":"1 Edward St"})")) << keys({"custom:5"});
        QTest::newRow("5 date good") << withCustom(6, QStringLiteral("2027-03-01")) << none;
        QTest::newRow("5 date bad format")
            << withCustom(6, QStringLiteral("01/03/2027")) << keys({"custom:6"});
        QTest::newRow("5 date not real")
            << withCustom(6, QStringLiteral("2027-02-30")) << keys({"custom:6"});
        QTest::newRow("6 file cannot be sent")
            << withCustom(7, QStringLiteral("plan.png")) << keys({"custom:7"});
        QTest::newRow("7 static text cannot be sent")
            << withCustom(8, QStringLiteral("ok")) << keys({"custom:8"});
        QTest::newRow("8 number good") << withCustom(9, 120) << none;
        QTest::newRow("8 number as digits") << withCustom(9, QStringLiteral("120")) << none;
        QTest::newRow("8 number bad") << withCustom(9, 12.5) << keys({"custom:9"});
        QTest::newRow("8 number words")
            << withCustom(9, QStringLiteral("many")) << keys({"custom:9"});
        QTest::newRow("9 large select good") << withCustom(10, QStringLiteral("c0042")) << none;
        QTest::newRow("9 large select bad")
            << withCustom(10, QStringLiteral("c9999")) << keys({"custom:10"});
        QTest::newRow("unknown custom field")
            << withCustom(99, QStringLiteral("x")) << keys({"custom:99"});
        QTest::newRow("custom value under the contact's key") << merged(
            contact, {{"customFields", QJsonArray {QJsonObject {{"fieldId", 1}, {"value", "x"}}}}})
                                                              << keys({"custom:1", "custom:1"});
        QTest::newRow("unknown field")
            << merged(contact, {{"venue", "Town hall"}}) << keys({"venue"});
    }

    void leadRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, problems);
        QCOMPARE(problemKeys(RecordKind::Lead, body), problems);
    }

    void contactAndCompanyRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("problems");
        const int contact = int(RecordKind::Contact);
        const int company = int(RecordKind::Company);
        QTest::newRow("contact valid")
            << contact
            << json(
                   R"({"firstName":"A","lastName":"B","email":"a@b.co","customFields":[{"fieldId":61,"value":"A"}]})")
            << QStringList();
        QTest::newRow("contact missing all")
            << contact << json(R"({"phone":"1"})")
            << QStringList({"custom:61", "email", "firstName", "lastName"});
        QTest::newRow("contact update needs nothing")
            << contact << json(R"({"id":9,"phone":"1"})") << QStringList();
        QTest::newRow("contact bad status")
            << contact << json(R"({"id":9,"status":4})") << QStringList {"status"};
        QTest::newRow("contact too many links")
            << contact
            << json(R"({"id":9,"externalUrls":[{"ref":"a"},{"ref":"b"},{"ref":"c"},{"ref":"d"}]})")
            << QStringList {"externalUrls"};
        QTest::newRow("contact select custom bad")
            << contact << json(R"({"id":9,"customFields":[{"fieldId":62,"value":"meat"}]})")
            << QStringList {"custom:62"};
        QTest::newRow("company valid")
            << company << json(R"({"businessName":"X","customFields":[{"fieldId":71,"value":3}]})")
            << QStringList();
        QTest::newRow("company missing name")
            << company << json(R"({"customFields":[{"fieldId":71,"value":3}]})")
            << QStringList {"businessName"};
        QTest::newRow("company bad email and address")
            << company
            << json(
                   R"({"businessName":"X","email":"no","address":{"countryCode":"ZZ"},"customFields":[{"fieldId":71,"value":3}]})")
            << QStringList({"address", "email"});
        QTest::newRow("company unknown industry and manager")
            << company << json(R"({"id":4,"industryId":3,"primaryAccountManagerId":77})")
            << QStringList({"industryId", "primaryAccountManagerId"});
    }

    void contactAndCompanyRules()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, problems);
        problems.sort();
        QCOMPARE(problemKeys(RecordKind(kind), body), problems);
    }

    void dependantsAreClearedInOnePlace()
    {
        Record lead(RecordKind::Lead);
        lead.setValue("typeId", 1);
        lead.setValue("subtypeId", 11);
        lead.setValue("stageId", 20);
        lead.setValue("stageReasonId", 202);
        QCOMPARE(RecordRules::clearDependants(lead, "name"), QStringList());
        QCOMPARE(RecordRules::clearDependants(lead, "typeId"), QStringList {"subtypeId"});
        QVERIFY(!lead.has("subtypeId"));
        QVERIFY(lead.has("stageReasonId"));
        QCOMPARE(RecordRules::clearDependants(lead, "stageId"), QStringList {"stageReasonId"});
        QVERIFY(!lead.has("stageReasonId"));
        // Nothing left to clear: nothing is said to be cleared.
        QCOMPARE(RecordRules::clearDependants(lead, "typeId"), QStringList());
        QCOMPARE(RecordRules::optionsParent("subtypeId"), QString("typeId"));
        QCOMPARE(RecordRules::optionsParent("stageReasonId"), QString("stageId"));
        QVERIFY(RecordRules::optionsParent("sourceId").isEmpty());
    }

    void belongsToDecidesWhichFieldsTakePart_data()
    {
        QTest::addColumn<QString>("contactType");
        QTest::addColumn<bool>("newContact");
        QTest::addColumn<bool>("newCompany");
        QTest::addColumn<QStringList>("taking");
        QTest::newRow("contact lead")
            << QString("contact") << false << false << QStringList {"contactId"};
        QTest::newRow("contact lead, new contact")
            << QString("contact") << true << false << QStringList();
        QTest::newRow("company lead") << QString("company") << false << false
                                      << QStringList {"companyId", "companyLeadContactId"};
        QTest::newRow("company lead, new company")
            << QString("company") << false << true << QStringList {"companyLeadContactId"};
        QTest::newRow("company lead, new both")
            << QString("company") << true << true << QStringList();
    }

    void belongsToDecidesWhichFieldsTakePart()
    {
        QFETCH(QString, contactType);
        QFETCH(bool, newContact);
        QFETCH(bool, newCompany);
        QFETCH(QStringList, taking);
        Record lead(RecordKind::Lead);
        lead.setValue("contactType", contactType);
        lead.setValue("newContact", newContact);
        lead.setValue("newCompany", newCompany);
        const QStringList keys {"companyId", "companyLeadContactId", "contactId"};
        const QVector<FieldState> states = RecordRules::states(lead, *m_catalog);
        const RecordFields &fields = m_catalog->fields(RecordKind::Lead);
        QStringList applying, shown;
        for (const QString &key : keys) {
            if (RecordRules::belongsToApplies(lead, key))
                applying << key;
            if (states.at(fields.indexOf(key)).visible)
                shown << key;
        }
        QCOMPARE(applying, taking);
        // What the form shows is what the body sends.
        QCOMPARE(shown, taking);
    }

    void aContactOfAnotherCompanyIsNamedByName()
    {
        // The rep picked both by name; the message names them the same way, not by ids.
        Record lead(RecordKind::Lead);
        lead.setValue("contactType", "company");
        lead.setValue("companyId", 1002);
        lead.setValue("companyLeadContactId", 5001);
        QString message;
        for (const FieldProblem &problem : RecordRules::check(lead, *m_catalog))
            if (problem.key == QLatin1String("companyLeadContactId"))
                message = problem.message;
        QVERIFY2(message.contains("Mia Chen") && message.contains("Harbour Hotels"),
                 qPrintable(message));
        QVERIFY2(!message.contains("5001") && !message.contains("1002"), qPrintable(message));
    }

    void requiredIsSaidOneWay()
    {
        // The summary, the CLI and the message under the field use one wording.
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setShowMissing(true);
        const QList<FieldProblem> problems = lead.problems();
        const auto name = std::find_if(problems.cbegin(), problems.cend(),
                                       [](const FieldProblem &p) { return p.key == "name"; });
        QVERIFY(name != problems.cend());
        QCOMPARE(name->message, RecordRules::requiredMessage());
        QCOMPARE(lead.errorText("name"), RecordRules::requiredMessage());
        QCOMPARE(lead.data(lead.index(lead.rowOf("name")), RecordModel::ErrorRole).toString(),
                 RecordRules::requiredMessage());
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
