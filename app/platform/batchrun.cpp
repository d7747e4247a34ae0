#include "platform/batchrun.h"

#include "platform/platformclient.h"
#include "platform/platformlog.h"
#include "platform/platformreply.h"
#include "platform/responsemapper.h"

#include <QTimer>

namespace {
// batch_progress.md, batch_results.md.
constexpr int kBatchNotFoundForProgress = 24105;
constexpr int kBatchNotCompleted = 24114;
constexpr int kBatchNotFoundForResults = 24115;
// Not in the documentation: what an account that may not use batch is told (the sandbox's
// choice for --batch refused).
constexpr int kBatchNotEnabled = 24090;

QJsonObject asyncBody(const QString &asyncId)
{
    return QJsonObject {{QStringLiteral("async"), asyncId}};
}
} // namespace

BatchRun::BatchRun(PlatformClient *client, QList<Job> jobs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(std::move(jobs))
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        PlatformError error;
        error.kind = PlatformError::Kind::Timeout;
        error.requestMayHaveArrived = true;
        error.message = tr("The platform did not finish the batch within %n minute(s).", nullptr,
                           qMax(1, m_deadlineMs / 60000));
        finish(Outcome::Stage::Lost, error);
    });
}

BatchRun::~BatchRun()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool BatchRun::isRefusal(const PlatformError &error)
{
    if (error.kind != PlatformError::Kind::Platform && error.kind != PlatformError::Kind::Http)
        return false;
    if (error.specificCode == kBatchNotEnabled)
        return true;
    if (error.isCredentialProblem() || error.isStaleRequest() || error.isTransient())
        return false;
    const int status = error.httpStatus ? error.httpStatus : error.errorCode;
    // No such call, or the account may not make it. A clear refusal of these jobs (format,
    // too many) also means none ran; single requests still can.
    return status >= 400 && status < 500;
}

PlatformReply *BatchRun::call(const QString &action, const QJsonObject &body)
{
    m_reply = m_client->call(QStringLiteral("batch"), action, body);
    return m_reply;
}

void BatchRun::start()
{
    if (m_started)
        return;
    m_started = true;
    QJsonArray jobs;
    for (const Job &job : std::as_const(m_jobs))
        jobs.append(QJsonObject {{QStringLiteral("namespace"), job.nameSpace},
                                 {QStringLiteral("action"), job.action},
                                 {QStringLiteral("params"), job.params}});
    PlatformReply *reply = call(QStringLiteral("run"), {{QStringLiteral("jobs"), jobs}});
    // A busy answer may come after the jobs were queued: never sent twice.
    reply->setResendWhenBusy(false);
    connect(reply, &PlatformReply::finished, this, &BatchRun::onRun);
    if (m_deadlineMs > 0)
        m_deadline->start(m_deadlineMs);
}

void BatchRun::abort()
{
    if (m_finished)
        return;
    PlatformError error;
    error.kind = PlatformError::Kind::Cancelled;
    error.requestMayHaveArrived = m_started;
    error.message = tr("The batch was stopped before its results were read.");
    finish(m_started ? Outcome::Stage::Lost : Outcome::Stage::NotRun, error);
}

void BatchRun::onRun(const PlatformResult &result)
{
    m_reply = nullptr;
    if (!result.ok()) {
        const PlatformError &error = result.error;
        if (isRefusal(error)) {
            m_outcome.refused = true;
            return finish(Outcome::Stage::NotRun, error);
        }
        // Refused credentials or clock, or the platform never got it: nothing ran.
        const bool notRun
            = error.isCredentialProblem() || error.isStaleRequest() || !error.requestMayHaveArrived;
        return finish(notRun ? Outcome::Stage::NotRun : Outcome::Stage::Lost, error);
    }
    const QJsonValue id = result.object().value(QStringLiteral("asyncId"));
    if (!id.isString() || id.toString().isEmpty()) {
        PlatformError error;
        error.kind = PlatformError::Kind::Malformed;
        error.requestMayHaveArrived = true;
        error.message = tr("The platform's answer to a batch run holds no asyncId.");
        return finish(Outcome::Stage::Lost, error);
    }
    m_asyncId = id.toString();
    m_outcome.asyncId = m_asyncId;
    qCDebug(lcPlatform) << "batch of" << m_jobs.size() << "jobs running";
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &BatchRun::poll);
    m_timer->start(m_pollMs);
}

