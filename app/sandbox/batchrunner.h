#pragma once

#include "sandbox/apiresult.h"
#include "sandbox/batchjobs.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>

#include <functional>

class QTimer;

// The batch namespace's work: run queues the jobs and answers an asyncId at once; the jobs then
// run one after another from the event loop, each through the sandbox's own routing, while
// progress and results answer from what has run so far. Batches run in the order they came.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    // Runs one job as the sandbox would answer it on its own.
    using Dispatch = std::function<ApiResult(const QString &nameSpace, const QString &action,
                                             const QJsonObject &params)>;

    BatchRunner(Dispatch dispatch, std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~BatchRunner() override;

    ApiResult run(const QJsonObject &body);
    ApiResult progress(const QJsonObject &body) const;
    ApiResult results(const QJsonObject &body) const;

    // Slow mode: every job waits this long before it runs (0: as fast as the event loop allows).
    void setJobDelay(int milliseconds);
    int jobDelay() const { return m_jobDelay; }
    // Jobs accepted but not yet run, over all batches.
    int pendingJobs() const;

    // Results are kept this long after a batch finished (batch_results.md: 2 days), and at
    // most this many finished batches.
    static constexpr qint64 KeepSeconds = 2 * 24 * 3600;
    static constexpr int KeepFinished = 200;

private:
    struct Batch
    {
        QList<BatchJobs::Job> jobs;
        QJsonArray results;
        QDateTime finishedAt;
        bool finished() const { return results.size() == jobs.size(); }
    };

    void runDue();
    void schedule();
    void forgetOld();
    // The batch `body` names by its "async" key, or nullptr; `error` is set when the key is
    // missing or not a string.
    const Batch *find(const QJsonObject &body, std::optional<SandboxError> *error) const;

    Dispatch m_dispatch;
    std::function<QDateTime()> m_clock;
    QHash<QString, Batch> m_batches;
    QList<QString> m_queue; // ids of unfinished batches, oldest first
    QList<QString> m_finished; // ids of finished batches, oldest first
    QTimer *m_timer;
    int m_jobDelay = 0;
};
