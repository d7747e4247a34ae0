// ImportChoices: what the wizard offers per column and per list value that matched nothing.
#include "import/importchoices.h"
#include "support/testcatalog.h"

#include <QTest>

class TestImportChoices : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;

    QStringList targetTexts() const
    {
        QStringList texts;
        for (const ImportChoices::Target &target :
             ImportChoices::targets(RecordKind::Lead, *m_catalog))
            texts.append(target.text);
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { m_catalog = testCatalog(); }

    void everyKindOfTargetIsOfferedIgnoreFirst()
    {
        const QStringList texts = targetTexts();
        QCOMPARE(texts.first(), QString("ignore"));
        for (const char *text : {"name", "sourceId", "customFields.1", "contact.email",
                                 "contact.firstName", "company.businessName"})
            QVERIFY2(texts.contains(QLatin1String(text)), text);
        QCOMPARE(texts.count(QStringLiteral("contact.email")), 1);
        // A file cannot fill a file field or a static text.
        QVERIFY(!texts.contains("customFields.7"));
        QVERIFY(!texts.contains("customFields.8"));
    }

    void nestedTargetsSayWhoseFieldTheyFill()
    {
        for (const ImportChoices::Target &target :
             ImportChoices::targets(RecordKind::Lead, *m_catalog)) {
            if (target.text == "contact.email")
                QCOMPARE(target.label, QString("Contact: Email"));
        }
    }

    void listValuesMapToTheFieldsOptions()
    {
        const auto sources
            = ImportChoices::options(ImportTarget::parse("sourceId"), RecordKind::Lead, *m_catalog);
        QVERIFY(sources.contains(qMakePair(QString("101"), QString("Referral"))));
        const auto rooms = ImportChoices::options(ImportTarget::parse("customFields.3"),
                                                  RecordKind::Lead, *m_catalog);
        QCOMPARE(rooms.size(), 2);
        QVERIFY(rooms.contains(qMakePair(QString("a"), QString("Ballroom"))));
        QVERIFY(ImportChoices::options(ImportTarget::parse("name"), RecordKind::Lead, *m_catalog)
                    .isEmpty());
        QVERIFY(ImportChoices::options(ImportTarget::parse("ignore"), RecordKind::Lead, *m_catalog)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportChoices)
#include "tst_importchoices.moc"
