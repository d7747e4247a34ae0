#include "model/recordmodel.h"
#include "services/captureimport.h"
#include "support/testcatalog.h"

#include <QTest>

namespace {

CapturedContact sarah()
{
    CapturedContact card;
    card.firstName = "Sarah";
    card.lastName = "Mitchell";
    card.jobTitle = "Senior Event Manager";
    card.businessName = "Harbour View Events Pty Ltd";
    card.emails = QStringList {"sarah.mitchell@harbourviewevents.com.au", "sarah.m@gmail.com"};
    card.phones = {{"+61 2 9251 4400", PhoneKind::Work}, {"0412 555 019", PhoneKind::Mobile}};
    card.website = "www.harbourviewevents.com.au";
    card.address.street = QStringList {"Level 4", "88 George Street"};
    card.address.city = "Sydney";
    card.address.region = "NSW";
    card.address.postalCode = "2000";
    card.address.country = "Australia";
    return card;
}

QStringList keysOf(const QList<CaptureImport::Row> &rows)
{
    QStringList keys;
    for (const CaptureImport::Row &row : rows)
        keys << row.key;
    return keys;
}

} // namespace

/// What a confirmed card fills in: the rows shown, the ones left out, and the contact,
/// company and lead records filled from the rest.
class TestCaptureImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsShowEveryRecognisedFieldInReadingOrder()
    {
        const QList<CaptureImport::Row> rows = CaptureImport::rows(sarah());
        QCOMPARE(keysOf(rows),
                 QStringList({"firstName", "lastName", "jobTitle", "businessName", "email:0",
                              "email:1", "phone:0", "phone:1", "website", "address"}));
        QCOMPARE(rows.at(7).value, QStringLiteral("0412 555 019"));
        QCOMPARE(rows.last().value,
                 QStringLiteral("Level 4, 88 George Street, 2000 Sydney, NSW, Australia"));
        CapturedContact bare;
        bare.emails = QStringList {"a@b.example"};
        QCOMPARE(keysOf(CaptureImport::rows(bare)), QStringList({"email:0"}));
    }

    void untickedRowsAreLeftOut()
    {
        const CapturedContact kept
            = CaptureImport::without(sarah(), {"email:0", "phone:1", "address", "jobTitle"});
        QCOMPARE(kept.emails, QStringList({"sarah.m@gmail.com"}));
        QCOMPARE(kept.phones.size(), 1);
        QCOMPARE(kept.phones.first().number, QStringLiteral("+61 2 9251 4400"));
        QVERIFY(kept.address.isEmpty());
        QVERIFY(kept.jobTitle.isEmpty());
        QCOMPARE(kept.firstName, QStringLiteral("Sarah"));
        QCOMPARE(kept.businessName, QStringLiteral("Harbour View Events Pty Ltd"));
    }

    void aContactTakesNameEmailAndItsOwnPhone()
    {
        RecordModel contact(RecordKind::Contact, testCatalog());
        CaptureImport::fillContact(&contact, sarah());
        QCOMPARE(contact.value("firstName").toString(), QStringLiteral("Sarah"));
        QCOMPARE(contact.value("lastName").toString(), QStringLiteral("Mitchell"));
        QCOMPARE(contact.value("email").toString(),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QCOMPARE(contact.value("phone").toString(), QStringLiteral("0412 555 019"));
        // "Badge name" is no place for a job title.
        for (const FieldDefinition &field : contact.catalog().customFields(RecordKind::Contact))
            QVERIFY2(contact.value(field.key).isUndefined(), qPrintable(field.label));
    }

    void aCompanyTakesItsNamePhoneWebsiteAndAddress()
    {
        RecordModel company(RecordKind::Company, testCatalog());
        CaptureImport::fillCompany(&company, sarah());
        QCOMPARE(company.value("businessName").toString(),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(company.value("phone").toString(), QStringLiteral("+61 2 9251 4400"));
        QCOMPARE(company.value("website").toString(),
                 QStringLiteral("www.harbourviewevents.com.au"));
        const QJsonObject address = company.value("address").toObject();
        QCOMPARE(address.value("line2").toString(), QStringLiteral("88 George Street"));
        QCOMPARE(address.value("countryCode").toString(), QStringLiteral("AU"));
        QCOMPARE(address.value("stateCode").toString(), QStringLiteral("NSW"));
        // In the platform's address format: the rules find nothing wrong with it.
        for (const FieldProblem &problem : company.problems())
            QVERIFY2(problem.key != "address", qPrintable(problem.message));
    }

    void aLeadTakesANewContactAndCompany()
    {
        RecordModel lead(RecordKind::Lead, testCatalog());
        CaptureImport::fillLead(&lead, sarah());
        QCOMPARE(lead.value("contactType").toString(), QStringLiteral("company"));
        QVERIFY(lead.value("newContact").toBool());
        QVERIFY(lead.value("newCompany").toBool());
        QCOMPARE(lead.nestedContact()->value("lastName").toString(), QStringLiteral("Mitchell"));
        QCOMPARE(lead.nestedCompany()->value("businessName").toString(),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        const QJsonObject body = lead.requestBody();
        QCOMPARE(body.value("contact").toObject().value("email").toString(),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QCOMPARE(body.value("company").toObject().value("businessName").toString(),
                 QStringLiteral("Harbour View Events Pty Ltd"));
    }

    void aLeadWithoutACompanyBelongsToTheContact()
    {
        RecordModel lead(RecordKind::Lead, testCatalog());
        CapturedContact card = sarah();
        card.businessName.clear();
        CaptureImport::fillLead(&lead, card);
        QCOMPARE(lead.value("contactType").toString(), QStringLiteral("contact"));
        QVERIFY(lead.value("newContact").toBool());
        QVERIFY(!lead.value("newCompany").toBool());
    }

    void aDraftLeadIsNamedAfterThePersonAndCompany()
    {
        const Record record
            = Record::fromDraft(RecordKind::Lead, CaptureImport::draftLead(testCatalog(), sarah()));
        QCOMPARE(record.title(), QStringLiteral("Sarah Mitchell, Harbour View Events Pty Ltd"));
        QCOMPARE(record.nestedContact().value("firstName").toString(), QStringLiteral("Sarah"));
        QCOMPARE(record.nestedCompany().value("businessName").toString(),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        CapturedContact onlyEmail;
        onlyEmail.emails = QStringList {"info@example.com"};
        QCOMPARE(
            Record::fromDraft(RecordKind::Lead, CaptureImport::draftLead(testCatalog(), onlyEmail))
                .title(),
            QStringLiteral("info@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestCaptureImport)
#include "tst_captureimport.moc"