void BatchRun::poll()
{
    connect(call(QStringLiteral("progress"), asyncBody(m_asyncId)), &PlatformReply::finished, this,
            &BatchRun::onProgress);
}

void BatchRun::onProgress(const PlatformResult &result)
{
    m_reply = nullptr;
    if (!result.ok())
        return readFailed(result, &BatchRun::poll);
    m_failedReads = 0;
    const int percent = result.object().value(QStringLiteral("progress")).toInt(-1);
    if (percent >= 0)
        Q_EMIT progressed(qMin(100, percent));
    if (percent >= 100)
        return askResults();
    m_timer->start(m_pollMs);
}

void BatchRun::askResults()
{
    connect(call(QStringLiteral("results"), asyncBody(m_asyncId)), &PlatformReply::finished, this,
            &BatchRun::onResults);
}

void BatchRun::onResults(const PlatformResult &result)
{
    m_reply = nullptr;
    if (!result.ok() && result.error.specificCode == kBatchNotCompleted) {
        // Progress ran ahead of the results: ask again after a while.
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, &BatchRun::askResults);
        return m_timer->start(m_pollMs);
    }
    if (!result.ok())
        return readFailed(result, &BatchRun::askResults);
    const QJsonValue results = result.object().value(QStringLiteral("results"));
    if (!results.isArray()) {
        PlatformError error;
        error.kind = PlatformError::Kind::Malformed;
        error.requestMayHaveArrived = true;
        error.message = tr("The platform's batch results hold no list of results.");
        return finish(Outcome::Stage::Lost, error);
    }
    m_outcome.jobs = match(m_jobs, results.toArray());
    finish(Outcome::Stage::Done);
}

void BatchRun::readFailed(const PlatformResult &result, void (BatchRun::*again)())
{
    const PlatformError &error = result.error;
    const bool gone = error.specificCode == kBatchNotFoundForProgress
        || error.specificCode == kBatchNotFoundForResults;
    if (gone || error.isCredentialProblem() || ++m_failedReads > m_readRetries)
        return finish(Outcome::Stage::Lost, error);
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, again);
    m_timer->start(m_pollMs);
}

void BatchRun::finish(Outcome::Stage stage, const PlatformError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_outcome.stage = stage;
    m_outcome.error = error;
    if (m_outcome.jobs.size() != m_jobs.size())
        m_outcome.jobs = QList<std::optional<PlatformResult>>(m_jobs.size());
    Q_EMIT finished(m_outcome);
}

QList<std::optional<PlatformResult>> BatchRun::match(const QList<Job> &jobs,
                                                     const QJsonArray &results)
{
    QList<std::optional<PlatformResult>> matched(jobs.size());
    const auto same = [](const Job &job, const QJsonObject &result) {
        return result.value(QStringLiteral("namespace")).toString() == job.nameSpace
            && result.value(QStringLiteral("action")).toString() == job.action
            && result.value(QStringLiteral("request")).toObject() == job.params;
    };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        qsizetype job = -1;
        if (i < jobs.size() && !matched.at(i) && same(jobs.at(i), result)) {
            job = i;
        } else {
            for (qsizetype j = 0; j < jobs.size() && job < 0; ++j)
                if (!matched.at(j) && same(jobs.at(j), result))
                    job = j;
        }
        if (job >= 0)
            matched[job] = ResponseMapper::mapAnswer(result.value(QStringLiteral("response")));
    }
    return matched;
}
