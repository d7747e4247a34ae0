#include "platform/batchrun.h"
#include "services/lostbatchwatch.h"
#include "services/outboxplan.h"

#include <QJsonArray>
#include <QTest>

/// Batch sending's pure parts: which taken items go out as one batch run, how much a batching
/// outbox takes, how batch results map back to their jobs, what counts as the platform refusing
/// batch runs, and when a record of a lost batch is sent again (walked through on a fake clock).
class TestBatchPlan : public QObject
{
    Q_OBJECT

private:
    static OutboxPlan::Taken taken(qint64 id, const QString &kind = QStringLiteral("lead"),
                                   bool update = false, bool lookUp = false)
    {
        OutboxPlan::Taken t;
        t.item.id = id;
        t.item.kind = kind;
        t.item.body = QJsonObject {{"name", QStringLiteral("Lead %1").arg(id)}};
        if (update)
            t.item.body.insert("id", 9000 + id);
        t.lookUp = lookUp;
        return t;
    }

    static QList<OutboxPlan::Taken> creates(int count)
    {
        QList<OutboxPlan::Taken> list;
        for (int i = 0; i < count; ++i)
            list.append(taken(i + 1));
        return list;
    }

    static QDateTime at(int seconds)
    {
        return QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0), Qt::UTC).addSecs(seconds);
    }

    static BatchRun::Job job(int serial)
    {
        return {QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
                QJsonObject {{"name", QStringLiteral("Lead %1").arg(serial)}, {"sourceId", 1}}};
    }

    static QJsonObject result(const BatchRun::Job &job, const QJsonObject &response)
    {
        return QJsonObject {{"namespace", job.nameSpace},
                            {"action", job.action},
                            {"request", job.params},
                            {"response", response}};
    }

