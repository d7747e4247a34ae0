#include "services/outboxsender.h"

#include "platform/platformclient.h"
#include "platform/platformerrorjson.h"
#include "services/outboxbatch.h"
#include "services/outboxfollower.h"
#include "services/outboxrequests.h"
#include "services/reachabilityprobe.h"
#include "services/sendverdict.h"
#include "services/uncertainmatch.h"
#include "store/outboxstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

using State = OutboxItem::State;

OutboxSender::OutboxSender(PlatformClient *client, OutboxStore *store, QString profile,
                           const OutboxSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_spread([] { return QRandomGenerator::global()->generateDouble() * 2 - 1; })
    , m_wake(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_probe(new ReachabilityProbe(client, this))
    , m_follower(
          new OutboxFollower(store, m_profile, qMin(1000, settings->otherProcessPollMs), this))
    , m_poll(new QTimer(this))
    , m_batch(new OutboxBatch(
          client, settings, [this] { return now(); }, this))
    , m_requests(new OutboxRequests(
          client, store, m_profile, settings, m_batch,
          [this](const QString &kind) {
              QSet<qint64> claimed;
              for (const Change &change : std::as_const(m_changes))
                  if (change.state == State::Sent && change.item.kind == kind)
                      claimed.insert(change.recordId);
              return claimed;
          },
          [this] { return now(); }, this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, [this] {
        m_mayBeDue = true;
        pump();
    });
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, &OutboxSender::pump);
    connect(m_probe, &ReachabilityProbe::reachable, this, [this] { setOnline(true); });
    connect(m_probe, &ReachabilityProbe::unreachable, this,
            [this](const QString &reason) { setOnline(false, reason); });
    connect(m_probe, &ReachabilityProbe::credentialsRefused, this, &OutboxSender::pause);
    connect(m_poll, &QTimer::timeout, this, &OutboxSender::scheduleWake);
    connect(m_follower, &OutboxFollower::changed, this, &OutboxSender::changed);
    connectBatch();
    connect(m_follower, &OutboxFollower::tookOver, this, [this] {
        Q_EMIT followingChanged(QString());
        if (m_running)
            lead();
    });
}

OutboxSender::~OutboxSender()
{
    // What already went out stays "sending" and is looked for after the next start.
    m_requests->abandon();
    m_batch->abandon();
    settle();
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_follower->claim()) {
        if (!m_follower->problem().isEmpty()) {
            m_running = false;
            return Q_EMIT storeFailed(m_follower->problem());
        }
        qCInfo(lcOutbox).noquote() << "following:" << m_follower->holder() << "sends";
        return Q_EMIT followingChanged(m_follower->holder());
    }
    lead();
}

void OutboxSender::lead()
{
    m_mayBeDue = true;
    // Only the process that holds the lock may do this: another process's in-flight items look
    // just as interrupted, and would be looked for before they exist, then sent again.
    const auto interrupted = m_store->itemsIn(m_profile, State::Sending);
    // Whether one request or a whole batch was on its way, it may still be landing.
    if (m_store->recoverInterrupted(m_profile) && interrupted)
        m_batch->watchRecovered(interrupted.value());
    // Pings are worth it while something waits and the platform is thought unreachable.
    m_probe->start(m_settings->probeIntervalMs, [this] {
        const auto pending = m_store->pendingCount(m_profile);
        return !m_online || (pending && pending.value() > 0);
    });
    // Items another LeadDesk queues (the CLI's) are noticed at the next look.
    m_poll->start(m_settings->otherProcessPollMs);
    pump();
}

void OutboxSender::stop()
{
    m_running = false;
    m_wake->stop();
    m_probe->stop();
    m_poll->stop();
    m_follower->stop();
    // Taken items that did not go out are put back.
    if (!m_ready.isEmpty())
        pumpSoon();
}

QString OutboxSender::sendingElsewhere() const
{
    return m_follower->isFollowing() ? m_follower->holder() : QString();
}

void OutboxSender::queuedHere(qint64 id)
{
    m_queuedHere.insert(id);
    if (m_flushTotal > 0)
        ++m_flushTotal;
    wake();
}

