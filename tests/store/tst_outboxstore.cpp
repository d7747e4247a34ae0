#include "store/database.h"
#include "store/outboxstore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using State = OutboxItem::State;
Q_DECLARE_METATYPE(OutboxItem::State)

/// The outbox's store (DESIGN.md "Store: drafts, outbox"): which state
/// changes are allowed from which state, what each one records, the order
/// items fall due in, recovery after a kill, undo of a removal, and that a
/// failed write leaves the item as it was.
class TestOutboxStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxStore> m_store;
    int m_file = 0;

    enum Op
    {
        SaveDraft,
        Queue,
        Unqueue,
        MarkSending,
        MarkSent,
        MarkNeedsFix,
        MarkQueued,
        MarkUncertain
    };

    qint64 draft(const QString &profile = "p", const QString &title = "Lead")
    {
        const auto id = m_store->createDraft(profile, "lead", title, {{"name", title}});
        if (!id)
            qFatal("createDraft failed: %s", qPrintable(id.error()));
        return id.value();
    }

    // An item brought to `state` through the allowed changes.
    qint64 itemIn(State state, const QString &profile = "p")
    {
        const qint64 id = draft(profile);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool ok = true;
        if (state != State::Draft)
            ok = ok && m_store->queue(id, "Lead", {{"name", "Lead"}}, {{"name", "Lead"}}).ok();
        if (state == State::Sending || state == State::Sent || state == State::NeedsFix
            || state == State::Uncertain)
            ok = ok && m_store->markSending(id, now).ok();
        if (state == State::Sent)
            ok = ok && m_store->markSent(id, 4242).ok();
        if (state == State::NeedsFix)
            ok = ok && m_store->markNeedsFix(id, "rejected", {{"message", "rejected"}}).ok();
        if (state == State::Uncertain)
            ok = ok && m_store->markUncertain(id, "dropped", now).ok();
        if (!ok)
            qFatal("could not bring an item to %s", qPrintable(OutboxItem::stateName(state)));
        return id;
    }

    Result<bool> apply(Op op, qint64 id)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (op) {
        case SaveDraft:
            return m_store->saveDraft(id, "Edited", {{"name", "Edited"}});
        case Queue:
            return m_store->queue(id, "Lead", {{"name", "Lead"}}, {{"name", "Lead"}});
        case Unqueue:
            return m_store->unqueue(id);
        case MarkSending:
            return m_store->markSending(id, now);
        case MarkSent:
            return m_store->markSent(id, 77);
        case MarkNeedsFix:
            return m_store->markNeedsFix(id, "bad", {{"message", "bad"}});
        case MarkQueued:
            return m_store->markQueued(id, "later", now.addSecs(60));
        case MarkUncertain:
            return m_store->markUncertain(id, "unknown", now.addSecs(60));
        }
        return Result<bool>::failure("unknown op");
    }

    static void expectInjectedFailure()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("injected write failure"));
    }

    State stateOf(qint64 id)
    {
        const auto item = m_store->item(id);
        if (!item)
            qFatal("item %lld is missing", id);
        return item.value().state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules("leaddesk.store.info=false");
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_file))).ok());
        m_store = std::make_unique<OutboxStore>(m_db.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void draftGoesAllTheWayToSent()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const qint64 id = draft("p", "First");
        auto item = m_store->item(id);
        QVERIFY(item.ok());
        QCOMPARE(item.value().state, State::Draft);
        QCOMPARE(item.value().profile, QString("p"));
        QCOMPARE(item.value().kind, QString("lead"));
        QVERIFY(item.value().createdAt >= before);
        QCOMPARE(item.value().updatedAt, item.value().createdAt);

        QVERIFY(m_store->saveDraft(id, "Second", {{"name", "Second"}, {"seq", 2}}).ok());
        const QJsonObject body {{"name", "Second"}, {"sourceId", 3}};
        QVERIFY(m_store->queue(id, "Second", {{"name", "Second"}, {"seq", 3}}, body).ok());
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->markSending(id, sentAt).ok());
        QVERIFY(m_store->markSent(id, 22501).ok());

        item = m_store->item(id);
        QVERIFY(item.ok());
        const OutboxItem &sent = item.value();
        QCOMPARE(sent.state, State::Sent);
        QCOMPARE(sent.title, QString("Second"));
        QCOMPARE(sent.draft.value("seq").toInt(), 3);
        QCOMPARE(sent.body, body);
        QCOMPARE(sent.recordId, 22501);
        QCOMPARE(sent.attempts, 1);
        QCOMPARE(sent.firstSentAt,
                 QDateTime::fromMSecsSinceEpoch(sentAt.toMSecsSinceEpoch(), Qt::UTC));
        QVERIFY(sent.lastError.isEmpty());
        QVERIFY(!sent.nextAttemptAt.isValid());
        QVERIFY(sent.updatedAt >= sent.createdAt);
        QVERIFY(!sent.isPending());
    }

    void transitions_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<State>("to");

        const QList<State> states {State::Draft, State::Queued,   State::Sending,
                                   State::Sent,  State::NeedsFix, State::Uncertain};
        struct Rule
        {
            Op op;
            const char *name;
            QList<State> from;
            State to;
        };
        const QList<Rule> rules {
            {SaveDraft, "saveDraft", {State::Draft, State::NeedsFix}, State::Draft},
            {Queue, "queue", {State::Draft, State::NeedsFix}, State::Queued},
            {Unqueue, "unqueue", {State::Queued}, State::Draft},
            {MarkSending, "markSending", {State::Queued, State::Uncertain}, State::Sending},
            {MarkSent, "markSent", {State::Sending, State::Uncertain}, State::Sent},
            {MarkNeedsFix,
             "markNeedsFix",
             {State::Sending, State::Queued, State::Uncertain},
             State::NeedsFix},
            {MarkQueued, "markQueued", {State::Sending, State::Uncertain}, State::Queued},
            {MarkUncertain, "markUncertain", {State::Sending, State::Uncertain}, State::Uncertain},
        };
        for (const Rule &rule : rules) {
            for (State from : states) {
                const bool allowed = rule.from.contains(from);
                // saveDraft edits a needs-fix item in place: it stays needs-fix.
                const State to = !allowed ? from : rule.op == SaveDraft ? from : rule.to;
                QTest::addRow("%s from %s", rule.name, qPrintable(OutboxItem::stateName(from)))
                    << from << int(rule.op) << allowed << to;
            }
        }
    }

    void transitions()
    {
        QFETCH(State, from);
        QFETCH(int, op);
        QFETCH(bool, allowed);
        QFETCH(State, to);
        const qint64 id = itemIn(from);
        const auto before = m_store->item(id);
        QVERIFY(before.ok());
        const auto done = apply(Op(op), id);
        QCOMPARE(done.ok(), allowed);
        if (!allowed) {
            // Refused with words, and nothing about the item changed.
            QVERIFY(done.error().contains("not in a state that allows this"));
            const auto after = m_store->item(id);
            QVERIFY(after.ok());
            QCOMPARE(after.value().updatedAt, before.value().updatedAt);
            QCOMPARE(after.value().draft, before.value().draft);
            QCOMPARE(after.value().attempts, before.value().attempts);
        }
        QCOMPARE(stateOf(id), to);
    }

    void markSentOnADraftSaysWhy()
    {
        const qint64 id = draft();
        const auto sent = m_store->markSent(id, 5);
        QVERIFY(!sent.ok());
        QVERIFY2(sent.error().contains(QString::number(id)), qPrintable(sent.error()));
        QCOMPARE(stateOf(id), State::Draft);
        QCOMPARE(m_store->item(id).value().recordId, 0);
        // An item that does not exist is refused too, not created.
        QVERIFY(!m_store->markSending(id + 1000, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!m_store->item(id + 1000).ok());
    }

    void attemptsCountAndFirstSentStays()
    {
        const qint64 id = itemIn(State::Queued);
        const QDateTime first
            = QDateTime::fromString("2026-03-01T10:00:00.123Z", Qt::ISODateWithMs);
        QVERIFY(m_store->markSending(id, first).ok());
        QVERIFY(m_store->markUncertain(id, "dropped", first.addSecs(5)).ok());
        QVERIFY(m_store->markSending(id, first.addSecs(10)).ok());
        QVERIFY(m_store->markQueued(id, "refused", first.addSecs(20)).ok());
        const auto item = m_store->item(id);
        QVERIFY(item.ok());
        QCOMPARE(item.value().attempts, 2);
        QCOMPARE(item.value().firstSentAt, first);
        QCOMPARE(item.value().lastError, QString("refused"));
        QCOMPARE(item.value().nextAttemptAt, first.addSecs(20));
        QVERIFY(item.value().isPending());
    }

    void needsFixKeepsTheProblemsAndQueueClearsThem()
    {
        const qint64 id = itemIn(State::Sending);
        const QJsonObject problems {{"message", "'sourceId' is required"},
                                    {"additionalMessages", QJsonArray {"one", "two"}}};
        QVERIFY(m_store->markNeedsFix(id, "rejected", problems).ok());
        auto item = m_store->item(id);
        QCOMPARE(item.value().problems, problems);
        QCOMPARE(item.value().lastError, QString("rejected"));
        QVERIFY(m_store->saveDraft(id, "Fixed", {{"name", "Fixed"}}).ok());
        QCOMPARE(stateOf(id), State::NeedsFix);
        QVERIFY(m_store->queue(id, "Fixed", {{"name", "Fixed"}}, {{"name", "Fixed"}}).ok());
        item = m_store->item(id);
        QCOMPARE(item.value().state, State::Queued);
        QVERIFY(item.value().problems.isEmpty());
        QVERIFY(item.value().lastError.isEmpty());
    }

    void dueInOrderAndOnlyWhenDue()
    {
        const QDateTime now = QDateTime::fromString("2026-05-01T12:00:00.000Z", Qt::ISODateWithMs);
        const qint64 a = itemIn(State::Queued); // due now (no time set)
        const qint64 b = itemIn(State::Sending);
        QVERIFY(m_store->markQueued(b, "later", now.addSecs(30)).ok()); // due in 30 s
        const qint64 c = itemIn(State::Sending);
        QVERIFY(m_store->markUncertain(c, "?", now.addSecs(-5)).ok()); // overdue
        const qint64 d = itemIn(State::Sending);
        QVERIFY(m_store->markQueued(d, "later", now.addSecs(10)).ok()); // due in 10 s
        itemIn(State::Draft);
        itemIn(State::Sending);
        itemIn(State::Sent);
        itemIn(State::NeedsFix);
        itemIn(State::Queued, "other");

        const auto ids = [](const Result<QList<OutboxItem>> &items) {
            QList<qint64> list;
            for (const OutboxItem &item : items.value())
                list << item.id;
            return list;
        };
        QCOMPARE(ids(m_store->due("p", now, 10)), (QList<qint64> {a, c}));
        QCOMPARE(ids(m_store->due("p", now, 1)), (QList<qint64> {a}));
        QCOMPARE(ids(m_store->due("p", now.addSecs(10), 10)), (QList<qint64> {a, c, d}));
        QCOMPARE(ids(m_store->due("p", now.addSecs(60), 10)), (QList<qint64> {a, b, c, d}));
        QCOMPARE(m_store->due("p", now, 10).value().at(1).state, State::Uncertain);
        QCOMPARE(m_store->pendingCount("p").value(), 5);

        // The earliest waiting item: "now" while one has no time.
        QCOMPARE(m_store->nextDue("p"), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        QVERIFY(m_store->markSending(a, now).ok());
        QCOMPARE(m_store->nextDue("p"), now.addSecs(-5));
        QVERIFY(m_store->markSending(c, now).ok());
        QCOMPARE(m_store->nextDue("p"), now.addSecs(10));
        QVERIFY(!m_store->nextDue("nobody").isValid());

        QVERIFY(m_store->makeDueNow("p").ok());
        QCOMPARE(ids(m_store->due("p", now, 10)), (QList<qint64> {b, d}));
        QCOMPARE(m_store->nextDue("p"), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    }

    void recoverInterruptedTurnsSendingUncertain()
    {
        const qint64 a = itemIn(State::Sending);
        const qint64 b = itemIn(State::Sending);
        const qint64 queued = itemIn(State::Queued);
        const qint64 sent = itemIn(State::Sent);
        const qint64 elsewhere = itemIn(State::Sending, "other");

        const auto recovered = m_store->recoverInterrupted("p");
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.value(), 2);
        for (qint64 id : {a, b}) {
            const OutboxItem item = m_store->item(id).value();
            QCOMPARE(item.state, State::Uncertain);
            QVERIFY(!item.lastError.isEmpty());
            QVERIFY(!item.nextAttemptAt.isValid()); // looked for at once
            QCOMPARE(item.attempts, 1);
            QVERIFY(item.firstSentAt.isValid());
        }
        QCOMPARE(stateOf(queued), State::Queued);
        QCOMPARE(stateOf(sent), State::Sent);
        QCOMPARE(stateOf(elsewhere), State::Sending);
        QCOMPARE(m_store->recoverInterrupted("p").value(), 0);
    }

    void removeAndRestoreGivesBackTheSameItem()
    {
        const qint64 id = itemIn(State::Sending);
        QVERIFY(m_store
                    ->markNeedsFix(id, "rejected",
                                   {{"message", "no"}, {"additionalMessages", QJsonArray {"a"}}})
                    .ok());
        const qint64 other = itemIn(State::Uncertain);
        const OutboxItem before = m_store->item(id).value();

        QVERIFY(m_store->remove(id).ok());
        QVERIFY(!m_store->item(id).ok());
        QCOMPARE(m_store->items("p").value().size(), 1);
        QVERIFY(m_store->restore(before).ok());
        const OutboxItem after = m_store->item(id).value();
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.profile, before.profile);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.draft, before.draft);
        QCOMPARE(after.body, before.body);
        QCOMPARE(after.recordId, before.recordId);
        QCOMPARE(after.attempts, before.attempts);
        QCOMPARE(after.lastError, before.lastError);
        QCOMPARE(after.problems, before.problems);
        QCOMPARE(after.nextAttemptAt, before.nextAttemptAt);
        QCOMPARE(after.firstSentAt, before.firstSentAt);
        QCOMPARE(after.createdAt, before.createdAt);
        QCOMPARE(after.updatedAt, before.updatedAt);
        // Undo twice does not make two.
        QVERIFY(!m_store->restore(before).ok());
        // Newest first.
        const auto items = m_store->items("p").value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, other);
        QCOMPARE(items.at(1).id, id);

        // A sent item stays in the sent history: it cannot be deleted, and no undo brings one
        // back as a second copy. A new item never reuses a removed id.
        const qint64 sent = itemIn(State::Sent);
        const OutboxItem sentBefore = m_store->item(sent).value();
        QVERIFY(!m_store->remove(sent).ok());
        QVERIFY(!m_store->restore(sentBefore).ok());
        QCOMPARE(m_store->item(sent).value().recordId, 4242);
        QCOMPARE(m_store->item(sent).value().state, State::Sent);
        QVERIFY(m_store->remove(id).ok());
        const qint64 next = draft();
        QVERIFY(next > sent);
    }

    void sentRecordIdsByProfileAndKind()
    {
        const qint64 a = itemIn(State::Sending);
        QVERIFY(m_store->markSent(a, 101).ok());
        const qint64 b = itemIn(State::Sending);
        QVERIFY(m_store->markSent(b, 102).ok());
        itemIn(State::Sending); // not sent
        const qint64 elsewhere = itemIn(State::Sending, "other");
        QVERIFY(m_store->markSent(elsewhere, 103).ok());
        const auto company = m_store->createDraft("p", "company", "Co", {});
        QVERIFY(company.ok());
        QVERIFY(m_store->queue(company.value(), "Co", {}, {{"businessName", "Co"}}).ok());
        QVERIFY(m_store->markSending(company.value(), QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(m_store->markSent(company.value(), 104).ok());

        auto ids = m_store->sentRecordIds("p", "lead").value();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> {101, 102}));
        QCOMPARE(m_store->sentRecordIds("p", "company").value(), QList<qint64> {104});
        QCOMPARE(m_store->sentRecordIds("other", "lead").value(), QList<qint64> {103});
        QVERIFY(m_store->sentRecordIds("nobody", "lead").value().isEmpty());
    }

    void timestampsRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::newRow("utc") << QDateTime::fromString("2026-11-26T08:11:21.042Z",
                                                      Qt::ISODateWithMs);
        QTest::newRow("offset") << QDateTime::fromString("2026-11-26T19:11:21.999+11:00",
                                                         Qt::ISODateWithMs);
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QTest::newRow("now") << QDateTime::currentDateTimeUtc();
    }

    void timestampsRoundTrip()
    {
        QFETCH(QDateTime, when);
        const QString text = OutboxStore::timestamp(when);
        QCOMPARE(text.size(), 24); // fixed width: text order is time order
        QVERIFY(text.endsWith('Z'));
        const QDateTime back = OutboxStore::fromTimestamp(text);
        QCOMPARE(back.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
        QCOMPARE(back.timeSpec(), Qt::UTC);
        QVERIFY(OutboxStore::timestamp(when.addMSecs(1)) > text);
        QVERIFY(OutboxStore::timestamp(when.addSecs(-3600)) < text);

        // Through the database too.
        const qint64 id = itemIn(State::Sending);
        QVERIFY(m_store->markQueued(id, "later", when).ok());
        QCOMPARE(m_store->item(id).value().nextAttemptAt.toMSecsSinceEpoch(),
                 when.toMSecsSinceEpoch());
    }

    void invalidTimestamps()
    {
        QCOMPARE(OutboxStore::timestamp(QDateTime()), QString());
        QVERIFY(!OutboxStore::fromTimestamp(QString()).isValid());
        QVERIFY(!OutboxStore::fromTimestamp("yesterday").isValid());
    }

    void failedWriteDuringQueueLeavesTheDraft()
    {
        const qint64 id = draft("p", "Kept");
        QVERIFY(m_store->saveDraft(id, "Kept", {{"name", "Kept"}, {"seq", 1}}).ok());
        const OutboxItem before = m_store->item(id).value();

        expectInjectedFailure();

        m_db->failNextWrite("disk full");
        const auto queued
            = m_store->queue(id, "Kept", {{"name", "Kept"}, {"seq", 2}}, {{"name", "Kept"}});
        QVERIFY(!queued.ok());
        QVERIFY2(queued.error().contains("disk full"), qPrintable(queued.error()));
        OutboxItem after = m_store->item(id).value();
        QCOMPARE(after.state, State::Draft);
        QCOMPARE(after.draft, before.draft);
        QVERIFY(after.body.isEmpty());

        // The statement went through but the commit failed: still all or nothing.
        expectInjectedFailure();
        m_db->failWriteAfter(1, "commit lost");
        QVERIFY(
            !m_store->queue(id, "Kept", {{"name", "Kept"}, {"seq", 2}}, {{"name", "Kept"}}).ok());
        QVERIFY(!m_db->inTransaction());
        after = m_store->item(id).value();
        QCOMPARE(after.state, State::Draft);
        QCOMPARE(after.draft, before.draft);
        QCOMPARE(after.updatedAt, before.updatedAt);

        // And the store works again afterwards.
        QVERIFY(
            m_store->queue(id, "Kept", {{"name", "Kept"}, {"seq", 2}}, {{"name", "Kept"}}).ok());
        QCOMPARE(stateOf(id), State::Queued);
    }

    void failedWriteDuringSendChangesNothing()
    {
        const qint64 id = itemIn(State::Queued);
        expectInjectedFailure();
        m_db->failNextWrite();
        QVERIFY(!m_store->markSending(id, QDateTime::currentDateTimeUtc()).ok());
        const OutboxItem item = m_store->item(id).value();
        QCOMPARE(item.state, State::Queued);
        QCOMPARE(item.attempts, 0);
        QVERIFY(!item.firstSentAt.isValid());

        QVERIFY(m_store->markSending(id, QDateTime::currentDateTimeUtc()).ok());
        expectInjectedFailure();
        m_db->failWriteAfter(1);
        QVERIFY(!m_store->markSent(id, 9).ok());
        QCOMPARE(stateOf(id), State::Sending);
        QCOMPARE(m_store->item(id).value().recordId, 0);

        expectInjectedFailure();

        m_db->failNextWrite();
        QVERIFY(!m_store->createDraft("p", "lead", "Lost", {}).ok());
        QCOMPARE(m_store->items("p").value().size(), 1);
    }

    void batchWritesSeveralChangesAtOnce()
    {
        const qint64 a = itemIn(State::Sending);
        const qint64 b = itemIn(State::Sending);
        const qint64 draftId = draft();
        const auto done = m_store->batch([&]() -> Result<bool> {
            if (!m_store->markSent(a, 11).ok() || !m_store->markUncertain(b, "?", {}).ok())
                return Result<bool>::failure("a change failed");
            // Refused inside the batch: fails alone, the others stay.
            const auto refused = m_store->markSent(draftId, 12);
            if (refused.ok() || !refused.error().contains("not in a state"))
                return Result<bool>::failure("markSent on a draft was not refused");
            return Result<bool>::success(true);
        });
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(stateOf(a), State::Sent);
        QCOMPARE(stateOf(b), State::Uncertain);
        QCOMPARE(stateOf(draftId), State::Draft);
    }

    void failedBatchChangesNothing()
    {
        const qint64 a = itemIn(State::Sending);
        const qint64 b = itemIn(State::Queued);
        // The work says no: everything rolls back.
        auto done = m_store->batch([&]() -> Result<bool> {
            m_store->markSent(a, 11);
            return Result<bool>::failure("changed my mind");
        });
        QCOMPARE(done.error(), QString("changed my mind"));
        QCOMPARE(stateOf(a), State::Sending);
        // The commit fails: the same.
        expectInjectedFailure();
        m_db->failWriteAfter(2, "commit lost");
        done = m_store->batch([&]() -> Result<bool> {
            const auto sent = m_store->markSent(a, 11);
            return sent.ok() ? m_store->markSending(b, QDateTime::currentDateTimeUtc()) : sent;
        });
        QVERIFY(!done.ok());
        QVERIFY2(done.error().contains("commit lost"), qPrintable(done.error()));
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(stateOf(a), State::Sending);
        QCOMPARE(m_store->item(a).value().recordId, 0);
        QCOMPARE(stateOf(b), State::Queued);
        QCOMPARE(m_store->item(b).value().attempts, 0);
    }

    void markSendingSeveralTakesOnlyWhatIsWaiting()
    {
        const qint64 queued = itemIn(State::Queued);
        const qint64 uncertain = itemIn(State::Uncertain);
        const qint64 sending = itemIn(State::Sending);
        const qint64 sent = itemIn(State::Sent);
        const qint64 draftId = draft();
        // Later than the uncertain item's first attempt, at a whole millisecond.
        const QDateTime when
            = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + 60000, Qt::UTC);
        const auto taken
            = m_store->markSending({queued, uncertain, sending, sent, draftId, 999999}, when);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        auto ids = taken.value();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> {queued, uncertain}));
        OutboxItem item = m_store->item(queued).value();
        QCOMPARE(item.state, State::Sending);
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.firstSentAt, when);
        item = m_store->item(uncertain).value();
        QCOMPARE(item.state, State::Sending);
        QCOMPARE(item.attempts, 2);
        QVERIFY(item.firstSentAt < when); // the first attempt's time stays
        QCOMPARE(m_store->item(sending).value().attempts, 1);
        QCOMPARE(stateOf(sent), State::Sent);
        QCOMPARE(stateOf(draftId), State::Draft);
        QVERIFY(m_store->markSending(QList<qint64> {}, when).value().isEmpty());
    }

    void putBackUndoesATakeThatNeverWentOut()
    {
        // First attempt: back to how it was before it was taken.
        const qint64 fresh = itemIn(State::Queued);
        const OutboxItem before = m_store->item(fresh).value();
        QVERIFY(m_store->markSending(fresh, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(m_store->putBack(fresh).ok());
        OutboxItem after = m_store->item(fresh).value();
        QCOMPARE(after.state, State::Queued);
        QCOMPARE(after.attempts, 0);
        QVERIFY(!after.firstSentAt.isValid());
        QCOMPARE(after.body, before.body);
        // A later attempt keeps the first one's time and count.
        const qint64 retried = itemIn(State::Sending);
        const QDateTime first = m_store->item(retried).value().firstSentAt;
        QVERIFY(m_store->markQueued(retried, "refused", QDateTime()).ok());
        QVERIFY(m_store->markSending(retried, first.addSecs(30)).ok());
        QVERIFY(m_store->putBack(retried).ok());
        after = m_store->item(retried).value();
        QCOMPARE(after.state, State::Queued);
        QCOMPARE(after.attempts, 1);
        QCOMPARE(after.firstSentAt, first);
        // Only a "sending" item goes back.
        for (State state : {State::Draft, State::Queued, State::Sent, State::Uncertain}) {
            const qint64 id = itemIn(state);
            QVERIFY(!m_store->putBack(id).ok());
            QCOMPARE(stateOf(id), state);
        }
    }

    void aDamagedRowStillReads()
    {
        // A hand-edited or damaged file: the body and draft are not JSON, a time is not one.
        const qint64 damaged = itemIn(State::Queued);
        const qint64 whole = itemIn(State::Queued);
        QVERIFY(m_db->exec("UPDATE items SET body = 'not json', draft = '{\"values\":',"
                           " problems = '[1, 2]', next_attempt_at = 'yesterday' WHERE id = ?",
                           {damaged})
                    .ok());

        const auto entries = m_store->entries("p", 10);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().at(1).id, damaged);
        QVERIFY(!entries.value().at(1).update);
        QCOMPARE(entries.value().at(0).id, whole);

        const auto item = m_store->item(damaged);
        QVERIFY(item.ok());
        QCOMPARE(item.value().state, State::Queued);
        QVERIFY(item.value().body.isEmpty());
        QVERIFY(item.value().draft.isEmpty());
        QVERIFY(item.value().problems.isEmpty());
        QVERIFY(!item.value().nextAttemptAt.isValid());
    }

    void stateNamesRoundTrip()
    {
        for (State state : {State::Draft, State::Queued, State::Sending, State::Sent,
                            State::NeedsFix, State::Uncertain})
            QCOMPARE(OutboxItem::stateFromName(OutboxItem::stateName(state)), state);
        QCOMPARE(OutboxItem::stateName(State::NeedsFix), QString("needs-fix"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