private Q_SLOTS:
    void twentyCreatesGoOutOneByOneTwentyOneAsABatch()
    {
        QVERIFY(OutboxPlan::batchOf(creates(20), 20, 200).isEmpty());
        QCOMPARE(OutboxPlan::batchOf(creates(21), 20, 200).size(), 21);
    }

    void aBatchCarriesAtMostBatchSizeInTheOrderTaken()
    {
        const QList<int> batch = OutboxPlan::batchOf(creates(450), 20, 200);
        QCOMPARE(batch.size(), 200);
        QCOMPARE(batch.first(), 0);
        QCOMPARE(batch.last(), 199);
    }

    void updatesLookUpsAndOtherKindsStayOutOfABatch()
    {
        QList<OutboxPlan::Taken> list = creates(21);
        list.insert(3, taken(100, QStringLiteral("lead"), true));
        list.insert(5, taken(101, QStringLiteral("lead"), false, true));
        list.insert(7, taken(102, QStringLiteral("note")));
        const QList<int> batch = OutboxPlan::batchOf(list, 20, 200);
        QCOMPARE(batch.size(), 21);
        for (int i : batch) {
            QVERIFY(!list.at(i).item.isUpdate());
            QVERIFY(!list.at(i).lookUp);
            QVERIFY(list.at(i).item.kind == QLatin1String("lead"));
        }
        // With only the creates counted, 20 of them are not enough.
        list.removeLast();
        QVERIFY(OutboxPlan::batchOf(list, 20, 200).isEmpty());
    }

    void contactsAndCompaniesGoInBatchesToo()
    {
        QList<OutboxPlan::Taken> list;
        for (int i = 0; i < 11; ++i) {
            list.append(taken(i, QStringLiteral("contact")));
            list.append(taken(100 + i, QStringLiteral("company")));
        }
        QCOMPARE(OutboxPlan::batchOf(list, 20, 200).size(), 22);
    }

    void aBatchingOutboxTakesAWholeBatchPerFreeSlot()
    {
        OutboxPlan::Input in;
        in.taking = true;
        in.maxInFlight = 6;
        in.takeAhead = 32;
        in.batching = true;
        in.batchSize = 200;
        QCOMPARE(OutboxPlan::make(in).take, 6 * 200 + 32);
        in.inFlight = 5;
        in.ready = 32;
        QCOMPARE(OutboxPlan::make(in).take, 200);
        // Every slot busy: only the usual few wait ahead.
        in.inFlight = 6;
        in.ready = 0;
        QCOMPARE(OutboxPlan::make(in).take, 32);
        in.batching = false;
        in.inFlight = 0;
        QCOMPARE(OutboxPlan::make(in).take, 6 + 32);
    }

    void resultsMapBackToTheirJobsWhateverTheirOrder()
    {
        const QList<BatchRun::Job> jobs {job(1), job(2), job(3)};
        const QJsonArray results {
            result(jobs.at(2), {{"success", true}, {"id", 503}}),
            result(jobs.at(0), {{"success", true}, {"id", 501}}),
            result(jobs.at(1),
                   {{"errorCode", 400},
                    {"specificCode", 24122},
                    {"message", "'sourceId' is not a valid lead source"}}),
        };
        const auto matched = BatchRun::match(jobs, results);
        QCOMPARE(matched.size(), 3);
        QVERIFY(matched.at(0) && matched.at(0)->ok());
        QCOMPARE(matched.at(0)->object().value("id").toInt(), 501);
        QCOMPARE(matched.at(2)->object().value("id").toInt(), 503);
        QVERIFY(matched.at(1) && !matched.at(1)->ok());
        QCOMPARE(matched.at(1)->error.kind, PlatformError::Kind::Platform);
        QCOMPARE(matched.at(1)->error.fieldKeys, QStringList {"sourceId"});
    }

    void aJobTheResultsDoNotMentionHasNoAnswer()
    {
        const QList<BatchRun::Job> jobs {job(1), job(2), job(1)};
        // Two identical requests: each result is taken once, in order.
        const QJsonArray results {result(jobs.at(0), {{"success", true}, {"id", 7}}),
                                  result(jobs.at(0), {{"success", true}, {"id", 8}})};
        const auto matched = BatchRun::match(jobs, results);
        QCOMPARE(matched.at(0)->object().value("id").toInt(), 7);
        QVERIFY(!matched.at(1));
        QCOMPARE(matched.at(2)->object().value("id").toInt(), 8);
    }

    void aResultWhoseRequestDiffersIsNoJobsAnswer()
    {
        BatchRun::Job other = job(1);
        other.params.insert("sourceId", 2);
        const auto matched
            = BatchRun::match({job(1)}, QJsonArray {result(other, {{"success", true}})});
        QVERIFY(!matched.at(0));
    }

    void refusalsAreToldFromFailuresThatMayHaveRun_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("specific");
        QTest::addColumn<bool>("refusal");
        using K = PlatformError::Kind;
        QTest::newRow("404 no such call") << int(K::Http) << 404 << 0 << true;
        QTest::newRow("not enabled (403)") << int(K::Platform) << 403 << 24090 << true;
        QTest::newRow("incorrect job format") << int(K::Platform) << 400 << 24092 << true;
        QTest::newRow("credentials (401)") << int(K::Platform) << 401 << 0 << false;
        QTest::newRow("503") << int(K::Http) << 503 << 0 << false;
        QTest::newRow("500") << int(K::Platform) << 500 << 0 << false;
        QTest::newRow("no answer") << int(K::Network) << 0 << 0 << false;
        QTest::newRow("garbage") << int(K::Malformed) << 200 << 0 << false;
    }

    void refusalsAreToldFromFailuresThatMayHaveRun()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, specific);
        QFETCH(bool, refusal);
        PlatformError error;
        error.kind = PlatformError::Kind(kind);
        error.httpStatus = status;
        error.errorCode = kind == int(PlatformError::Kind::Platform) ? status : 0;
        error.specificCode = specific;
        QCOMPARE(BatchRun::isRefusal(error), refusal);
    }

    void aLostBatchIsSentAgainOnlyOnceNothingMoreLandsForTheSettleWindow()
    {
        LostBatchWatch watch;
        watch.watch({1, 2, 3}, at(0));
        QCOMPARE(watch.groupSize(2), 3);
        // Missed at first, and the window counts from the first miss.
        QVERIFY(!watch.notFound(1, at(1), 10000));
        QVERIFY(!watch.notFound(2, at(1), 10000));
        QVERIFY(!watch.notFound(1, at(9), 10000));
        // One lands at 9 s: the batch is still landing, the window starts again.
        watch.found(3, at(9));
        QVERIFY(!watch.isWatched(3));
        QVERIFY(!watch.notFound(1, at(12), 10000));
        QVERIFY(!watch.notFound(2, at(18), 10000));
        QVERIFY(watch.notFound(1, at(19), 10000));
        QVERIFY(!watch.isWatched(1));
        QVERIFY(watch.notFound(2, at(19), 10000));
        QVERIFY(watch.isEmpty());
    }

    void anItemLookedUpLateStillWaitsAWholeWindow()
    {
        LostBatchWatch watch;
        watch.watch({1, 2}, at(0));
        // First looked up long after the batch went: it waits a window from that first miss.
        QVERIFY(!watch.notFound(1, at(60), 10000));
        QVERIFY(watch.notFound(1, at(70), 10000));
    }

    void batchesAreWatchedApartAndForgettingEmptiesTheWatch()
    {
        LostBatchWatch watch;
        watch.watch({1, 2}, at(0));
        watch.watch({3}, at(0));
        QVERIFY(!watch.notFound(1, at(0), 5000));
        QVERIFY(!watch.notFound(3, at(0), 5000));
        // A find in the first batch does not hold back the second.
        watch.found(2, at(4));
        QVERIFY(!watch.notFound(1, at(6), 5000));
        QVERIFY(watch.notFound(3, at(6), 5000));
        watch.forget(1);
        QVERIFY(watch.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