bool OutboxSender::isHandling(qint64 id) const
{
    return m_requests->contains(id) || m_batch->isHandling(id)
        || std::any_of(m_changes.cbegin(), m_changes.cend(),
                       [id](const Change &c) { return c.item.id == id; });
}

void OutboxSender::emitChange(const OutboxItem &item, OutboxItem::State state, const QString &text,
                              const PlatformError &error, const QDateTime &next, qint64 recordId)
{
    Q_EMIT changed(OutboxChange::of(item, state, now(), text, error, next, recordId));
}

void OutboxSender::pumpSoon()
{
    if (!m_soon->isActive() || m_soon->remainingTime() > 0)
        m_soon->start(0);
}

void OutboxSender::record(const OutboxItem &item, OutboxItem::State state, const QString &text,
                          const PlatformError &error, const QDateTime &next, qint64 recordId,
                          const QList<qint64> &candidates)
{
    if (m_changes.isEmpty())
        m_oldestChangeMs = nowMs();
    m_changes.append({item, state, text, error, next, recordId, candidates});
    pumpSoon();
}

Result<bool> OutboxSender::write(const Change &change)
{
    const qint64 id = change.item.id;
    switch (change.state) {
    case State::Sent:
        return m_store->markSent(id, change.recordId);
    case State::NeedsFix:
        return m_store->markNeedsFix(id, change.text, PlatformErrorJson::toJson(change.error));
    case State::Uncertain:
        return m_store->markUncertain(id, change.text, change.next,
                                      change.candidates.isEmpty()
                                          ? PlatformErrorJson::toJson(change.error)
                                          : UncertainMatch::candidatesJson(change.candidates));
    default:
        return m_store->markQueued(id, change.text, change.next);
    }
}

// Exactly once holds across batches: an item is "sending" on disk before its request goes out,
// and an answer shows (changed) only once it is on disk. Until then the store says
// "sending", which after a crash means a look on the platform, never a blind second send.
void OutboxSender::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const bool taking = m_running && !m_follower->isFollowing() && !isPaused();
    // Items taken in earlier batches go first: they are "sending" on disk already.
    if (taking)
        startReady();
    const qint64 nowMillis = nowMs();
    OutboxPlan::Input input;
    input.taking = taking;
    input.answers = int(m_changes.size());
    input.oldestAnswerAgeMs = m_changes.isEmpty() ? 0 : nowMillis - m_oldestChangeMs;
    input.ready = int(m_ready.size());
    input.inFlight = inFlight();
    input.mayBeDue = m_mayBeDue;
    input.writeBlocked = nowMillis < m_writeRetryAtMs;
    input.maxInFlight = m_settings->maxInFlight;
    input.takeAhead = m_settings->takeAhead;
    input.answerDelayMs = m_settings->answerDelayMs;
    input.batching = m_batch->enabled();
    input.batchSize = qBound(1, m_settings->batchSize, BatchRun::kMaxJobs);
    const OutboxPlan plan = OutboxPlan::make(input);
    if (!plan.write) {
        if (plan.againInMs >= 0)
            m_soon->start(int(plan.againInMs));
        m_pumping = false;
        scheduleWake();
        return;
    }

    Batch batch;
    const QList<Change> changes = std::exchange(m_changes, {});
    const auto done = m_store->batch([&]() -> Result<bool> {
        for (const Change &change : changes) {
            const auto stored = write(change);
            if (stored)
                batch.written.append(change);
            else
                report(stored); // the item moved on meanwhile (removed, edited)
        }
        return writeBatch(plan, batch);
    });
    if (!done) {
        // Nothing was written and nothing more goes out; the answers wait for the next batch.
        report(done);
        m_changes = changes + m_changes;
        m_writeRetryAtMs = nowMillis + 1000;
        m_pumping = false;
        setStoreProblem(done.error());
        scheduleWake();
        return;
    }
    m_writeRetryAtMs = 0;
    setStoreProblem(QString());
    // Nothing more is due until time passes or something changes; an answer written now
    // (say, "not there: send again now") may have made an item due.
    if (plan.take > 0)
        m_mayBeDue = !batch.exhausted;
    const QDateTime when = now();
    for (const Change &change : std::as_const(batch.written))
        if ((change.state == State::Queued || change.state == State::Uncertain)
            && change.next <= when)
            m_mayBeDue = true;
    if (plan.putBack)
        m_ready.clear();
    announce(batch, plan.putBack);
    m_ready += batch.taken;
    if (taking)
        startReady();
    m_pumping = false;
    scheduleWake();
    // More may be due, or the answers of this batch's items may already wait.
    if ((taking && m_mayBeDue && int(m_ready.size()) < m_settings->maxInFlight && !input.batching)
        || !m_changes.isEmpty())
        pumpSoon();
}

