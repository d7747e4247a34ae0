// The batch namespace (batch_run.md, batch_progress.md, batch_results.md): run answers an
// asyncId and the jobs land afterwards, progress and results follow them, results echo each
// job's request; the limits and errors; and the switches that refuse batch, slow it down or
// cut off its answer, so a client's fallback and lost-answer handling can be tested.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {
QJsonArray requiredLeadFields()
{
    return QJsonArray {
        QJsonObject {{"fieldId", 900}, {"fieldValue", "2027-01-15"}},
        QJsonObject {{"fieldId", 901}, {"fieldValue", 25}},
        QJsonObject {{"fieldId", 902}, {"fieldValue", "under-5k"}},
        QJsonObject {{"fieldId", 909}, {"fieldValue", "V1000"}},
    };
}

QJsonObject lead(const QString &name)
{
    return {{"name", name},
            {"sourceId", 101},
            {"typeId", 3},
            {"stageId", 10},
            {"industryId", 409},
            {"contactId", 5050},
            {"customFields", requiredLeadFields()}};
}

QJsonObject job(const QString &nameSpace, const QString &action, const QJsonObject &params)
{
    return {{"namespace", nameSpace}, {"action", action}, {"params", params}};
}

QJsonObject leadJob(const QString &name)
{
    return job("contact", "addOrUpdateLead", lead(name));
}

QJsonArray leadJobs(const QString &prefix, int count)
{
    QJsonArray jobs;
    for (int i = 0; i < count; ++i)
        jobs.append(leadJob(QStringLiteral("%1 %2").arg(prefix).arg(i)));
    return jobs;
}
} // namespace

Q_DECLARE_METATYPE(SandboxServer::BatchSupport)

class TestSandboxBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runsJobsAndEchoesRequests();
    void runAnswersBeforeJobsLand();
    void twoHundredJobsButNotMore();
    void malformedRuns_data();
    void malformedRuns();
    void unknownBatch();
    void refusedOrMissing_data();
    void refusedOrMissing();
    void lostRunAnswerStillLands();
    void resultsKeptTwoDays();
    void programOptions();

private:
    SandboxReply batch(const QString &action, const QJsonObject &body,
                       const SandboxCallOptions &options = {})
    {
        return m_client->call("batch", action, body, options);
    }
    // Polls progress until 100; the values seen on the way, in order.
    QList<int> waitForCompletion(const QString &asyncId, int timeoutMs = 20000);

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxBatch::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxBatch::init()
{
    m_server->setBatchSupport(SandboxServer::BatchSupport::Available);
    m_server->setBatchJobDelay(0);
    m_server->setClock({});
    QTRY_COMPARE(m_server->pendingBatchJobs(), 0);
}

QList<int> TestSandboxBatch::waitForCompletion(const QString &asyncId, int timeoutMs)
{
    QList<int> seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const SandboxReply reply = batch("progress", {{"async", asyncId}});
        if (reply.status != 200)
            break;
        const int progress = reply.object().value("progress").toInt(-1);
        if (seen.isEmpty() || seen.constLast() != progress)
            seen.append(progress);
        if (progress == 100)
            break;
        QTest::qWait(20);
    }
    return seen;
}

void TestSandboxBatch::runsJobsAndEchoesRequests()
{
    const int before = m_server->leadCount();
    QJsonArray jobs = leadJobs("Batch lead", 5);
    jobs.insert(2, job("contact", "addOrUpdateLead", QJsonObject {{"sourceId", 101}}));
    jobs.append(job("test", "ping", {}));
    jobs.append(job("venue", "getVenueList", {}));
    const SandboxReply run = batch("run", {{"jobs", jobs}, {"callbackUrl", "http://x.invalid/"}});
    QCOMPARE(run.status, 200);
    const QString asyncId = run.object().value("asyncId").toString();
    QVERIFY2(QRegularExpression("^[0-9a-f]{32}$").match(asyncId).hasMatch(), qPrintable(asyncId));

    QCOMPARE(waitForCompletion(asyncId).constLast(), 100);
    const SandboxReply results = batch("results", {{"async", asyncId}});
    QCOMPARE(results.status, 200);
    QCOMPARE(results.object().value("asyncId").toString(), asyncId);
    const QJsonArray answers = results.results();
    QCOMPARE(answers.size(), jobs.size());
    QList<qint64> created;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject answer = answers.at(i).toObject();
        const QJsonObject sent = jobs.at(i).toObject();
        QCOMPARE(answer.value("namespace"), sent.value("namespace"));
        QCOMPARE(answer.value("action"), sent.value("action"));
        QCOMPARE(answer.value("request"), sent.value("params"));
        const QJsonObject response = answer.value("response").toObject();
        if (response.contains("id"))
            created.append(response.value("id").toInteger());
    }
    // The lead without a name is refused by the same rules as a single request.
    QCOMPARE(answers.at(2).toObject().value("response").toObject().value("specificCode"), 23017);
    QCOMPARE(answers.at(6).toObject().value("response").toObject().keys(), QStringList({"ack"}));
    QCOMPARE(answers.at(7).toObject().value("response").toObject().value("errorCode"), 404);

    QCOMPARE(m_server->leadCount(), before + 5);
    QCOMPARE(created.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_server->lead(created.at(i)).value("name").toString(),
                 QStringLiteral("Batch lead %1").arg(i));
    }
}

