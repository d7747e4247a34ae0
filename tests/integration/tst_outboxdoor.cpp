#include "model/jsonfile.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/outbox.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/delayproxy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The outbox as the one door to its items, against a sandbox that is slow to answer: what
/// could still reach the platform is never deleted or taken back, what certainly did not can
/// be, and undo never makes a second lead. Every case counts the leads on the sandbox.
class TestOutboxDoor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<DelayProxy> m_proxy;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    QJsonObject m_sample;
    int m_run = 0;

    QJsonObject body(const QString &name) const
    {
        QJsonObject body = m_sample;
        body.insert("name", name);
        return body;
    }

    qint64 queue(const QString &name)
    {
        const auto id = m_outbox->queue(0, "lead", name, {}, body(name));
        return id ? id.value() : 0;
    }

    /// Leads the sandbox created with this name: successful creates it answered.
    int leadsNamed(const QString &name) const
    {
        int count = 0;
        for (const SandboxServer::Call &call : m_sandbox->calls())
            count += call.action == "addOrUpdateLead" && call.status == 200
                && call.body.value("name").toString() == name;
        return count;
    }

    OutboxItem::State stateOf(qint64 id) const { return m_store->item(id).value().state; }

    /// Waits until `id` has changed to `state` (as the outbox announces it).
    bool waitFor(qint64 id, OutboxItem::State state, int ms = 15000)
    {
        QSignalSpy changes(m_outbox.get(), &Outbox::itemChanged);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            if (stateOf(id) == state)
                return true;
            changes.wait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto sample = JsonFile::readObject(QStringLiteral(LEADDESK_SOURCE_DIR)
                                                 + "/resources/samples/lead-existing-contact.json");
        QVERIFY(sample.ok());
        m_sample = sample.value();
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        // Every answer takes 800 ms: long enough to act while an item is in flight.
        m_proxy = std::make_unique<DelayProxy>(m_sandbox->port(), 5);
        m_proxy->setAnswerDelayMs(800);
        QVERIFY(m_proxy->start());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("door-%1.sqlite").arg(++m_run))).ok());
        m_store = std::make_unique<OutboxStore>(m_db.get());
        m_client = std::make_unique<PlatformClient>();
        QVERIFY(m_client
                    ->configure(m_proxy->url(), SandboxServer::defaultApiKey(),
                                SandboxServer::defaultApiSecret().toUtf8())
                    .isEmpty());
        m_outbox = std::make_unique<Outbox>(m_client.get(), m_store.get(), "door");
        Outbox::Settings settings;
        // One slot: the second item is taken ahead and waits for it.
        settings.maxInFlight = 1;
        settings.landingWindowSeconds = 1;
        m_outbox->setSettings(settings);
    }

    void cleanup()
    {
        m_outbox.reset();
        m_client.reset();
        m_store.reset();
        m_db.reset();
        m_proxy.reset();
        m_sandbox.reset();
    }

    void anItemTakenAheadButNotSentIsDeletedAndUndoSendsItOnce()
    {
        const qint64 a = queue("Door A");
        const qint64 b = queue("Door B");
        m_outbox->start();
        // A is on its way; B is taken ("sending" on disk) and waits for the slot.
        QTRY_COMPARE(m_outbox->inFlight(), 1);
        QTRY_COMPARE(stateOf(b), OutboxItem::State::Sending);
        QCOMPARE(stateOf(a), OutboxItem::State::Sending);

        const auto removed = m_outbox->remove(b);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(!m_store->item(b).ok());
        QVERIFY(waitFor(a, OutboxItem::State::Sent));
        // B never went out.
        QTest::qWait(1000);
        QCOMPARE(leadsNamed("Door A"), 1);
        QCOMPARE(leadsNamed("Door B"), 0);

        // Undo: B is queued again, exactly as it was, and sent once.
        QVERIFY(m_outbox->restore(removed.value()).ok());
        QCOMPARE(stateOf(b), OutboxItem::State::Queued);
        QVERIFY(waitFor(b, OutboxItem::State::Sent));
        QCOMPARE(leadsNamed("Door B"), 1);
        // A second undo makes no second copy.
        QVERIFY(!m_outbox->restore(removed.value()).ok());
        QTest::qWait(1000);
        QCOMPARE(leadsNamed("Door B"), 1);
    }

    void anItemInFlightIsNotDeletedAndTheRepIsToldWhy()
    {
        const qint64 a = queue("Door in flight");
        m_outbox->start();
        QTRY_COMPARE(m_outbox->inFlight(), 1);
        const auto removed = m_outbox->remove(a);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains("being sent right now"), qPrintable(removed.error()));
        QVERIFY(!removed.error().contains("will not reach"));
        const auto taken = m_outbox->takeBack(a);
        QVERIFY(!taken.ok());
        QVERIFY(waitFor(a, OutboxItem::State::Sent));
        QCOMPARE(leadsNamed("Door in flight"), 1);
        // Once sent it stays in the history: nothing to delete, nothing to bring back.
        const auto again = m_outbox->remove(a);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains("already sent"), qPrintable(again.error()));
        QTest::qWait(1000);
        QCOMPARE(leadsNamed("Door in flight"), 1);
    }

    void aQueuedItemTakenBackForEditingIsNotSent()
    {
        const qint64 a = queue("Door first");
        const qint64 b = queue("Door edited");
        m_outbox->start();
        QTRY_COMPARE(stateOf(b), OutboxItem::State::Sending);
        const auto taken = m_outbox->takeBack(b);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(stateOf(b), OutboxItem::State::Draft);
        QVERIFY(waitFor(a, OutboxItem::State::Sent));
        QTest::qWait(1000);
        QCOMPARE(stateOf(b), OutboxItem::State::Draft);
        QCOMPARE(leadsNamed("Door edited"), 0);
    }

    void anotherProcessSendingIsSaidSo()
    {
        // What a second LeadDesk has taken is "sending" on disk and not ours to delete.
        const qint64 a = queue("Door elsewhere");
        QVERIFY(m_store->markSending(a, QDateTime::currentDateTimeUtc()).ok());
        const auto removed = m_outbox->remove(a);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains("another LeadDesk"), qPrintable(removed.error()));
        QCOMPARE(stateOf(a), OutboxItem::State::Sending);
    }

    void changesCarryWhatTheyMean()
    {
        const qint64 a = queue("Door announced");
        QSignalSpy changes(m_outbox.get(), &Outbox::itemChanged);
        m_outbox->start();
        QVERIFY(waitFor(a, OutboxItem::State::Sent));
        QTRY_VERIFY(!changes.isEmpty());
        const auto last = changes.last().first().value<OutboxChange>();
        QCOMPARE(last.id(), a);
        QCOMPARE(last.state(), OutboxItem::State::Sent);
        QVERIFY(last.entry.recordId > 0);
        QCOMPARE(last.entry.title, QString("Door announced"));
        QCOMPARE(last.entry.recordId, m_store->item(a).value().recordId);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDoor)
#include "tst_outboxdoor.moc"
