#include "model/record.h"
#include "model/recordbody.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"
#include "support/testcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

/// The request bodies the model produces, and how the model reacts as a form
/// is filled in.
class TestRecordBody : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;

    /// A body from tests/data/recordbody.json (kept out of this file: moc
    /// cannot read raw string literals).
    static QJsonObject fixture(const char *name)
    {
        static const QJsonObject all = [] {
            QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/recordbody.json"));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("tests/data/recordbody.json is missing");
            return QJsonDocument::fromJson(file.readAll()).object();
        }();
        if (!all.contains(QLatin1String(name)))
            qFatal("no fixture %s", name);
        return all.value(QLatin1String(name)).toObject();
    }

    static QString compact(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    /// Catalog that knows the ids the documentation's examples use.
    static std::shared_ptr<const LookupCatalog> docsCatalog()
    {
        QMap<QString, QJsonArray> lists;
        lists.insert("industries", QJsonArray {QJsonObject {{"id", 11}, {"name", "Events"}}});
        lists.insert("users", QJsonArray {QJsonObject {{"id", 123}, {"firstName", "Ann"}}});
        lists.insert("companies", QJsonArray {QJsonObject {{"id", 4}}, QJsonObject {{"id", 5}}});
        lists.insert("contactCustomFields",
                     QJsonArray {QJsonObject {{"fieldId", 33443},
                                              {"fieldType", 0},
                                              {"displayName", "Member"},
                                              {"isActive", true}}});
        lists.insert("companyCustomFields",
                     QJsonArray {QJsonObject {{"fieldId", 6},
                                              {"fieldType", 0},
                                              {"displayName", "Renewal"},
                                              {"isActive", true}},
                                 QJsonObject {{"fieldId", 7},
                                              {"fieldType", 0},
                                              {"displayName", "Note"},
                                              {"isActive", true}}});
        return LookupCatalog::build(lists, QJsonArray());
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = testCatalog(); }

    void typedLeadBecomesTheBody()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("name", "Spring gala");
        lead.setValue("sourceId", 100);
        lead.setValue("typeId", 1);
        lead.setValue("subtypeId", 12);
        lead.setValue("stageId", 20);
        lead.setValue("stageReasonId", 201);
        lead.setValue("contactId", 5001);
        lead.setValue("industryId", 500);
        lead.setValue("description", "");
        lead.setValue("custom:1", "Gala");
        lead.setValue("custom:4", QJsonArray {"av"});
        lead.setValue("custom:9", 80);
        lead.setValue("custom:11", "legacy"); // inactive: never sent
        QVERIFY2(lead.isValid(), qPrintable(lead.problems().value(0).message));
        const QJsonObject expected = fixture("typedLead");
        QCOMPARE(compact(lead.requestBody()), compact(expected));
        QVERIFY(lead.requestBody().value("sourceId").isDouble());
    }

    void textGoesOutTrimmed()
    {
        // The platform stores text trimmed; what goes out must be what it will hold, or a look-up
        // after an uncertain answer searches for a name that is not there (issue 12).
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("name", "  Spring gala \n");
        lead.setValue("description", "   ");
        const QJsonObject body = lead.requestBody();
        QCOMPARE(body.value("name").toString(), QString("Spring gala"));
        QVERIFY2(!body.contains("description"), qPrintable(compact(body)));
    }

    void companyLeadWithNewCompanyAndContact()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("contactType", "company");
        lead.setValue("newCompany", true);
        lead.setValue("newContact", true);
        lead.setValue("companyId", 1001); // typed before switching: not sent
        lead.setValue("name", "Offsite");
        lead.setValue("sourceId", 101);
        lead.setValue("typeId", 2);
        lead.setValue("stageId", 10);
        lead.setValue("custom:1", "Offsite");
        lead.nestedCompany()->setValue("businessName", "Nova Pty");
        lead.nestedCompany()->setValue("custom:71", 12);
        lead.nestedContact()->setValue("firstName", "Ivy");
        lead.nestedContact()->setValue("lastName", "Park");
        lead.nestedContact()->setValue("email", "ivy@nova.example");
        lead.nestedContact()->setValue("custom:61", "Ivy");
        lead.nestedContact()->setValue("custom:62", "veg");
        QVERIFY(lead.isValid());
        const QJsonObject expected = fixture("newCompanyAndContact");
        QCOMPARE(compact(lead.requestBody()), compact(expected));
    }

    void documentedExamplesRoundTripExactly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("body");
        // contact_add-or-update-contact.md, "Adding a contact".
        QTest::newRow("add contact") << int(RecordKind::Contact) << fixture("docs.add contact");
        // "Updating a contact" (the page's trailing comma removed).
        QTest::newRow("update contact")
            << int(RecordKind::Contact) << fixture("docs.update contact");
        // contact_add-or-update-company.md, "Adding a company".
        QTest::newRow("add company") << int(RecordKind::Company) << fixture("docs.add company");
        // "Updating a Company" (the page's missing comma after address added).
        QTest::newRow("update company")
            << int(RecordKind::Company) << fixture("docs.update company");
        // exceptions.md, getContact bodies are not records; the lead page has no example.
    }

    void documentedExamplesRoundTripExactly()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, body);
        RecordModel model(RecordKind(kind), docsCatalog());
        model.loadBody(body);
        QVERIFY2(
            model.isValid(),
            qPrintable(model.problems().value(0).key + ": " + model.problems().value(0).message));
        QCOMPARE(compact(model.requestBody()), compact(body));
    }

    void updateSendsOnlyWhatChanged()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.loadRecord(763, fixture("loadedLead"));
        QVERIFY(lead.isUpdate());
        QCOMPARE(compact(lead.requestBody()), QString("{\"id\":763}"));
        QVERIFY(!lead.isChanged("name"));
        lead.setValue("custom:9", 45);
        lead.setValue("description", "Asked for a quote");
        QCOMPARE(compact(lead.requestBody()), compact(fixture("updatedLead")));
        QVERIFY(lead.isChanged("custom:9"));
        QVERIFY(!lead.isChanged("custom:1"));
        lead.setValue("custom:9", 40); // back to what it was
        QCOMPARE(compact(lead.requestBody()), compact(fixture("updatedLeadBack")));
    }

    void updateSaysWhatWasEmptied()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.loadRecord(763, fixture("loadedLead"));
        lead.setValue("stageId", 30); // its reason belonged to the old stage: cleared
        QCOMPARE(compact(lead.requestBody()),
                 QString("{\"id\":763,\"stageId\":30,\"stageReasonId\":null}"));
        lead.setValue("stageReasonId", 301);
        QCOMPARE(compact(lead.requestBody()),
                 QString("{\"id\":763,\"stageId\":30,\"stageReasonId\":301}"));
        lead.setValue("name", QJsonValue());
        QCOMPARE(lead.problems().value(0).key, QString("name"));
    }

    void subtypeBecomesRequiredWithATypeThatHasSubtypes()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        const int subtypeRow = lead.rowOf("subtypeId");
        QVERIFY(!lead.state("subtypeId").required);
        QVERIFY(!lead.state("subtypeId").visible);
        QSignalSpy changes(&lead, &QAbstractItemModel::dataChanged);
        lead.setValue("typeId", 1);
        QVERIFY(lead.state("subtypeId").required);
        QVERIFY(lead.state("subtypeId").visible);
        bool subtypeSignalled = false;
        for (const QList<QVariant> &args : changes) {
            const int top = args.at(0).toModelIndex().row();
            const int bottom = args.at(1).toModelIndex().row();
            const auto roles = args.at(2).value<QList<int>>();
            subtypeSignalled |= top <= subtypeRow && subtypeRow <= bottom
                && roles.contains(RecordModel::RequiredRole);
        }
        QVERIFY(subtypeSignalled);
        QCOMPARE(lead.lookupOptions("subtypeId").size(), 2);
        lead.setValue("subtypeId", 11);
        lead.setValue("typeId", 3);
        // The old subtype belonged to the old type: cleared, and the new type's options offered.
        QVERIFY(lead.value("subtypeId").isUndefined());
        QCOMPARE(lead.lookupOptions("subtypeId").size(), 1);
        lead.setValue("typeId", 2);
        QVERIFY(!lead.state("subtypeId").required);
    }

    void reasonIsClearedWhenTheStageChanges()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("stageId", 20);
        lead.setValue("stageReasonId", 202);
        lead.setValue("stageId", 30);
        QVERIFY(lead.value("stageReasonId").isUndefined());
        QCOMPARE(lead.lookupOptions("stageReasonId").size(), 1);
    }

    void switchingToACompanyLeadSwapsRequiredFields()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        QVERIFY(lead.state("contactId").required);
        QVERIFY(lead.state("industryId").required);
        QVERIFY(!lead.state("companyId").visible);
        lead.setValue("contactType", "company");
        QVERIFY(!lead.state("contactId").visible);
        QVERIFY(!lead.state("industryId").required);
        QVERIFY(lead.state("companyId").required);
        QVERIFY(lead.state("companyLeadContactId").required);
        lead.setValue("newCompany", true);
        QVERIFY(!lead.state("companyId").visible);
        QVERIFY(lead.nestedCompany()->state("businessName").required);
        lead.setValue("newContact", true);
        QVERIFY(!lead.state("companyLeadContactId").visible);
        QVERIFY(lead.nestedContact()->state("email").required);
    }

    void inactiveFieldsAreHiddenAndFileAndStaticTextNeverSent()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        QVERIFY(!lead.state("custom:11").visible);
        QVERIFY(!lead.state("custom:11").required);
        QVERIFY(!lead.setValue("custom:7", "plan.png"));
        QVERIFY(!lead.setValue("custom:8", "x"));
        QVERIFY(lead.data(lead.index(lead.rowOf("custom:7")), RecordModel::ReadOnlyRole).toBool());
        QVERIFY(!lead.data(lead.index(lead.rowOf("custom:7")), RecordModel::HelpRole)
                     .toString()
                     .isEmpty());
    }

    void missingFieldsShowOnceSubmitWasTried()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        QVERIFY(lead.errorText("name").isEmpty());
        QVERIFY(!lead.isValid());
        lead.setShowMissing(true);
        QVERIFY(!lead.errorText("name").isEmpty());
        lead.setValue("name", "x");
        QVERIFY(lead.errorText("name").isEmpty());
    }

    void platformMessagesLandUnderTheirFields()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("newContact", true);
        lead.applyPlatformMessages("The lead details are invalid",
                                   {"'sourceId' 77 does not exist",
                                    "'customFields.9' must be a whole number",
                                    "'contact.email' is already used", "Quota exceeded"});
        QCOMPARE(lead.errorText("sourceId"), QString("'sourceId' 77 does not exist"));
        QCOMPARE(lead.errorText("custom:9"), QString("'customFields.9' must be a whole number"));
        QCOMPARE(lead.nestedContact()->errorText("email"),
                 QString("'contact.email' is already used"));
        QCOMPARE(lead.recordMessages(), QStringList {"Quota exceeded"});
        lead.setValue("sourceId", 100);
        QVERIFY(lead.errorText("sourceId").isEmpty());
        QVERIFY(!lead.errorText("custom:9").isEmpty());

        lead.applyPlatformMessages("'name' is required", {});
        QCOMPARE(lead.errorText("name"), QString("'name' is required"));
        QVERIFY(lead.recordMessages().isEmpty());

        // Custom fields the profile's schema lacks: said as such, with what to do, once.
        lead.applyPlatformMessages(
            "The lead details are invalid",
            {"'customFields.900' is required", "'customFields.901' is required"});
        const QStringList messages = lead.recordMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.last().contains("customFields.900, customFields.901")
                     && messages.last().contains("lead schema"),
                 qPrintable(messages.last()));
    }

    void idsGoOutAsNumbers()
    {
        // Digits in a string are an id the platform takes; it takes them as numbers.
        const QJsonObject body = fixture("idsAsText");
        const Record record = RecordBody::load(RecordKind::Lead, body, *m_catalog);
        QVERIFY2(RecordRules::check(record, *m_catalog).isEmpty(),
                 qPrintable(RecordRules::check(record, *m_catalog).value(0).key));
        QCOMPARE(compact(RecordBody::build(record, *m_catalog)), compact(fixture("idsAsNumbers")));

        Record contact(RecordKind::Contact);
        contact.setValue("firstName", "Ann");
        contact.setValue("companies", QJsonArray {"1001", 1002});
        contact.setValue("groups", QJsonArray {QJsonObject {{"groupId", "7"}}});
        const QJsonObject sent = RecordBody::build(contact, *m_catalog);
        QCOMPARE(sent.value("companies"), QJsonValue(QJsonArray {1001, 1002}));
        QCOMPARE(sent.value("groups"), QJsonValue(QJsonArray {QJsonObject {{"groupId", 7}}}));
        Record company(RecordKind::Company);
        company.setValue("businessName", "Nova Pty");
        company.setValue("industryId", "500");
        company.setValue("primaryAccountManagerId", "123");
        const QJsonObject companyBody = RecordBody::build(company, *m_catalog);
        QCOMPARE(companyBody.value("industryId"), QJsonValue(500));
        QCOMPARE(companyBody.value("primaryAccountManagerId"), QJsonValue(123));
        // What is not an id stays as typed, for the rules to name.
        contact.setValue("companies", QJsonArray {"ten"});
        QCOMPARE(RecordBody::build(contact, *m_catalog).value("companies"),
                 QJsonValue(QJsonArray {"ten"}));
    }

    void bodyRoundTripsThroughARecordWithoutAModel()
    {
        const QJsonObject body = fixture("newCompanyAndContact");
        const Record record = RecordBody::load(RecordKind::Lead, body, *m_catalog);
        QVERIFY(record.loadProblems().isEmpty());
        QCOMPARE(record.nestedCompany().value("businessName").toString(), QString("Nova Pty"));
        QCOMPARE(compact(RecordBody::build(record, *m_catalog)), compact(body));

        const QJsonObject bad {{"name", "x"}, {"venue", "Town hall"}, {"contact", 5}};
        const Record loaded = RecordBody::load(RecordKind::Lead, bad, *m_catalog);
        QStringList keys;
        for (const FieldProblem &p : loaded.loadProblems())
            keys << p.key;
        QCOMPARE(keys, QStringList({"contact", "venue"}));
        // The model shows the same record and the same problems.
        RecordModel model(RecordKind::Lead, m_catalog);
        model.setRecord(loaded);
        QCOMPARE(model.problems().size(), RecordRules::check(loaded, *m_catalog).size());
        QCOMPARE(model.record().value("name").toString(), QString("x"));
    }

    void schemaChangeRebuildsRowsAndKeepsValues()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        lead.setValue("name", "Kept");
        lead.setValue("custom:1", "Kept too");
        lead.setValue("custom:9", 3);
        QSignalSpy reset(&lead, &QAbstractItemModel::modelReset);
        QMap<QString, QJsonArray> lists;
        auto smaller = LookupCatalog::build(
            lists,
            QJsonArray {QJsonObject {{"fieldId", 1}, {"fieldType", 0}, {"displayName", "Event"}}});
        lead.setCatalog(smaller);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(lead.value("name").toString(), QString("Kept"));
        QCOMPARE(lead.value("custom:1").toString(), QString("Kept too"));
        QVERIFY(!lead.hasField("custom:9"));
        QVERIFY(lead.value("custom:9").isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestRecordBody)
#include "tst_recordbody.moc"
