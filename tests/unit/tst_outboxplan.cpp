#include "services/outboxplan.h"
#include "services/retrypolicy.h"
#include "services/uncertainmatch.h"

#include <QTest>

/// The outbox's pure parts: when a turn writes a batch and how much it takes, when a failure is
/// tried again, and whether a record a look-up lists is the one an uncertain create made.
class TestOutboxPlan : public QObject
{
    Q_OBJECT

private:
    static OutboxPlan::Input running()
    {
        OutboxPlan::Input in;
        in.taking = true;
        in.maxInFlight = 6;
        in.takeAhead = 32;
        in.answerDelayMs = 50;
        return in;
    }

    static OutboxItem lead(const QJsonObject &body)
    {
        OutboxItem item;
        item.id = 7;
        item.kind = QStringLiteral("lead");
        item.body = body;
        return item;
    }

    static QJsonObject listed(qint64 id, const QJsonObject &fields,
                              const QString &created = QStringLiteral("2026-12-07 10:00:05 UTC"))
    {
        QJsonObject record = fields;
        record.insert("id", id);
        record.insert("createdDate", created);
        return record;
    }

    static const QDateTime firstAttempt()
    {
        return QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0), Qt::UTC);
    }

private Q_SLOTS:
    void anIdleOutboxTakesEnoughToFillEverySlotAndWaitAhead()
    {
        const OutboxPlan plan = OutboxPlan::make(running());
        QVERIFY(plan.write);
        QCOMPARE(plan.take, 6 + 32);
        QVERIFY(!plan.putBack);
    }

    void takenItemsStillWaitingMeanNoNewBatch()
    {
        auto in = running();
        in.ready = 10;
        in.inFlight = 6;
        const OutboxPlan plan = OutboxPlan::make(in);
        QVERIFY(!plan.write);
        QCOMPARE(plan.take, 0);
    }

    void nothingDueMeansNoBatch()
    {
        auto in = running();
        in.mayBeDue = false;
        QVERIFY(!OutboxPlan::make(in).write);
    }

    void anAnswerWaitsForTheNextBatchButNotForLong()
    {
        auto in = running();
        in.mayBeDue = false;
        in.inFlight = 3;
        in.answers = 1;
        in.oldestAnswerAgeMs = 10;
        OutboxPlan plan = OutboxPlan::make(in);
        QVERIFY(!plan.write);
        QCOMPARE(plan.againInMs, 40);
        in.oldestAnswerAgeMs = 50;
        plan = OutboxPlan::make(in);
        QVERIFY(plan.write);
        QCOMPARE(plan.take, 0);
    }

    void theLastAnswerIsWrittenAtOnce()
    {
        auto in = running();
        in.mayBeDue = false;
        in.answers = 1;
        QVERIFY(OutboxPlan::make(in).write);
    }

    void pauseAndStopPutTakenItemsBackAndTakeNothing()
    {
        auto in = running();
        in.taking = false;
        in.ready = 5;
        in.answers = 2;
        const OutboxPlan plan = OutboxPlan::make(in);
        QVERIFY(plan.write);
        QVERIFY(plan.putBack);
        QCOMPARE(plan.take, 0);
    }

    void resumingTakesAgain()
    {
        auto in = running();
        in.taking = false;
        QVERIFY(!OutboxPlan::make(in).write);
        in.taking = true;
        QVERIFY(OutboxPlan::make(in).take > 0);
    }

    void aFailedBatchBlocksWritingUntilItsRetryTime()
    {
        auto in = running();
        in.answers = 3;
        in.writeBlocked = true;
        const OutboxPlan plan = OutboxPlan::make(in);
        QVERIFY(!plan.write);
        QCOMPARE(plan.take, 0);
        QCOMPARE(plan.againInMs, -1);
    }

    void backoffDoublesWithinItsJitterAndStopsAtTheCap()
    {
        const QDateTime now = firstAttempt();
        RetryPolicy::Settings s;
        s.baseDelayMs = 1000;
        s.maxDelayMs = 60000;
        s.jitter = 0.2;
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 1, -1, s, 0)), 1000);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 2, -1, s, 0)), 2000);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 4, -1, s, 0)), 8000);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 3, -1, s, 1)), 4800);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 3, -1, s, -1)), 3200);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 30, -1, s, 0)), 60000);
        // Never sooner than the platform asked.
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 1, 30, s, 0)), 30000);
        QCOMPARE(now.msecsTo(RetryPolicy::nextAttempt(now, 5, 2, s, 0)), 16000);
    }

    void aLookUpSearchesTheNameTrimmed()
    {
        const auto query = UncertainMatch::queryFor(
            lead({{"name", "  Harbour gala  "}, {"sourceId", 105}}), firstAttempt());
        QCOMPARE(query.action, QString("getLeadList"));
        const QJsonObject filter = query.body.value("filter").toObject();
        QCOMPARE(filter.value("name").toString(), QString("Harbour gala"));
        QCOMPARE(filter.value("createdDate__GREATERTHAN").toString(),
                 QString("2026-12-07 10:00:00 UTC"));
    }

    void ourLeadIsFoundOnEveryFieldWeSent()
    {
        const QJsonObject body {{"name", " Harbour gala "},
                                {"sourceId", 105},
                                {"typeId", 3},
                                {"stageId", 47},
                                {"description", "Gala dinner"},
                                {"qualityId", 2},
                                {"channelId", 8},
                                {"contactId", 5050},
                                {"ownerUserId", 549}};
        const QJsonObject same {{"name", "Harbour gala"},
                                {"sourceId", 105},
                                {"typeId", 3},
                                {"stageId", 47},
                                {"description", "Gala dinner"},
                                {"qualityId", 2},
                                {"channelId", 8},
                                {"contact", QJsonObject {{"id", 5050}}},
                                {"ownerUser", QJsonObject {{"id", 549}}}};
        const auto verdict
            = UncertainMatch::judge(lead(body), {listed(22501, same)}, {}, firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::Found);
        QCOMPARE(verdict.recordId, 22501);
    }

    void aLookAlikeThatDiffersInAnyFieldWeSentIsNotOurs_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("theirs");
        QTest::newRow("description") << "description" << QJsonValue("Wedding");
        QTest::newRow("quality") << "qualityId" << QJsonValue(3);
        QTest::newRow("channel") << "channelId" << QJsonValue(9);
        QTest::newRow("owner") << "ownerUser" << QJsonValue(QJsonObject {{"id", 550}});
        QTest::newRow("contact") << "contact" << QJsonValue(QJsonObject {{"id", 5051}});
        QTest::newRow("no contact") << "contact" << QJsonValue(QJsonValue::Null);
    }

    void aLookAlikeThatDiffersInAnyFieldWeSentIsNotOurs()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, theirs);
        const QJsonObject body {{"name", "Harbour gala"}, {"description", "Gala dinner"},
                                {"qualityId", 2},         {"channelId", 8},
                                {"contactId", 5050},      {"ownerUserId", 549}};
        QJsonObject record {{"name", "Harbour gala"},
                            {"description", "Gala dinner"},
                            {"qualityId", 2},
                            {"channelId", 8},
                            {"contact", QJsonObject {{"id", 5050}}},
                            {"ownerUser", QJsonObject {{"id", 549}}}};
        record.insert(field, theirs);
        const auto verdict
            = UncertainMatch::judge(lead(body), {listed(22501, record)}, {}, firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::NotFound);
    }

    void aLeadMadeBeforeOurFirstAttemptIsSomeoneElses()
    {
        const QJsonObject body {{"name", "Harbour gala"}};
        const auto verdict = UncertainMatch::judge(
            lead(body), {listed(22400, {{"name", "Harbour gala"}}, "2026-12-07 09:59:58 UTC")}, {},
            firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::NotFound);
    }

    void aLeadAnotherItemClaimedIsNeverOurs()
    {
        const QJsonObject body {{"name", "Harbour gala"}};
        const QJsonArray both {listed(22501, {{"name", "Harbour gala"}}),
                               listed(22502, {{"name", "Harbour gala"}})};
        const auto verdict = UncertainMatch::judge(lead(body), both, {22501}, firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::Found);
        QCOMPARE(verdict.recordId, 22502);
    }

    void twoCandidatesAreNeverGuessedBetween()
    {
        const QJsonObject body {{"name", "Harbour gala"}};
        const QJsonArray both {listed(22501, {{"name", "Harbour gala"}}),
                               listed(22502, {{"name", "harbour gala"}})};
        const auto verdict = UncertainMatch::judge(lead(body), both, {}, firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::Ambiguous);
        QCOMPARE(verdict.candidates, (QList<qint64> {22501, 22502}));
    }

    void aNewContactMadeWithTheLeadMustAgreeToo()
    {
        const QJsonObject body {
            {"name", "Harbour gala"},
            {"contact", QJsonObject {{"email", "noor@harbour.example"}, {"firstName", "Noor"}}}};
        const auto ours
            = UncertainMatch::judge(lead(body),
                                    {listed(22501,
                                            {{"name", "Harbour gala"},
                                             {"contact",
                                              QJsonObject {{"id", 9001},
                                                           {"email", "NOOR@harbour.example"},
                                                           {"firstName", "Noor"}}}})},
                                    {}, firstAttempt());
        QCOMPARE(ours.kind, UncertainMatch::Verdict::Kind::Found);
        const auto theirs = UncertainMatch::judge(
            lead(body),
            {listed(22502,
                    {{"name", "Harbour gala"},
                     {"contact", QJsonObject {{"id", 9002}, {"email", "sam@harbour.example"}}}})},
            {}, firstAttempt());
        QCOMPARE(theirs.kind, UncertainMatch::Verdict::Kind::NotFound);
    }

    void aContactIsFoundByWhatItWasWrittenWith()
    {
        OutboxItem contact;
        contact.kind = QStringLiteral("contact");
        contact.body = {{"email", " Noor@Harbour.example"}, {"firstName", "Noor"}};
        const auto query = UncertainMatch::queryFor(contact, firstAttempt());
        QCOMPARE(query.action, QString("getContactList"));
        QCOMPARE(query.body.value("filter").toObject().value("email").toString(),
                 QString("Noor@Harbour.example"));
        const auto verdict = UncertainMatch::judge(
            contact,
            {listed(9001, {{"email", "noor@harbour.example"}, {"firstName", "Noora"}}),
             listed(9002, {{"email", "noor@harbour.example"}, {"firstName", "noor"}})},
            {}, firstAttempt());
        QCOMPARE(verdict.kind, UncertainMatch::Verdict::Kind::Found);
        QCOMPARE(verdict.recordId, 9002);
    }
};

QTEST_APPLESS_MAIN(TestOutboxPlan)
#include "tst_outboxplan.moc"
