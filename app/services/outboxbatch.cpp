#include "services/outboxbatch.h"

#include "model/recordkind.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

OutboxBatch::OutboxBatch(PlatformClient *client, const OutboxSettings *settings,
                         std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_clock(std::move(clock))
{ }

OutboxBatch::~OutboxBatch()
{
    abandon();
}

void OutboxBatch::send(const QList<OutboxItem> &items)
{
    Run run;
    QList<BatchRun::Job> jobs;
    const QDateTime now = m_clock();
    for (const OutboxItem &item : items) {
        // The attempt count and times the store now holds (it took the item).
        OutboxItem sent = item;
        sent.attempts += 1;
        if (!sent.firstSentAt.isValid())
            sent.firstSentAt = now;
        sent.lastSentAt = now;
        run.taken.append(item);
        run.sent.append(sent);
        m_handling.insert(item.id);
        jobs.append({QStringLiteral("contact"),
                     recordKindAction(recordKindFromName(item.kind).value_or(RecordKind::Lead)),
                     item.body});
    }
    auto *batch = new BatchRun(m_client, std::move(jobs), this);
    batch->setPollInterval(m_settings->batchPollMs);
    m_runs.insert(batch, run);
    connect(batch, &BatchRun::finished, this,
            [this, batch](const BatchRun::Outcome &outcome) { onFinished(batch, outcome); });
    qCInfo(lcOutbox) << "sending" << items.size() << "creates in one batch run";
    batch->start();
}

void OutboxBatch::abandon()
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        it.key()->disconnect(this);
        delete it.key();
    }
    m_runs.clear();
    m_handling.clear();
}

void OutboxBatch::onFinished(BatchRun *batch, const BatchRun::Outcome &outcome)
{
    const Run run = m_runs.take(batch);
    batch->deleteLater();
    for (const OutboxItem &item : run.taken)
        m_handling.remove(item.id);
    using Stage = BatchRun::Outcome::Stage;
    if (outcome.stage == Stage::NotRun && outcome.refused) {
        if (m_refusal.isEmpty()) {
            // Its own words: a 403 would read as a refused key, which it is not.
            m_refusal = outcome.error.message.isEmpty() ? outcome.error.toString()
                                                        : outcome.error.message;
            qCWarning(lcOutbox).noquote() << "the platform refused a batch run:" << m_refusal;
            Q_EMIT refused(tr("The platform does not take batch requests (%1); LeadDesk sends "
                              "one request per record for the rest of this session.")
                               .arg(m_refusal));
        }
        for (const OutboxItem &item : run.taken)
            Q_EMIT notRun(item);
    } else if (outcome.stage == Stage::NotRun) {
        // Never reached the platform, or the key or clock was refused: as a single send.
        PlatformResult result;
        result.error = outcome.error;
        for (const OutboxItem &item : run.sent)
            Q_EMIT answered(item, result);
    } else if (outcome.stage == Stage::Lost) {
        markLost(run.sent, outcome.error);
    } else {
        QList<OutboxItem> missing;
        for (int i = 0; i < run.sent.size(); ++i) {
            const auto &answer = outcome.jobs.value(i);
            if (answer)
                Q_EMIT answered(run.sent.at(i), *answer);
            else
                missing.append(run.sent.at(i));
        }
        if (!missing.isEmpty()) {
            PlatformError error;
            error.kind = PlatformError::Kind::Malformed;
            error.requestMayHaveArrived = true;
            error.message = tr("The platform's batch results did not include this record.");
            markLost(missing, error);
        }
    }
    Q_EMIT ended();
}

void OutboxBatch::markLost(const QList<OutboxItem> &items, const PlatformError &error)
{
    QList<qint64> ids;
    for (const OutboxItem &item : items)
        ids.append(item.id);
    const QDateTime now = m_clock();
    m_watch.watch(ids, now);
    const QString text = tr("Sent in a batch whose outcome is unknown (%1); LeadDesk looks up "
                            "what landed before it sends anything again.")
                             .arg(error.toString());
    qCWarning(lcOutbox).noquote() << items.size() << "batch item(s) lost:" << error.toString();
    Q_EMIT notice(tr("Waiting for the platform to finish a batch of %n record(s); looking up "
                     "what landed.",
                     nullptr, int(items.size())));
    const QDateTime next = now.addMSecs(m_settings->batchLookAgainMs);
    for (const OutboxItem &item : items)
        Q_EMIT lost(item, text, error, next);
}

void OutboxBatch::watchRecovered(const QList<OutboxItem> &items)
{
    QList<qint64> ids;
    for (const OutboxItem &item : items)
        if (!item.isUpdate())
            ids.append(item.id);
    if (ids.isEmpty())
        return;
    m_watch.watch(ids, m_clock());
    Q_EMIT notice(tr("%n record(s) were on their way when LeadDesk last stopped; looking up "
                     "what landed before anything is sent again.",
                     nullptr, int(ids.size())));
}

UncertainMatch::Next OutboxBatch::afterLookUp(const OutboxItem &item,
                                              const UncertainMatch::Verdict &verdict,
                                              int landingWindowSeconds)
{
    using Kind = UncertainMatch::Verdict::Kind;
    const QDateTime now = m_clock();
    if (verdict.kind != Kind::NotFound) {
        if (verdict.kind == Kind::Found)
            m_watch.found(item.id, now);
        else
            m_watch.forget(item.id);
        return UncertainMatch::after(item, verdict, now, landingWindowSeconds);
    }
    UncertainMatch::Next next;
    if (m_watch.notFound(item.id, now, m_settings->batchSettleMs)) {
        // Nothing more of its batch has landed for the settle window: it never will.
        next.state = OutboxItem::State::Queued;
        next.next = now;
        qCInfo(lcOutbox) << "item" << item.id << "did not land with its batch; sent again";
        return next;
    }
    next.state = OutboxItem::State::Uncertain;
    next.text = tr("Not on the platform yet; its batch may still be landing. LeadDesk looks again "
                   "before it sends it again.");
    next.next = now.addMSecs(m_settings->batchLookAgainMs);
    return next;
}