void TestSandboxBatch::runAnswersBeforeJobsLand()
{
    m_server->setBatchJobDelay(150);
    const int before = m_server->leadCount();
    const SandboxReply run = batch("run", {{"jobs", leadJobs("Slow lead", 4)}});
    QCOMPARE(run.status, 200);
    const QString asyncId = run.object().value("asyncId").toString();
    QCOMPARE(m_server->leadCount(), before);
    QCOMPARE(m_server->pendingBatchJobs(), 4);

    const SandboxReply early = batch("results", {{"async", asyncId}});
    QCOMPARE(early.status, 400);
    QCOMPARE(early.specificCode(), 24114);

    const QList<int> seen = waitForCompletion(asyncId);
    QCOMPARE(seen.constFirst(), 0);
    QCOMPARE(seen.constLast(), 100);
    QVERIFY2(seen.size() >= 3, "progress between 0 and 100 was never seen");
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(m_server->leadCount(), before + 4);
    QCOMPARE(batch("results", {{"async", asyncId}}).results().size(), 4);
}

void TestSandboxBatch::twoHundredJobsButNotMore()
{
    const int before = m_server->leadCount();
    const SandboxReply tooMany = batch("run", {{"jobs", leadJobs("Too many", 201)}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.specificCode(), 24448);
    QCOMPARE(tooMany.message(),
             QStringLiteral("The maximum number of jobs can be put on a single request is 200"));
    QCOMPARE(m_server->pendingBatchJobs(), 0);

    const SandboxReply full = batch("run", {{"jobs", leadJobs("Full batch", 200)}});
    QCOMPARE(full.status, 200);
    QCOMPARE(waitForCompletion(full.object().value("asyncId").toString()).constLast(), 100);
    QCOMPARE(m_server->leadCount(), before + 200);
}

void TestSandboxBatch::malformedRuns_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("specificCode");
    QTest::newRow("no jobs") << QJsonObject {} << 23017;
    QTest::newRow("jobs not an array") << QJsonObject {{"jobs", "all"}} << 24092;
    QTest::newRow("no job") << QJsonObject {{"jobs", QJsonArray {}}} << 24093;
    QTest::newRow("job not an object")
        << QJsonObject {{"jobs", QJsonArray {leadJob("ok"), 7}}} << 24092;
    QTest::newRow("job without action")
        << QJsonObject {{"jobs",
                         QJsonArray {
                             QJsonObject {{"namespace", "contact"}, {"params", lead("x")}}}}}
        << 24093;
    QTest::newRow("empty namespace")
        << QJsonObject {{"jobs", QJsonArray {job(" ", "addOrUpdateLead", lead("x"))}}} << 24093;
    QTest::newRow("params not an object")
        << QJsonObject {{"jobs",
                         QJsonArray {QJsonObject {{"namespace", "contact"},
                                                  {"action", "addOrUpdateLead"},
                                                  {"params", "name=x"}}}}}
        << 24092;
    QTest::newRow("a batch in a batch")
        << QJsonObject {{"jobs", QJsonArray {job("batch", "run", {{"jobs", QJsonArray {}}})}}}
        << 24092;
    QTest::newRow("callback not a string")
        << QJsonObject {{"jobs", QJsonArray {leadJob("x")}}, {"callbackUrl", 5}} << 23016;
}

void TestSandboxBatch::malformedRuns()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, specificCode);
    const int before = m_server->leadCount();
    const SandboxReply reply = batch("run", body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), specificCode);
    // Nothing of a refused run is carried out, not even its good jobs.
    QCOMPARE(m_server->pendingBatchJobs(), 0);
    QTest::qWait(50);
    QCOMPARE(m_server->leadCount(), before);
}

