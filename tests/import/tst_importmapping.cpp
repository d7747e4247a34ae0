// ImportMapping and ImportFieldNames: MAP.json read and written as the CLI documents it, and
// headers matched to fields by key or by their label in English, German or French.
#include "import/importfieldnames.h"
#include "import/importmapping.h"
#include "import/importtarget.h"
#include "support/testcatalog.h"

#include <QJsonDocument>
#include <QTest>

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_catalog = testCatalog(); }

    void readsAndWritesTheMapFileShape()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "columns": {"Event": "name", "Herkunft": "sourceId", "Mail": "contact.email",
                        "Badge": "ignore", "Diet": "contact.customFields.62"},
            "dateFormat": "MM/dd/yyyy",
            "values": {"sourceId": {"Trade show 2026": "101"}}})")
                                     .object();
        auto mapping = ImportMapping::fromJson(json);
        QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
        QCOMPARE(mapping.value().target(QStringLiteral("  herkunft ")), QStringLiteral("sourceId"));
        QCOMPARE(mapping.value().target(QStringLiteral("BADGE")), QStringLiteral("ignore"));
        QCOMPARE(mapping.value().target(QStringLiteral("Unknown")), QString());
        QCOMPARE(mapping.value().dateOrder(), DateValue::Order::MonthDayYear);
        QCOMPARE(mapping.value().values(QStringLiteral("sourceId")).value("Trade show 2026"),
                 QStringLiteral("101"));
        auto again = ImportMapping::fromJson(mapping.value().toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value().toJson(), mapping.value().toJson());
    }

    void refusesWhatIsNoMapping_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("names");
        QTest::newRow("bad target") << QByteArray(R"({"columns": {"A": "contact."}})") << "\"A\"";
        QTest::newRow("date format") << QByteArray(R"({"dateFormat": "yy.M.d"})") << "yy.M.d";
        QTest::newRow("unknown part") << QByteArray(R"({"colums": {}})") << "colums";
        QTest::newRow("columns not an object") << QByteArray(R"({"columns": []})") << "columns";
    }

    void refusesWhatIsNoMapping()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, names);
        auto mapping = ImportMapping::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!mapping.ok());
        QVERIFY2(mapping.error().contains(names), qPrintable(mapping.error()));
    }

    void theHeaderSetIgnoresOrderAndCase()
    {
        const QString key = ImportMapping::headerKey({"Name", "E-Mail", "Quelle"});
        QCOMPARE(ImportMapping::headerKey({"quelle", " name", "e-mail", ""}), key);
        QVERIFY(ImportMapping::headerKey({"Name", "E-Mail"}) != key);
    }

    void targetsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problemKey");
        QTest::newRow("lead") << "sourceId"
                              << "sourceId";
        QTest::newRow("contact") << "contact.email"
                                 << "contact.email";
        QTest::newRow("custom") << "customFields.3"
                                << "custom:3";
        QTest::newRow("contact custom") << "contact.customFields.61"
                                        << "contact.custom:61";
        QTest::newRow("company") << "company.businessName"
                                 << "company.businessName";
    }

    void targetsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, problemKey);
        const ImportTarget target = ImportTarget::parse(text);
        QCOMPARE(target.text(), text);
        QCOMPARE(target.problemKey(), problemKey);
        QVERIFY(target.definition(RecordKind::Lead, *m_catalog));
    }

    void headersMatchInThreeLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("key") << "sourceId"
                             << "sourceId";
        QTest::newRow("nested key") << "contact.email"
                                    << "contact.email";
        QTest::newRow("en") << "Lead name"
                            << "name";
        QTest::newRow("en case") << "  lead   NAME "
                                 << "name";
        QTest::newRow("de") << "Typ"
                            << "typeId";
        QTest::newRow("de contact") << "E-Mail"
                                    << "contact.email";
        QTest::newRow("de industry") << "Branche"
                                     << "industryId";
        QTest::newRow("fr") << "Nom du prospect"
                            << "name";
        QTest::newRow("fr stage") << "étape"
                                  << "stageId";
        QTest::newRow("fr contact") << "Prénom"
                                    << "contact.firstName";
        QTest::newRow("fr company") << "Raison sociale"
                                    << "company.businessName";
        QTest::newRow("custom display name") << "Event name"
                                             << "customFields.1";
        QTest::newRow("contact custom") << "Badge name"
                                        << "contact.customFields.61";
        QTest::newRow("nothing") << "Badge colour"
                                 << "ignore";
        QTest::newRow("local switch") << "contactType"
                                      << "ignore";
    }

    void headersMatchInThreeLanguages()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        const ImportFieldNames names(RecordKind::Lead, *m_catalog);
        QCOMPARE(names.match(header).text(), target);
    }

private:
    std::shared_ptr<const LookupCatalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
