// ImportRun against a sandbox 80 ms away: progress, pause, cancel (what was sent stays sent,
// the rest is not sent), and a second run of the same file that sends only what the first
// one never queued. The sandbox's lead count shows every row arrived exactly once.
#include "import/importdryrun.h"
#include "import/importidentity.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/importrun.h"
#include "services/outbox.h"
#include "services/submission.h"
#include "store/database.h"
#include "store/importledger.h"
#include "store/outboxstore.h"
#include "support/delayproxy.h"
#include "support/platformlookups.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestImportRun : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    PlatformClient *m_client = nullptr;
    std::unique_ptr<DelayProxy> m_proxy;
    std::shared_ptr<const LookupCatalog> m_catalog;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ImportLedger> m_ledger;

    static QStringList header()
    {
        return {"Lead name",   "Source",         "Type",       "Subtype",
                "Stage",       "Industry",       "First name", "Last name",
                "Email",       "Job title",      "Event date", "Expected attendees",
                "Budget band", "Preferred venue"};
    }

    /// The file's rows through the dry run, as ImportRun takes them.
    struct Checked
    {
        QList<ImportRow> rows;
        QStringList keys;
    };
    Checked check(const QString &prefix, int count, int sharedContactEvery = 1)
    {
        ImportDryRun dryRun(RecordKind::Lead, m_catalog, header());
        ImportIdentity identity;
        Checked checked;
        for (int i = 1; i <= count; ++i) {
            const QStringList cells {QStringLiteral("%1 %2").arg(prefix).arg(i),
                                     "iVvy Marketplace",
                                     "Corporate Event",
                                     "Conference",
                                     "New enquiry",
                                     "400",
                                     "Noor",
                                     "Haddad",
                                     QStringLiteral("%1-%2@example.com")
                                         .arg(prefix.toLower().replace(' ', '-'))
                                         .arg(i / sharedContactEvery),
                                     "CEO",
                                     "24/12/2026",
                                     "50",
                                     "under-5k",
                                     "V1000"};
            const ImportRow row = dryRun.check(i, cells);
            if (!row.isReady())
                qFatal("row %d: %s", i, qPrintable(row.problemText()));
            checked.rows.append(row);
            checked.keys.append(identity.rowKey(cells));
        }
        return checked;
    }

    struct Sender
    {
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<Submission> submission;
        std::unique_ptr<ImportRun> run;
    };
    Sender sender(const Checked &checked, const QString &fileKey)
    {
        Sender s;
        s.outbox = std::make_unique<Outbox>(m_client, m_store.get(), QStringLiteral("Show"));
        s.submission = std::make_unique<Submission>(s.outbox.get(), m_client);
        s.run = std::make_unique<ImportRun>(s.submission.get(), s.outbox.get(), m_ledger.get(),
                                            QStringLiteral("Show"));
        s.run->setFile(fileKey, RecordKind::Lead);
        s.run->setCatalog(m_catalog);
        s.run->setWindow(3);
        for (int i = 0; i < checked.rows.size(); ++i)
            s.run->addRow(checked.rows.at(i), checked.keys.at(i));
        s.outbox->setSendOnlyQueuedHere(true);
        s.outbox->start();
        return s;
    }

    static int count(const ImportRun &run, ImportRun::Result::Status status)
    {
        int n = 0;
        for (const ImportRun::Result &result : run.results())
            n += result.status == status;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules("leaddesk.*.info=false\nleaddesk.sandbox.*=false");
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_proxy = std::make_unique<DelayProxy>(m_sandbox->port(), 40);
        QVERIFY(m_proxy->start());
        m_client = new PlatformClient(this);
        QCOMPARE(m_client->configure(m_proxy->url(), SandboxServer::defaultApiKey(),
                                     SandboxServer::defaultApiSecret().toUtf8()),
                 QString());
        const PlatformLookups lookups
            = PlatformLookups::fetch(m_client, m_sandbox->leadCustomFieldDefinitions(), false);
        QVERIFY2(lookups.problem.isEmpty(), qPrintable(lookups.problem));
        m_catalog = lookups.catalog;
        QVERIFY(m_db.open(m_dir.filePath("leaddesk.sqlite")).ok());
        m_store = std::make_unique<OutboxStore>(&m_db);
        m_ledger = std::make_unique<ImportLedger>(&m_db);
    }

    void pauseHoldsCancelStopsAndTheNextRunSendsTheRest()
    {
        constexpr int kRows = 24;
        const Checked checked = check("Paused lead", kRows);
        const int leadsBefore = m_sandbox->leadCount();
        Sender first = sender(checked, "file-paused");
        QSignalSpy progress(first.run.get(), &ImportRun::progress);
        QSignalSpy finished(first.run.get(), &ImportRun::finished);
        first.run->start();
        QTRY_VERIFY_WITH_TIMEOUT(first.run->done() >= 3, 30000);
        first.run->pause();
        QVERIFY(first.run->isPaused());
        // What was on its way lands; nothing more goes out while paused.
        QTest::qWait(1000);
        const int heldAt = first.run->done();
        QTest::qWait(600);
        QCOMPARE(first.run->done(), heldAt);
        QVERIFY(heldAt < kRows);
        QVERIFY(finished.isEmpty());
        first.run->resume();
        QTRY_VERIFY_WITH_TIMEOUT(first.run->done() >= heldAt + 3, 30000);
        first.run->cancel();
        QVERIFY(finished.wait(30000) || finished.size() == 1);
        const int sent = count(*first.run, ImportRun::Result::Status::Sent);
        QCOMPARE(count(*first.run, ImportRun::Result::Status::Waiting), kRows - sent);
        QVERIFY(sent < kRows);
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + sent);
        // Progress says how fast and how long.
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toInt(), sent);
        QCOMPARE(last.at(1).toInt(), kRows);
        QVERIFY(last.at(2).toDouble() > 0);
        QVERIFY(last.at(3).toInt() >= 0);
        const qint64 firstLead = first.run->results().value(1).recordId;
        // The app quits: its outbox lets go of the profile.
        first.run.reset();
        first.submission.reset();
        first.outbox.reset();

        // The same file again: the rows sent are found, only the rest goes out.
        Sender second = sender(checked, "file-paused");
        QSignalSpy done(second.run.get(), &ImportRun::finished);
        second.run->start();
        QVERIFY(done.wait(60000));
        QCOMPARE(count(*second.run, ImportRun::Result::Status::Sent), kRows);
        int earlier = 0;
        for (const ImportRun::Result &result : second.run->results())
            earlier += result.fromEarlierRun;
        QCOMPARE(earlier, sent);
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + kRows);
        QCOMPARE(second.run->results().value(1).recordId, firstLead);
        second.outbox->stop();
    }

    void rowsSharingANewContactWaitForIt()
    {
        // Every three rows share one new contact.
        const Checked checked = check("Shared lead", 9, 3);
        const int leadsBefore = m_sandbox->leadCount();
        m_sandbox->clearCalls();
        Sender s = sender(checked, "file-shared");
        QSignalSpy finished(s.run.get(), &ImportRun::finished);
        s.run->start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(count(*s.run, ImportRun::Result::Status::Sent), 9);
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + 9);
        int contacts = 0;
        int nested = 0;
        for (const SandboxServer::Call &call : m_sandbox->calls()) {
            contacts += call.action == QStringLiteral("addOrUpdateContact");
            nested += call.action == QStringLiteral("addOrUpdateLead")
                && call.body.contains(QStringLiteral("contact"));
        }
        // Rows 1-2, 3-5, 6-8 share contacts (row 9 has its own): three made on their own,
        // one inside its lead.
        QCOMPARE(contacts, 3);
        QCOMPARE(nested, 1);
        s.outbox->stop();
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "tst_importrun.moc"