Result<bool> OutboxSender::writeBatch(const OutboxPlan &plan, Batch &batch)
{
    if (plan.putBack) {
        for (const Taken &t : std::as_const(m_ready)) {
            const auto back = putBack(t);
            if (back)
                batch.returned.append(t);
            else
                report(back);
        }
    }
    return plan.take > 0 ? takeDue(plan.take, batch) : Result<bool>::success(true);
}

Result<bool> OutboxSender::takeDue(int wanted, Batch &batch)
{
    const QDateTime when = now();
    const QList<qint64> only = m_onlyQueuedHere ? m_queuedHere.values() : QList<qint64>();
    if (m_onlyQueuedHere && only.isEmpty()) {
        batch.exhausted = true;
        return Result<bool>::success(true);
    }
    const auto due = m_store->due(m_profile, when, wanted, only);
    if (!due) {
        report(Result<bool>::failure(due.error()));
        return Result<bool>::success(true);
    }
    batch.exhausted = due.value().size() < wanted;
    const QList<qint64> sending = m_requests->ids();
    QSet<qint64> busy(sending.cbegin(), sending.cend());
    for (const Taken &t : std::as_const(m_ready))
        busy.insert(t.item.id);
    QList<OutboxItem> sends;
    for (const OutboxItem &item : due.value()) {
        if (busy.contains(item.id))
            continue;
        if (item.state == State::Uncertain && !item.isUpdate()) {
            // Not due again while the answer is awaited.
            const auto guarded = m_store->markUncertain(
                item.id, item.lastError, when.addMSecs(2 * qint64(m_client->transferTimeout())),
                item.problems);
            if (guarded)
                batch.taken.append({item, true});
            else
                report(guarded);
        } else {
            sends.append(item);
        }
    }
    QList<qint64> ids;
    for (const OutboxItem &item : std::as_const(sends))
        ids.append(item.id);
    const auto marked = m_store->markSending(ids, when);
    if (!marked)
        return Result<bool>::failure(marked.error());
    for (const OutboxItem &item : std::as_const(sends))
        if (marked.value().contains(item.id))
            batch.taken.append({item, false});
    if (m_flushTotal == 0 && !batch.taken.isEmpty()) {
        const auto pending = m_store->pendingCount(m_profile);
        m_flushDone = 0;
        m_flushTotal
            = m_onlyQueuedHere ? int(m_queuedHere.size()) : (pending ? pending.value() : 0);
    }
    return Result<bool>::success(true);
}

void OutboxSender::announce(const Batch &batch, bool putBack)
{
    if (putBack)
        for (const Taken &t : std::as_const(batch.returned))
            emitChange(t.item, t.lookUp ? State::Uncertain : State::Queued, t.item.lastError);
    updateProgress();
    for (const Change &change : std::as_const(batch.written)) {
        const bool finished = change.state == State::Sent || change.state == State::NeedsFix;
        if (finished)
            ++m_flushDone;
        if (change.state == State::Sent)
            m_queuedHere.remove(change.item.id);
        emitChange(change.item, change.state, change.text, change.error, change.next,
                   change.recordId);
        if (finished)
            updateProgress();
    }
}

// Before the outbox goes: answers still waiting are written, taken items put back. (Whatever is
// still in flight stays "sending" and is looked for after the next start.)
void OutboxSender::settle()
{
    if (m_changes.isEmpty() && m_ready.isEmpty())
        return;
    const auto done = m_store->batch([this]() -> Result<bool> {
        for (const Change &change : std::as_const(m_changes))
            report(write(change));
        for (const Taken &t : std::as_const(m_ready))
            report(putBack(t));
        return Result<bool>::success(true);
    });
    report(done);
    m_changes.clear();
    m_ready.clear();
}

