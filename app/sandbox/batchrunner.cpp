#include "sandbox/batchrunner.h"

#include "sandbox/sandboxcodes.h"
#include "sandbox/sandboxlog.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>

namespace {
// Without a delay, jobs run in slices this long so requests (progress polls among them) are
// answered in between.
constexpr qint64 SliceMilliseconds = 10;
} // namespace

BatchRunner::BatchRunner(Dispatch dispatch, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_dispatch(std::move(dispatch))
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BatchRunner::runDue);
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::setJobDelay(int milliseconds)
{
    m_jobDelay = qMax(0, milliseconds);
    if (m_timer->isActive())
        schedule();
}

int BatchRunner::pendingJobs() const
{
    int pending = 0;
    for (const QString &id : m_queue) {
        const Batch &batch = *m_batches.constFind(id);
        pending += int(batch.jobs.size() - batch.results.size());
    }
    return pending;
}

ApiResult BatchRunner::run(const QJsonObject &body)
{
    QList<BatchJobs::Job> jobs;
    if (auto error = BatchJobs::parse(body, &jobs))
        return ApiResult::error(*error);
    forgetOld();
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_batches.insert(id, Batch {std::move(jobs), {}, {}});
    m_queue.append(id);
    qCDebug(lcSandbox) << "batch" << id << "queued with" << m_batches[id].jobs.size() << "jobs";
    if (!m_timer->isActive())
        schedule();
    return ApiResult::ok(QJsonObject {{QLatin1String("asyncId"), id}});
}

void BatchRunner::schedule()
{
    if (!m_queue.isEmpty())
        m_timer->start(m_jobDelay);
}

void BatchRunner::runDue()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_queue.isEmpty()) {
        Batch &batch = m_batches[m_queue.constFirst()];
        const BatchJobs::Job &job = batch.jobs.at(batch.results.size());
        const ApiResult answer = m_dispatch(job.nameSpace, job.action, job.params);
        batch.results.append(QJsonObject {
            {QLatin1String("namespace"), job.nameSpace},
            {QLatin1String("action"), job.action},
            {QLatin1String("request"), job.params},
            {QLatin1String("response"),
             answer.body.isArray() ? QJsonValue(answer.body.array())
                                   : QJsonValue(answer.body.object())},
        });
        if (batch.finished()) {
            batch.finishedAt = m_clock();
            m_finished.append(m_queue.takeFirst());
        }
        if (m_jobDelay > 0 || slice.elapsed() >= SliceMilliseconds)
            break;
    }
    schedule();
}

void BatchRunner::forgetOld()
{
    const QDateTime now = m_clock();
    while (!m_finished.isEmpty()) {
        const Batch &oldest = *m_batches.constFind(m_finished.constFirst());
        if (m_finished.size() <= KeepFinished && oldest.finishedAt.secsTo(now) < KeepSeconds)
            break;
        m_batches.remove(m_finished.takeFirst());
    }
}

const BatchRunner::Batch *BatchRunner::find(const QJsonObject &body,
                                            std::optional<SandboxError> *error) const
{
    const QJsonValue async = body.value(QLatin1String("async"));
    if (async.isUndefined()) {
        *error = SandboxError::required(QStringLiteral("async"));
        return nullptr;
    }
    if (!async.isString()) {
        *error = SandboxError::doesNotValidate(QStringLiteral("async"),
                                               QStringLiteral("Value must be a string"));
        return nullptr;
    }
    const auto it = m_batches.constFind(async.toString());
    if (it == m_batches.constEnd())
        return nullptr;
    if (it->finished() && it->finishedAt.secsTo(m_clock()) >= KeepSeconds)
        return nullptr;
    return &*it;
}

ApiResult BatchRunner::progress(const QJsonObject &body) const
{
    std::optional<SandboxError> error;
    const Batch *batch = find(body, &error);
    if (error)
        return ApiResult::error(*error);
    if (!batch) {
        return ApiResult::error(SandboxError(404, SandboxCodes::BatchNotFoundForProgress,
                                             QStringLiteral("Could not find batch")));
    }
    const auto percent = int(batch->results.size() * 100 / batch->jobs.size());
    return ApiResult::ok(QJsonObject {{QLatin1String("progress"), percent}});
}

ApiResult BatchRunner::results(const QJsonObject &body) const
{
    std::optional<SandboxError> error;
    const Batch *batch = find(body, &error);
    if (error)
        return ApiResult::error(*error);
    if (!batch) {
        return ApiResult::error(SandboxError(404, SandboxCodes::BatchNotFoundForResults,
                                             QStringLiteral("Could not find batch")));
    }
    if (!batch->finished()) {
        return ApiResult::error(SandboxError(400, SandboxCodes::BatchNotCompleted,
                                             QStringLiteral("Batch job not completed")));
    }
    return ApiResult::ok(
        QJsonObject {{QLatin1String("asyncId"), body.value(QLatin1String("async"))},
                     {QLatin1String("results"), batch->results}});
}
