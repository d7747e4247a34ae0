#include "model/recordmodel.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/outbox.h"
#include "services/recordsearch.h"
#include "services/workspace.h"
#include "store/lookupcache.h"
#include "store/outboxstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// A profile's workspace against the in-process sandbox: lookups refreshed
/// into the store become the catalog, search finds contacts online and
/// offline, and a record is submitted once however often Submit is pressed.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer *m_sandbox = nullptr;

    void activate(Workspace &ws)
    {
        const Profile profile {"Sandbox", QString(), SandboxServer::defaultApiKey(), true};
        QVERIFY(ws.activate(profile, m_sandbox->baseUrl().toString(),
                            SandboxServer::defaultApiSecret().toUtf8())
                    .ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
    }

    void refreshFillsTheCatalogAndSurvivesARestart()
    {
        {
            Workspace ws(m_dir.path());
            activate(ws);
            QVERIFY(ws.catalog()->isEmpty());
            QVERIFY(ws.lookupsAreStale());
            QSignalSpy done(&ws, &Workspace::refreshFinished);
            QSignalSpy changed(&ws, &Workspace::catalogChanged);
            ws.refreshLookups();
            QVERIFY(done.wait(20000));
            QCOMPARE(done.first().first().toString(), QString());
            QVERIFY(!ws.catalog()->isEmpty());
            QVERIFY(!ws.catalog()->options("types").isEmpty());
            QVERIFY(changed.size() >= 1);
            QCOMPARE(ws.connection(), Workspace::Connection::Online);
            QVERIFY(ws.setLeadSchema(m_sandbox->leadCustomFieldDefinitions()).ok());
            QCOMPARE(ws.catalog()->customFields(RecordKind::Lead).size(), 12);
        }
        // Offline next time: the cache alone gives the same catalog.
        Workspace ws(m_dir.path());
        const Profile profile {"Sandbox", QString(), "k", true};
        QVERIFY(ws.activate(profile, "http://127.0.0.1:1", "s").ok());
        QVERIFY(!ws.catalog()->options("stages").isEmpty());
        QCOMPARE(ws.catalog()->customFields(RecordKind::Lead).size(), 12);
        QVERIFY(!ws.lookupsAreStale());
    }

    void searchAnswersFromCacheThenPlatform()
    {
        Workspace ws(m_dir.path());
        activate(ws);
        QSignalSpy results(ws.search(), &RecordSearch::resultsReady);
        const QJsonObject contact = m_sandbox->contact(5000);
        const QString last = contact.value("lastName").toString();
        ws.search()->search("contact", last);
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 2, 10000);
        QCOMPARE(results.at(0).at(3).toBool(), false);
        QCOMPARE(results.at(1).at(3).toBool(), true);
        const auto found = results.at(1).at(2).value<QList<QJsonObject>>();
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [](const QJsonObject &c) { return c.value("id").toInt() == 5000; }));
    }

    void aRecordIsQueuedAndSentOnceWhateverTheClicks()
    {
        Workspace ws(m_dir.path());
        activate(ws);
        ws.startOutbox();
        const QJsonObject company {
            {"businessName", "Once Only Pty"},
            {"customFields", QJsonArray {QJsonObject {{"fieldId", 851}, {"value", "small"}}}}};
        const int before = int(m_sandbox->calls().size());
        const auto first = ws.outbox()->queue(0, "company", "Once Only Pty", {}, company);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        // The same draft submitted again is refused: it is no longer a draft.
        QVERIFY(!ws.outbox()->queue(first.value(), "company", "Once Only Pty", {}, company).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ws.outboxStore()->item(first.value()).value().state,
                                  OutboxItem::State::Sent, 10000);
        int writes = 0;
        const auto calls = m_sandbox->calls();
        for (int i = before; i < calls.size(); ++i)
            writes += calls.at(i).action == "addOrUpdateCompany";
        QCOMPARE(writes, 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