void OutboxSender::startReady()
{
    // Enough creates taken: they go out as batch runs, one slot each.
    while (m_batch->enabled() && inFlight() < m_settings->maxInFlight) {
        const QList<int> batch
            = OutboxPlan::batchOf(m_ready, m_settings->batchThreshold,
                                  qBound(1, m_settings->batchSize, BatchRun::kMaxJobs));
        if (batch.isEmpty())
            break;
        QList<OutboxItem> items;
        for (auto i = batch.crbegin(); i != batch.crend(); ++i)
            items.prepend(m_ready.takeAt(*i).item);
        for (const OutboxItem &item : std::as_const(items))
            emitChange(item, State::Sending);
        m_batch->send(items);
    }
    while (!m_ready.isEmpty() && inFlight() < m_settings->maxInFlight) {
        const Taken next = m_ready.takeFirst();
        if (next.lookUp)
            m_requests->lookFor(next.item);
        else
            send(next.item);
    }
}

void OutboxSender::scheduleWake()
{
    if (!m_running || m_follower->isFollowing() || isPaused())
        return;
    // A finishing send pumps again; with every slot busy there is nothing to schedule (and the
    // MIN() below reads every waiting row).
    if (inFlight() >= m_settings->maxInFlight)
        return;
    // Items already being handled do not count: "Send now" makes a create that is being
    // looked for due again, and waking for it would spin until the answer came.
    QList<qint64> handled = m_requests->ids();
    for (const Taken &t : std::as_const(m_ready))
        handled.append(t.item.id);
    QDateTime next;
    if (!m_onlyQueuedHere || !m_queuedHere.isEmpty())
        next = m_store->nextDue(m_profile, handled,
                                m_onlyQueuedHere ? m_queuedHere.values() : QList<qint64>());
    if (next.isValid() && next >= UncertainMatch::heldForPerson())
        next = QDateTime();
    if (inFlight() == 0 && m_changes.isEmpty() && m_ready.isEmpty() && !m_batch->isWatching()
        && (!next.isValid() || next > now())) {
        // The flush is over: what is left waits for its retry time, or nothing is left.
        m_flushTotal = m_flushDone = 0;
        Q_EMIT idle();
    }
    qint64 wait = next.isValid()
        ? qBound<qint64>(0, now().msecsTo(next), qint64(m_settings->retry.maxDelayMs))
        : -1;
    if (m_writeRetryAtMs > 0)
        wait = qMax(wait, m_writeRetryAtMs - nowMs());
    if (wait < 0) {
        m_wake->stop();
        return;
    }
    if (!m_wake->isActive() || m_wake->remainingTime() > wait)
        m_wake->start(int(wait));
}

QDateTime OutboxSender::nextAttempt(int attempts, int retryAfterSeconds) const
{
    return RetryPolicy::nextAttempt(now(), attempts, retryAfterSeconds, m_settings->retry,
                                    m_spread());
}

// The item is "sending" on disk already (pump()).
void OutboxSender::send(const OutboxItem &item)
{
    // The attempt count and first-sent time the store now holds.
    OutboxItem sent = item;
    sent.attempts += 1;
    if (!sent.firstSentAt.isValid())
        sent.firstSentAt = now();
    sent.lastSentAt = now();
    emitChange(sent, State::Sending);
    m_requests->send(sent);
}

void OutboxSender::onSent(const OutboxItem &item, const PlatformResult &result)
{
    const SendVerdict verdict = SendVerdict::of(item.isUpdate(), result);
    if (verdict.state == State::Sent) {
        // Written with the next batch; until then the store says "sending", which after a
        // crash means a look on the platform, never a second copy.
        record(item, State::Sent, {}, {}, {}, verdict.recordId);
        return setOnline(true);
    }
    if (!verdict.pauseReason.isEmpty()) {
        record(item, verdict.state, verdict.text, verdict.error, now());
        return pause(verdict.pauseReason);
    }
    if (verdict.state == State::NeedsFix)
        return record(item, State::NeedsFix, verdict.text, verdict.error);
    if (verdict.unreachable)
        setOnline(false, verdict.text);
    record(item, verdict.state, verdict.text, verdict.error,
           nextAttempt(item.attempts, verdict.error.retryAfterSeconds));
}