void TestSandboxBatch::unknownBatch()
{
    const QJsonObject unknown {{"async", "0123456789abcdef0123456789abcdef"}};
    const SandboxReply progress = batch("progress", unknown);
    QCOMPARE(progress.status, 404);
    QCOMPARE(progress.specificCode(), 24105);
    const SandboxReply results = batch("results", unknown);
    QCOMPARE(results.status, 404);
    QCOMPARE(results.specificCode(), 24115);
    QCOMPARE(batch("progress", {}).specificCode(), 23017);
    QCOMPARE(batch("results", {{"async", 12}}).specificCode(), 23016);
}

void TestSandboxBatch::refusedOrMissing_data()
{
    QTest::addColumn<SandboxServer::BatchSupport>("support");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("specificCode");
    QTest::newRow("refused") << SandboxServer::BatchSupport::Refused << 403 << 24090;
    QTest::newRow("missing") << SandboxServer::BatchSupport::Missing << 404 << 23010;
}

void TestSandboxBatch::refusedOrMissing()
{
    QFETCH(SandboxServer::BatchSupport, support);
    QFETCH(int, status);
    QFETCH(int, specificCode);
    const SandboxReply accepted = batch("run", {{"jobs", leadJobs("Before", 1)}});
    const QJsonObject async {{"async", accepted.object().value("asyncId")}};
    const int before = m_server->leadCount();

    m_server->setBatchSupport(support);
    for (const auto &[action, body] :
         {std::pair<QString, QJsonObject> {"run", {{"jobs", leadJobs("Refused", 3)}}},
          {"progress", async},
          {"results", async}}) {
        const SandboxReply reply = batch(action, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.specificCode(), specificCode);
    }
    QTest::qWait(50);
    QCOMPARE(m_server->leadCount(), before);
    // Single requests still work: the client's fallback has somewhere to go.
    QCOMPARE(m_client->call("contact", "addOrUpdateLead", lead("Single instead")).status, 200);
    QCOMPARE(m_server->leadCount(), before + 1);
}

void TestSandboxBatch::lostRunAnswerStillLands()
{
    m_server->setBatchJobDelay(20);
    m_server->dropBatchRunAnswers(1);
    const int before = m_server->leadCount();
    const SandboxReply lost = batch("run", {{"jobs", leadJobs("Lost answer", 3)}});
    QVERIFY(!lost.object().contains("asyncId"));
    // The platform took the batch all the same: its leads land without an asyncId to follow.
    QTRY_COMPARE(m_server->leadCount(), before + 3);
    QCOMPARE(m_server->pendingBatchJobs(), 0);
    // Only one answer was to be lost.
    const SandboxReply next = batch("run", {{"jobs", leadJobs("Answered", 1)}});
    QCOMPARE(next.status, 200);
    QVERIFY(next.object().contains("asyncId"));
    QTRY_COMPARE(m_server->leadCount(), before + 4);
}

void TestSandboxBatch::resultsKeptTwoDays()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_server->setClock([&now]() { return now; });
    SandboxCallOptions options;
    options.date = now;
    const SandboxReply run = batch("run", {{"jobs", leadJobs("Kept", 1)}}, options);
    const QJsonObject async {{"async", run.object().value("asyncId")}};
    QTRY_COMPARE(m_server->pendingBatchJobs(), 0);
    QCOMPARE(batch("results", async, options).status, 200);

    now = now.addSecs(2 * 24 * 3600 - 60);
    options.date = now;
    QCOMPARE(batch("results", async, options).status, 200);
    now = now.addSecs(120);
    options.date = now;
    QCOMPARE(batch("results", async, options).specificCode(), 24115);
    QCOMPARE(batch("progress", async, options).specificCode(), 24105);
}

void TestSandboxBatch::programOptions()
{
    QProcess program;
    program.start(QStringLiteral(LEADDESK_BIN_DIR "/leaddesk-sandbox"),
                  {"--batch", "missing", "--batch-job-delay", "10"});
    QVERIFY(program.waitForStarted(5000));
    QVERIFY(program.waitForReadyRead(10000));
    const QUrl address(QString::fromUtf8(program.readLine().trimmed()));
    SandboxClient client(address);
    const SandboxReply reply = client.call("batch", "run", {{"jobs", leadJobs("Program", 1)}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.specificCode(), 23010);
    program.terminate();
    QVERIFY(program.waitForFinished(5000));

    QProcess bad;
    bad.start(QStringLiteral(LEADDESK_BIN_DIR "/leaddesk-sandbox"), {"--batch", "sometimes"});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 1);
    QCOMPARE(bad.readAllStandardError().trimmed(),
             QByteArray("leaddesk-sandbox: --batch needs available, refused or missing, not "
                        "'sometimes'"));
}

QTEST_GUILESS_MAIN(TestSandboxBatch)
#include "tst_sandboxbatch.moc"
