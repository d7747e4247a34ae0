// ImportDryRun: every row through the form's rules, with problems under their cells, list
// names mapped, in-file duplicates flagged and a new contact several rows share created once.
#include "import/importdryrun.h"
#include "support/testcatalog.h"

#include <QJsonArray>
#include <QTest>

class TestImportDryRun : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;

    static QStringList header()
    {
        return {"Lead name",  "Source",    "Type",  "Stage",      "Industry",  "Event name",
                "First name", "Last name", "Email", "Badge name", "Event date"};
    }
    /// A row that passes every rule of the fixture catalog.
    static QStringList row(const QString &name, const QString &email = "noor@example.com")
    {
        return {name,   "Referral", "professional", "10",   "Education", "Gala",
                "Noor", "Haddad",   email,          "Noor", "24/12/2026"};
    }
    ImportDryRun dryRun(const ImportMapping &mapping = {}) const
    {
        return ImportDryRun(RecordKind::Lead, m_catalog, header(), mapping);
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = testCatalog(); }

    void aGoodRowBecomesTheBodyTheFormWouldSend()
    {
        ImportDryRun check = dryRun();
        QVERIFY(check.unmappedHeaders().isEmpty());
        const ImportRow r = check.check(1, row("Gala dinner"));
        QVERIFY2(r.isReady(), qPrintable(r.problemText()));
        QCOMPARE(r.body.value("name").toString(), QStringLiteral("Gala dinner"));
        QCOMPARE(r.body.value("sourceId").toInteger(), 101);
        QCOMPARE(r.body.value("typeId").toInteger(), 2);
        QCOMPARE(r.body.value("industryId").toInteger(), 11);
        const QJsonObject contact = r.body.value("contact").toObject();
        QCOMPARE(contact.value("email").toString(), QStringLiteral("noor@example.com"));
        const QJsonArray custom = r.body.value("customFields").toArray();
        QCOMPARE(custom.size(), 2);
        QVERIFY(custom.contains(QJsonObject {{"fieldId", 6}, {"fieldValue", "2026-12-24"}}));
        QCOMPARE(r.contact, ImportRow::Party::New);
        QCOMPARE(r.partyText(), QStringLiteral("creates a new contact"));
    }

    void everyProblemSitsUnderItsCell()
    {
        ImportDryRun check = dryRun();
        QStringList cells = row("Gala");
        cells[1] = "Trade show 2026"; // Source
        cells[8] = "not-an-email"; // Email
        cells[10] = "31/02/2026"; // Event date
        cells[5].clear(); // Event name, required
        const ImportRow r = check.check(7, cells);
        QCOMPARE(r.status, ImportRow::Status::Problem);
        QHash<QString, int> columns;
        for (int i = 0; i < r.problems.size(); ++i)
            columns.insert(r.problems.at(i).key, r.problemColumns.at(i));
        QCOMPARE(columns.value("sourceId", -2), 1);
        QCOMPARE(columns.value("contact.email", -2), 8);
        QCOMPARE(columns.value("custom:6", -2), 10);
        QCOMPARE(columns.value("custom:1", -2), 5);
        QCOMPARE(r.problems.size(), 4); // an unreadable value is not also "required"
        QVERIFY(r.problemText().contains(" | "));
        QVERIFY(r.problemText().startsWith("sourceId: \"Trade show 2026\" matches no option"));
        // The wizard's table names the field as the form does.
        QVERIFY(r.problemText(ImportRow::FieldNames::Labels)
                    .startsWith("Source: \"Trade show 2026\" matches no option"));
    }

    void unmatchedNamesAreListedOnceAndTheRepMapsThem()
    {
        ImportDryRun check = dryRun();
        for (int i = 1; i <= 3; ++i) {
            QStringList cells = row(QStringLiteral("Lead %1").arg(i));
            cells[1] = i == 2 ? "TRADE SHOW 2026" : "Trade show 2026";
            check.check(i, cells);
        }
        const auto unmatched = check.unmatched();
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched.first().value, QStringLiteral("Trade show 2026"));
        QCOMPARE(unmatched.first().target, QStringLiteral("sourceId"));
        QCOMPARE(unmatched.first().occurrences, 3);

        ImportMapping mapping;
        mapping.setValue("sourceId", "trade show 2026", "100");
        ImportDryRun mapped = dryRun(mapping);
        QStringList cells = row("Lead");
        cells[1] = "Trade Show 2026";
        const ImportRow r = mapped.check(1, cells);
        QVERIFY2(r.isReady(), qPrintable(r.problemText()));
        QCOMPARE(r.body.value("sourceId").toInteger(), 100);
        QVERIFY(mapped.unmatched().isEmpty());
    }

    void theMappingWinsOverNamesAndSetsTheDateOrder()
    {
        ImportMapping mapping;
        mapping.setTarget("Event name", "description");
        mapping.setTarget("Badge name", "ignore");
        mapping.setDateOrder(DateValue::Order::MonthDayYear);
        ImportDryRun check(RecordKind::Lead, m_catalog, header(), mapping);
        QStringList cells = row("Lead");
        cells[10] = "12/24/2026";
        const ImportRow r = check.check(1, cells);
        QCOMPARE(r.body.value("description").toString(), QStringLiteral("Gala"));
        // Event name and Badge name were required and are now missing.
        QVERIFY(r.problemText().contains("custom:1: "));
        QVERIFY(r.problemText().contains("contact.custom:61: "));
        QVERIFY(!r.problemText().contains("custom:6: "));
    }

    void sameNameAndContactIsADuplicate()
    {
        ImportDryRun check = dryRun();
        QVERIFY(check.check(1, row("Gala")).isReady());
        const ImportRow again = check.check(2, row("  gala ", "NOOR@example.com"));
        QCOMPARE(again.status, ImportRow::Status::Duplicate);
        QCOMPARE(again.duplicateOf, 1);
        QCOMPARE(again.problemText(), QStringLiteral("the same lead name and contact as row 1"));
        QVERIFY(check.check(3, row("Gala", "other@example.com")).isReady());
        QVERIFY(check.check(4, row("Another gala")).isReady());
        const auto summary = check.summary();
        QCOMPARE(summary.rows, 4);
        QCOMPARE(summary.ready, 3);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(ImportDryRun::summaryLine(summary),
                 QStringLiteral("4 rows: 3 ready, 0 with problems, 1 duplicates"));
    }

    void aNewContactSeveralRowsShareIsCreatedOnce()
    {
        ImportDryRun check = dryRun();
        QStringList broken = row("First");
        broken[5].clear();
        const ImportRow problem = check.check(1, broken);
        QCOMPARE(problem.status, ImportRow::Status::Problem);
        const ImportRow first = check.check(2, row("Second", "Noor@Example.com"));
        const ImportRow second = check.check(3, row("Third"));
        // The row with a problem is not sent, so the next one creates the contact.
        QCOMPARE(first.contact, ImportRow::Party::New);
        QCOMPARE(first.contactCreatedBy, 2);
        QCOMPARE(second.contact, ImportRow::Party::Shared);
        QCOMPARE(second.contactCreatedBy, 2);
        QCOMPARE(second.contactKey, first.contactKey);
        QCOMPARE(second.partyText(), QStringLiteral("uses the new contact of row 2"));
    }

    void anExistingContactIsUsedByEmailInAnyCase()
    {
        ImportDryRun check = dryRun();
        QCOMPARE(check.contactEmail(row("Gala", " Mia@Example.COM ")),
                 QStringLiteral("mia@example.com"));
        check.setExistingContacts({{"MIA@example.com", 5001}});
        const ImportRow r = check.check(1, row("Gala", "mia@EXAMPLE.com"));
        QVERIFY2(r.isReady(), qPrintable(r.problemText()));
        QCOMPARE(r.contact, ImportRow::Party::Existing);
        QCOMPARE(r.body.value("contactId").toInteger(), 5001);
        QVERIFY(!r.body.contains("contact"));
        QCOMPARE(r.partyText(), QStringLiteral("uses contact 5001"));
    }

    void unmappedColumnsAreNamed()
    {
        QStringList withExtra = header();
        withExtra << "Badge colour"
                  << "";
        ImportDryRun check(RecordKind::Lead, m_catalog, withExtra);
        QCOMPARE(check.unmappedHeaders(), QStringList({"Badge colour", "column 13 (no header)"}));
        ImportMapping mapping;
        mapping.setTarget("Badge colour", "company.nonsense");
        ImportDryRun unknown(RecordKind::Lead, m_catalog, withExtra, mapping);
        QCOMPARE(unknown.unknownTargets(), QStringList({"Badge colour → company.nonsense"}));
    }
};

QTEST_GUILESS_MAIN(TestImportDryRun)
#include "tst_importdryrun.moc"