// The look-up failed: still unknown, looked for again later.
void OutboxSender::onLookedFor(const OutboxItem &item, const PlatformResult &result)
{
    if (result.error.isCredentialProblem())
        pause(tr("The platform refused the API key or secret: %1").arg(result.error.toString()));
    record(item, State::Uncertain, result.error.toString(),
           PlatformErrorJson::fromJson(item.problems),
           nextAttempt(item.attempts, result.error.retryAfterSeconds));
}

void OutboxSender::updateProgress()
{
    if (m_flushTotal > 0)
        Q_EMIT progress(qMin(m_flushDone, m_flushTotal), m_flushTotal);
}

void OutboxSender::sendNow()
{
    m_mayBeDue = true;
    report(m_store->makeDueNow(m_profile));
    resume();
    pump();
}

void OutboxSender::resume()
{
    if (m_pauseReason.isEmpty())
        return;
    m_pauseReason.clear();
    m_mayBeDue = true;
    Q_EMIT pausedChanged(false, QString());
    pump();
}

void OutboxSender::pause(const QString &reason)
{
    if (m_pauseReason == reason)
        return;
    m_pauseReason = reason;
    qCWarning(lcOutbox) << "outbox paused";
    // Taken items that did not go out are put back.
    if (!m_ready.isEmpty())
        pumpSoon();
    Q_EMIT pausedChanged(true, reason);
}

void OutboxSender::setOnline(bool online, const QString &reason)
{
    m_offlineReason = online ? QString() : reason;
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online) {
        // Back online: what waited for the connection goes now, not at its backoff time.
        report(m_store->makeDueNow(m_profile));
        m_mayBeDue = true;
        pump();
    }
}

void OutboxSender::setStoreProblem(const QString &problem)
{
    if (m_storeProblem == problem)
        return;
    m_storeProblem = problem;
    if (!problem.isEmpty())
        Q_EMIT storeFailed(problem);
}

void OutboxSender::report(const Result<bool> &stored)
{
    if (!stored)
        qCWarning(lcOutbox).noquote() << stored.error();
}

Result<bool> OutboxSender::untake(qint64 id)
{
    for (int i = 0; i < m_ready.size(); ++i) {
        if (m_ready.at(i).item.id != id)
            continue;
        return putBack(m_ready.takeAt(i));
    }
    return Result<bool>::success(true);
}

Result<bool> OutboxSender::putBack(const Taken &taken)
{
    // Taken ahead of a free slot, never sent: back as it was, due now.
    return taken.lookUp ? m_store->markUncertain(taken.item.id, taken.item.lastError, QDateTime(),
                                                 taken.item.problems)
                        : m_store->putBack(taken.item.id);
}

void OutboxSender::connectBatch()
{
    connect(m_requests, &OutboxRequests::sent, this, &OutboxSender::onSent);
    connect(m_requests, &OutboxRequests::lookUpFailed, this, &OutboxSender::onLookedFor);
    connect(m_requests, &OutboxRequests::lookedFor, this,
            [this](const OutboxItem &item, const UncertainMatch::Next &next) {
                record(item, next.state, next.text, next.error, next.next, next.recordId,
                       next.candidates);
            });
    connect(m_batch, &OutboxBatch::answered, this, &OutboxSender::onSent);
    connect(m_batch, &OutboxBatch::lost, this,
            [this](const OutboxItem &item, const QString &text, const PlatformError &error,
                   const QDateTime &next) { record(item, State::Uncertain, text, error, next); });
    connect(m_batch, &OutboxBatch::notRun, this, [this](const OutboxItem &item) {
        m_ready.prepend({item, false});
        pumpSoon();
    });
    connect(m_batch, &OutboxBatch::ended, this, &OutboxSender::pumpSoon);
    connect(m_batch, &OutboxBatch::notice, this, &OutboxSender::batchNotice);
    connect(m_batch, &OutboxBatch::refused, this, &OutboxSender::batchRefused);
}

void OutboxSender::forget(qint64 id)
{
    m_queuedHere.remove(id);
    m_batch->forget(id);
}

int OutboxSender::inFlight() const
{
    return m_requests->count() + m_batch->running();
}
