#pragma once

#include "platform/platformresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class PlatformClient;
class PlatformReply;
class QTimer;

/// One run of the platform's batch namespace (platform-docs batch_run.md, batch_progress.md,
/// batch_results.md): `run` with up to 200 jobs, `progress` by the asyncId until the work is
/// done, then `results`, each mapped back to the job it answers (the results echo each job's
/// request). One `finished(outcome)`, like a PlatformReply.
///
/// Progress and results are reads, so a failed one is asked again a few times. What could not
/// be learned is said plainly in the outcome: a run that may have reached the platform but
/// whose asyncId never came back, or whose results could not be read, is Lost, and its jobs may
/// still be landing.
class BatchRun : public QObject
{
    Q_OBJECT

public:
    /// The most jobs one run may carry (batch_run.md, specific code 24448).
    static constexpr int kMaxJobs = 200;

    struct Job
    {
        QString nameSpace;
        QString action;
        QJsonObject params;
    };

    struct Outcome
    {
        enum class Stage
        {
            Done, ///< every job that has a result is in `jobs`
            NotRun, ///< the platform did not take the run: none of the jobs ran
            Lost, ///< the run may have reached the platform; what it did is unknown
        };
        Stage stage = Stage::Done;
        /// NotRun: the platform does not take batch runs at all (404, or not enabled).
        bool refused = false;
        PlatformError error; ///< what went wrong with run, progress or results
        QString asyncId;
        /// Per job, in the order given: its answer, or nothing when the results did not say.
        QList<std::optional<PlatformResult>> jobs;
    };

    BatchRun(PlatformClient *client, QList<Job> jobs, QObject *parent = nullptr);
    ~BatchRun() override;

    /// How long to wait between two progress questions.
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    /// How often a failed progress or results question is asked again before the run is Lost.
    void setReadRetries(int retries) { m_readRetries = retries; }
    /// No results this long after the run: Lost (the platform may still be working on it).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

    void start();
    /// Stops asking; `finished` follows at once with the run Lost (or NotRun before `run` went).
    void abort();
    int jobCount() const { return int(m_jobs.size()); }
    const QList<Job> &jobs() const { return m_jobs; }

    /// Whether an answer to `run` says the platform does not do batch runs for us, so single
    /// requests should be used instead.
    static bool isRefusal(const PlatformError &error);
    /// The results (batch_results.md) matched to `jobs`: by position when the echoed request
    /// agrees, otherwise by the first unmatched job with the same namespace, action and request.
    static QList<std::optional<PlatformResult>> match(const QList<Job> &jobs,
                                                      const QJsonArray &results);

Q_SIGNALS:
    /// The platform's percentage of the work done.
    void progressed(int percent);
    void finished(const BatchRun::Outcome &outcome);

private:
    void onRun(const PlatformResult &result);
    void poll();
    void onProgress(const PlatformResult &result);
    void askResults();
    void onResults(const PlatformResult &result);
    /// A failed read: asked again after the poll interval, or the run is Lost.
    void readFailed(const PlatformResult &result, void (BatchRun::*again)());
    void finish(Outcome::Stage stage, const PlatformError &error = {});
    PlatformReply *call(const QString &action, const QJsonObject &body);

    PlatformClient *m_client;
    QList<Job> m_jobs;
    QPointer<PlatformReply> m_reply;
    QTimer *m_timer;
    QTimer *m_deadline;
    QString m_asyncId;
    int m_pollMs = 500;
    int m_readRetries = 3;
    int m_deadlineMs = 15 * 60 * 1000;
    int m_failedReads = 0;
    bool m_started = false;
    bool m_finished = false;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(BatchRun::Outcome)
