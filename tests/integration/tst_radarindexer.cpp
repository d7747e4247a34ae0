#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "sandbox/sandboxserver.h"
#include "services/duplicateradar.h"
#include "services/radarindexer.h"
#include "store/database.h"
#include "store/radarindex.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kProfile = QStringLiteral("radar");
const QString kContact = QStringLiteral("contact");
const QString kCompany = QStringLiteral("company");
} // namespace

/// The duplicate radar against the sandbox: the index fills by paging the platform's lists,
/// refreshes only what changed, takes in a record just created, and the radar finds the seeded
/// records however a rep types them, from the index and from the platform.
class TestRadarIndexer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RadarIndex> m_index;
    std::unique_ptr<RadarIndexer> m_indexer;

    /// How many records of `kind` the platform lists (its meta.totalResults).
    int platformCount(const QString &kind)
    {
        PlatformReply *reply = m_client->call(
            "contact", kind == kContact ? "getContactList" : "getCompanyList", {{"perPage", 1}});
        QSignalSpy spy(reply, &PlatformReply::finished);
        if (!spy.wait(10000))
            return -1;
        const auto result = spy.first().first().value<PlatformResult>();
        return result.object().value("meta").toObject().value("totalResults").toInt();
    }

    int listCalls(const char *action, bool filteredByDate)
    {
        int count = 0;
        for (const SandboxServer::Call &call : m_sandbox->calls())
            count += call.action == QLatin1String(action)
                && call.body.value("filter").toObject().contains("fromModifiedDate")
                    == filteredByDate;
        return count;
    }

    void refresh()
    {
        QSignalSpy done(m_indexer.get(), &RadarIndexer::finished);
        m_indexer->refresh();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toString(), QString());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<PlatformClient>();
        QVERIFY(m_client
                    ->configure(m_sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                                SandboxServer::defaultApiSecret().toUtf8())
                    .isEmpty());
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                            + QStringLiteral(".sqlite"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path));
        m_index = std::make_unique<RadarIndex>(m_db.get());
        m_indexer
            = std::make_unique<RadarIndexer>(m_client.get(), path, kProfile, QStringLiteral("AU"));
    }

    void cleanup()
    {
        m_indexer.reset();
        m_index.reset();
        m_db.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void fillsFromEveryPageThenOnlyWhatChanged()
    {
        refresh();
        QCOMPARE(m_index->count(kProfile, kContact).value(), platformCount(kContact));
        QCOMPARE(m_index->count(kProfile, kCompany).value(), platformCount(kCompany));
        QVERIFY(m_index->count(kProfile, kContact).value() > 0);
        QCOMPARE(listCalls("getContactList", false), 1 + 1); // one page, and platformCount's

        m_sandbox->clearCalls();
        refresh();
        // The second pass asks only for what changed since the newest record it holds.
        QVERIFY(listCalls("getContactList", true) >= 1);
        QCOMPARE(listCalls("getContactList", false), 0);
        QCOMPARE(m_index->count(kProfile, kContact).value(), platformCount(kContact));
    }

    void takesInARecordJustCreated()
    {
        refresh();
        PlatformReply *reply = m_client->call(
            "contact", "addOrUpdateCompany",
            {{"businessName", "Radar Test Venues Pty Ltd"},
             {"customFields", QJsonArray {QJsonObject {{"fieldId", 851}, {"value", "small"}}}}});
        QSignalSpy created(reply, &PlatformReply::finished);
        QVERIFY(created.wait(10000));
        const auto answer = created.first().first().value<PlatformResult>();
        const qint64 id = answer.object().value("id").toInteger();
        QVERIFY2(id > 0, qPrintable(answer.error.toString()));
        QSignalSpy indexed(m_indexer.get(), &RadarIndexer::indexed);
        m_indexer->indexRecord(kCompany, id);
        QVERIFY(indexed.wait(10000));
        const DuplicateRadar radar(m_index.get(), nullptr, kProfile, QStringLiteral("AU"));
        const RadarFindings found = radar.check(kCompany, {{"businessName", "radar test venues"}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, id);
        QVERIFY(found.first().isStrong());
    }

    void findsTheSeededRecordsHoweverTyped()
    {
        refresh();
        const DuplicateRadar radar(m_index.get(), nullptr, kProfile, QStringLiteral("AU"));
        const RadarFindings company
            = radar.check(kCompany, {{"businessName", "acme conferences pty ltd"}});
        QVERIFY(!company.isEmpty());
        QCOMPARE(company.first().id, 1000);
        QVERIFY(company.first().isStrong());
        QCOMPARE(DuplicateRadar::describe(company.first()),
                 QStringLiteral("Acme Conferences Pty Ltd (1000) — same company name"));
        const RadarFindings suffix = radar.check(kCompany, {{"businessName", "Acme Conferences"}});
        QVERIFY(!suffix.isEmpty());
        QCOMPARE(suffix.first().match.explanation,
                 QStringLiteral("same company name once 'Pty Ltd' is ignored"));

        const RadarFindings contact = radar.check(
            kContact,
            {{"firstName", "A"}, {"lastName", "Smith"}, {"email", "AVA.SMITH@acme.example"}});
        QVERIFY(!contact.isEmpty());
        QCOMPARE(contact.first().id, 5000);
        QCOMPARE(contact.first().match.explanation, QStringLiteral("same email"));

        // Look-alikes are not offered.
        QVERIFY(radar.check(kCompany, {{"businessName", "Acme Mining"}}).isEmpty());
        QVERIFY(radar
                    .check(kContact,
                           {{"firstName", "Ava"},
                            {"lastName", "Smith"},
                            {"email", "ava@elsewhere.example"}})
                    .isEmpty());
        // Search-as-you-type answers from the index.
        QCOMPARE(radar.search(kCompany, "onferen").value(0).value("id").toInteger(), 1000);
    }

    void platformResultsMergeInWithoutAnIndex()
    {
        DuplicateRadar radar(nullptr, m_client.get(), kProfile, QStringLiteral("AU"));
        QSignalSpy changed(&radar, &DuplicateRadar::findingsChanged);
        radar.look(kCompany, {{"businessName", "ACME CONFERENCES"}});
        QCOMPARE(changed.size(), 1); // the index's answer (none) at once
        QVERIFY(changed.first().at(2).value<RadarFindings>().isEmpty());
        QVERIFY(changed.wait(10000));
        const auto findings = changed.at(1).at(2).value<RadarFindings>();
        QVERIFY(changed.at(1).at(3).toBool());
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().id, 1000);
    }
};

QTEST_GUILESS_MAIN(TestRadarIndexer)
#include "tst_radarindexer.moc"
