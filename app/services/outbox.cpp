#include "services/outbox.h"

#include "model/recordmodel.h"
#include "model/valuechecks.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/recordsubmitter.h"
#include "store/outboxstore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cmath>

Q_LOGGING_CATEGORY(lcOutbox, "leaddesk.outbox")

namespace {
QString platformTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

RecordKind kindOf(const QString &name)
{
    if (name == QStringLiteral("company"))
        return RecordKind::Company;
    if (name == QStringLiteral("contact"))
        return RecordKind::Contact;
    return RecordKind::Lead;
}

QJsonObject problemsOf(const PlatformError &error)
{
    return {{QStringLiteral("message"), error.message},
            {QStringLiteral("additionalMessages"),
             QJsonArray::fromStringList(error.additionalMessages)}};
}

bool sameText(const QJsonValue &a, const QJsonValue &b)
{
    return a.toString().trimmed().compare(b.toString().trimmed(), Qt::CaseInsensitive) == 0;
}

bool sameId(const QJsonValue &a, const QJsonValue &b)
{
    return ValueChecks::toId(a) == ValueChecks::toId(b);
}
} // namespace

Outbox::Outbox(PlatformClient *client, OutboxStore *store, QString profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_wake(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_probe(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, [this] {
        m_mayBeDue = true;
        pump();
    });
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, &Outbox::pump);
    connect(m_probe, &QTimer::timeout, this, &Outbox::probe);
}

Outbox::~Outbox()
{
    // A call must not try again once its outbox is gone (a retry after 429/503 or a stale
    // date): the next outbox finds the item "sending", looks for it on the platform, does not
    // find it yet, and sends it again, and then the late retry lands too: a duplicate
    // (tst_outboxfaults, closedMidFlushIsRecoveredWithoutDuplicates). What already went out
    // stays "sending" and is looked for.
    for (const auto &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    settle();
}

void Outbox::start()
{
    if (m_running)
        return;
    m_running = true;
    m_mayBeDue = true;
    const auto recovered = m_store->recoverInterrupted(m_profile);
    if (recovered && recovered.value() > 0)
        qCInfo(lcOutbox) << recovered.value() << "item(s) were being sent when LeadDesk stopped";
    // Reachability from the system where a backend exists; otherwise pings tell.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_network = QNetworkInformation::instance();
        connect(m_network, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        probe();
                    else if (reachability == QNetworkInformation::Reachability::Disconnected)
                        setOnline(false, tr("This computer has no network connection."));
                });
    }
    m_probe->start(m_settings.probeIntervalMs);
    pump();
}

void Outbox::stop()
{
    m_running = false;
    m_wake->stop();
    m_probe->stop();
    // Taken items that did not go out are put back.
    if (!m_ready.isEmpty())
        pumpSoon();
}

Result<qint64> Outbox::queue(qint64 itemId, const QString &kind, const QString &title,
                             const QJsonObject &draft, const QJsonObject &body)
{
    qint64 id = itemId;
    if (id <= 0) {
        auto created = m_store->createDraft(m_profile, kind, title, draft);
        if (!created)
            return created;
        id = created.value();
    }
    auto queued = m_store->queue(id, title, draft, body);
    if (!queued)
        return Result<qint64>::failure(queued.error());
    if (m_flushTotal > 0)
        ++m_flushTotal;
    Q_EMIT itemChanged(id, OutboxItem::State::Queued);
    // Send after the caller has connected to the item's signals.
    m_mayBeDue = true;
    pumpSoon();
    return Result<qint64>::success(id);
}

void Outbox::sendNow()
{
    m_mayBeDue = true;
    report(m_store->makeDueNow(m_profile));
    resume();
    pump();
}

void Outbox::resume()
{
    if (m_pauseReason.isEmpty())
        return;
    m_pauseReason.clear();
    m_mayBeDue = true;
    Q_EMIT pausedChanged(false, QString());
    pump();
}

void Outbox::pause(const QString &reason)
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

void Outbox::setOnline(bool online, const QString &reason)
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

void Outbox::probe()
{
    if (m_ping || !m_running)
        return;
    const auto pending = m_store->pendingCount(m_profile);
    if (m_online && (!pending || pending.value() == 0))
        return;
    m_ping = m_client->call(QStringLiteral("test"), QStringLiteral("ping"));
    connect(m_ping, &PlatformReply::finished, this, [this](const PlatformResult &result) {
        if (result.ok()) {
            setOnline(true);
        } else if (result.error.isCredentialProblem()) {
            pause(result.error.toString());
        } else if (!result.error.isStaleRequest()) {
            setOnline(false, result.error.toString());
        }
    });
}

void Outbox::report(const Result<bool> &stored)
{
    if (!stored)
        qCWarning(lcOutbox).noquote() << stored.error();
}

void Outbox::pumpSoon()
{
    if (!m_soon->isActive() || m_soon->remainingTime() > 0)
        m_soon->start(0);
}

void Outbox::record(const Change &change)
{
    if (m_changes.isEmpty())
        m_oldestChangeMs = QDateTime::currentMSecsSinceEpoch();
    m_changes.append(change);
    pumpSoon();
}

Result<bool> Outbox::write(const Change &change)
{
    switch (change.state) {
    case OutboxItem::State::Sent:
        return m_store->markSent(change.id, change.recordId);
    case OutboxItem::State::NeedsFix:
        return m_store->markNeedsFix(change.id, change.error, change.problems);
    case OutboxItem::State::Uncertain:
        return m_store->markUncertain(change.id, change.error, change.next);
    default:
        return m_store->markQueued(change.id, change.error, change.next);
    }
}

// The store is written in batches: one transaction, one disk sync, for the answers that came in
// since the last batch and for the next chunk of items taken ("sending", or an uncertain create's
// look-up guard). A transaction per change cost two syncs per item, each blocking this thread,
// which made the flush several times slower than the network allows (benchmarks/bench_outbox).
// A batch runs when the taken items run low, when an answer has waited answerDelayMs, when
// nothing is left in flight, or to put taken items back on stop or pause.
//
// Exactly-once holds as before: an item is "sending" on disk before its request goes out, and an
// answer shows (itemChanged) only once it is on disk. Until then the store says "sending", which
// after a crash means a look on the platform, never a blind second send.
void Outbox::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const bool taking = m_running && !isPaused();
    // Items taken in earlier batches go first: they are "sending" on disk already.
    if (taking)
        startReady();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const int room = m_settings.maxInFlight - int(m_inFlight.size());
    const bool runningLow = taking && m_mayBeDue && int(m_ready.size()) < m_settings.maxInFlight;
    const int wanted = runningLow
        ? room + qMax(m_settings.maxInFlight, m_settings.takeAhead) - int(m_ready.size())
        : 0;
    const bool putBack = !taking && !m_ready.isEmpty();
    const bool answersDue = !m_changes.isEmpty()
        && (!taking || (m_inFlight.isEmpty() && m_ready.isEmpty())
            || nowMs - m_oldestChangeMs >= m_settings.answerDelayMs);
    if (nowMs < m_writeRetryAtMs || (wanted <= 0 && !putBack && !answersDue)) {
        if (!m_changes.isEmpty() && nowMs >= m_writeRetryAtMs)
            m_soon->start(
                int(qMax<qint64>(0, m_oldestChangeMs + m_settings.answerDelayMs - nowMs)));
        m_pumping = false;
        scheduleWake();
        return;
    }

    const QList<Change> changes = std::exchange(m_changes, {});
    QList<Change> written;
    QList<Taken> taken;
    QList<Taken> returned;
    bool exhausted = false;
    const QDateTime when = now();
    const auto done = m_store->batch([&]() -> Result<bool> {
        for (const Change &change : changes) {
            const auto stored = write(change);
            if (stored)
                written.append(change);
            else
                report(stored); // the item moved on meanwhile (removed, edited)
        }
        if (putBack) {
            for (const Taken &t : std::as_const(m_ready)) {
                // Never sent: back as they were, due now.
                const auto back = t.lookUp
                    ? m_store->markUncertain(t.item.id, t.item.lastError, QDateTime())
                    : m_store->putBack(t.item.id);
                if (back)
                    returned.append(t);
                else
                    report(back);
            }
        }
        if (wanted <= 0)
            return Result<bool>::success(true);
        // With one item to send only (setOnly()), just that one: the first `wanted` due items
        // might not include it.
        const auto due = m_only ? onlyItemIfDue(when) : m_store->due(m_profile, when, wanted);
        if (!due) {
            report(Result<bool>::failure(due.error()));
            return Result<bool>::success(true);
        }
        exhausted = m_only || due.value().size() < wanted;
        QSet<qint64> busy(m_inFlight.keyBegin(), m_inFlight.keyEnd());
        for (const Taken &t : std::as_const(m_ready))
            busy.insert(t.item.id);
        QList<OutboxItem> sends;
        for (const OutboxItem &item : due.value()) {
            if (busy.contains(item.id) || (m_only && item.id != m_only))
                continue;
            if (item.state == OutboxItem::State::Uncertain && !item.isUpdate()) {
                // Not due again while the answer is awaited.
                const auto guarded = m_store->markUncertain(
                    item.id, item.lastError,
                    when.addMSecs(2 * qint64(m_client->transferTimeout())));
                if (guarded)
                    taken.append({item, true});
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
                taken.append({item, false});
        if (m_flushTotal == 0 && !taken.isEmpty()) {
            const auto pending = m_store->pendingCount(m_profile);
            m_flushDone = 0;
            m_flushTotal = pending ? pending.value() : 0;
        }
        return Result<bool>::success(true);
    });
    if (!done) {
        // Nothing was written and nothing more goes out; the answers wait for the next batch.
        report(done);
        m_changes = changes + m_changes;
        m_writeRetryAtMs = nowMs + 1000;
        m_pumping = false;
        scheduleWake();
        return;
    }
    m_writeRetryAtMs = 0;
    // Nothing more is due until time passes or something changes; an answer written now
    // (say, "not there: send again now") may have made an item due.
    if (wanted > 0)
        m_mayBeDue = !exhausted;
    for (const Change &change : std::as_const(written))
        if ((change.state == OutboxItem::State::Queued
             || change.state == OutboxItem::State::Uncertain)
            && change.next <= when)
            m_mayBeDue = true;
    if (putBack) {
        m_ready.clear();
        for (const Taken &t : std::as_const(returned))
            Q_EMIT itemChanged(t.item.id,
                               t.lookUp ? OutboxItem::State::Uncertain : OutboxItem::State::Queued);
    }
    updateProgress();
    for (const Change &change : std::as_const(written)) {
        if (change.state == OutboxItem::State::Sent || change.state == OutboxItem::State::NeedsFix)
            finishItem(change.id, change.state);
        else
            Q_EMIT itemChanged(change.id, change.state);
    }
    m_ready += taken;
    if (taking)
        startReady();
    m_pumping = false;
    scheduleWake();
    // More may be due, or the answers of this batch's items may already wait.
    if ((taking && m_mayBeDue && int(m_ready.size()) < m_settings.maxInFlight)
        || !m_changes.isEmpty())
        pumpSoon();
}

// Before the outbox goes: answers still waiting are written, taken items put back. (Whatever is
// still in flight stays "sending" and is looked for after the next start.)
void Outbox::settle()
{
    if (m_changes.isEmpty() && m_ready.isEmpty())
        return;
    const auto done = m_store->batch([this]() -> Result<bool> {
        for (const Change &change : std::as_const(m_changes))
            report(write(change));
        for (const Taken &t : std::as_const(m_ready))
            report(t.lookUp ? m_store->markUncertain(t.item.id, t.item.lastError, QDateTime())
                            : m_store->putBack(t.item.id));
        return Result<bool>::success(true);
    });
    report(done);
    m_changes.clear();
    m_ready.clear();
}

Result<QList<OutboxItem>> Outbox::onlyItemIfDue(const QDateTime &when) const
{
    QList<OutboxItem> due;
    const auto only = m_store->item(m_only);
    if (only
        && (only.value().state == OutboxItem::State::Queued
            || only.value().state == OutboxItem::State::Uncertain)
        && (!only.value().nextAttemptAt.isValid() || only.value().nextAttemptAt <= when))
        due.append(only.value());
    return Result<QList<OutboxItem>>::success(due);
}

void Outbox::startReady()
{
    while (!m_ready.isEmpty() && m_inFlight.size() < m_settings.maxInFlight) {
        const Taken next = m_ready.takeFirst();
        if (next.lookUp)
            lookFor(next.item);
        else
            send(next.item);
    }
}

void Outbox::scheduleWake()
{
    if (!m_running || isPaused())
        return;
    // A finishing send pumps again; with every slot busy there is nothing to schedule (and the
    // MIN() below reads every waiting row).
    if (m_inFlight.size() >= m_settings.maxInFlight)
        return;
    // With one item to send only, the others' times do not matter (waking for them would spin).
    // Items already being handled do not count: "Send now" makes a create that is being
    // looked for due again, and waking for it would spin until the answer came.
    QList<qint64> handled(m_inFlight.keyBegin(), m_inFlight.keyEnd());
    for (const Taken &t : std::as_const(m_ready))
        handled.append(t.item.id);
    QDateTime next;
    if (!m_only) {
        next = m_store->nextDue(m_profile, handled);
    } else if (const auto only = m_store->item(m_only); only && !handled.contains(m_only)
               && (only.value().state == OutboxItem::State::Queued
                   || only.value().state == OutboxItem::State::Uncertain)) {
        next = only.value().nextAttemptAt.isValid() ? only.value().nextAttemptAt
                                                    : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    }
    if (m_inFlight.isEmpty() && m_changes.isEmpty() && m_ready.isEmpty()
        && (!next.isValid() || next > now())) {
        // The flush is over: what is left waits for its retry time, or nothing is left.
        m_flushTotal = m_flushDone = 0;
        Q_EMIT idle();
    }
    qint64 wait = next.isValid()
        ? qBound<qint64>(0, now().msecsTo(next), qint64(m_settings.maxDelayMs))
        : -1;
    if (m_writeRetryAtMs > 0)
        wait = qMax(wait, m_writeRetryAtMs - QDateTime::currentMSecsSinceEpoch());
    if (wait < 0) {
        m_wake->stop();
        return;
    }
    if (!m_wake->isActive() || m_wake->remainingTime() > wait)
        m_wake->start(int(wait));
}

QDateTime Outbox::nextAttempt(int attempts, int retryAfterSeconds) const
{
    const double exponent = qMin(attempts - 1, 20);
    double delay
        = qMin<double>(m_settings.baseDelayMs * std::pow(2.0, exponent), m_settings.maxDelayMs);
    const double spread
        = (QRandomGenerator::global()->generateDouble() * 2 - 1) * m_settings.jitter;
    delay *= 1.0 + spread;
    if (retryAfterSeconds > 0)
        delay = qMax(delay, retryAfterSeconds * 1000.0);
    return now().addMSecs(qint64(delay));
}

// The item is "sending" on disk already (pump()).
void Outbox::send(const OutboxItem &item)
{
    Q_EMIT itemChanged(item.id, OutboxItem::State::Sending);
    PlatformReply *reply
        = m_client->call(QStringLiteral("contact"), recordKindAction(kindOf(item.kind)), item.body);
    m_inFlight.insert(item.id, reply);
    // The attempt count and first-sent time the store now holds.
    OutboxItem sent = item;
    sent.attempts += 1;
    if (!sent.firstSentAt.isValid())
        sent.firstSentAt = now();
    connect(reply, &PlatformReply::finished, this,
            [this, sent](const PlatformResult &result) { onSent(sent, result); });
}

void Outbox::onSent(const OutboxItem &item, const PlatformResult &result)
{
    m_inFlight.remove(item.id);
    const RecordSubmitter::Outcome outcome = RecordSubmitter::outcomeOf(result, item.isUpdate());
    if (outcome.ok) {
        // Written with the next batch; until then the store says "sending", which after a
        // crash means a look on the platform, never a second copy.
        record({item.id, OutboxItem::State::Sent, {}, {}, {}, outcome.id});
        setOnline(true);
        return;
    }
    const PlatformError &error = outcome.error;
    const QString text = error.toString();
    if (error.isCredentialProblem() || error.isStaleRequest()) {
        // Nothing was accepted; every item waits until the profile is fixed.
        record({item.id, OutboxItem::State::Queued, text, {}, now()});
        pause(error.isStaleRequest()
                  ? tr("The platform says this computer's clock is wrong: %1").arg(text)
                  : tr("The platform refused the API key or secret: %1").arg(text));
        return;
    }
    if (!error.isTransient() && error.kind != PlatformError::Kind::Cancelled) {
        record({item.id, OutboxItem::State::NeedsFix, text, problemsOf(error), {}, 0});
        return;
    }
    const bool reachable = error.kind != PlatformError::Kind::Network
        && error.kind != PlatformError::Kind::Timeout && error.kind != PlatformError::Kind::Tls;
    if (!reachable)
        setOnline(false, text);
    const QDateTime next = nextAttempt(item.attempts, error.retryAfterSeconds);
    if (!item.isUpdate() && error.requestMayHaveArrived) {
        // The platform may hold it: never send a create blindly again.
        record({item.id, OutboxItem::State::Uncertain, text, {}, next});
    } else {
        record({item.id, OutboxItem::State::Queued, text, {}, next});
    }
}

void Outbox::lookFor(const OutboxItem &item)
{
    // pump() wrote the guard with the batch: not due again while the answer is awaited.
    const QDateTime since = item.firstSentAt.isValid() ? item.firstSentAt : item.createdAt;
    const QString from
        = platformTime(since.addSecs(m_client->clockOffsetSeconds() - m_settings.lookBackSeconds));
    QString action;
    QJsonObject filter;
    if (item.kind == QStringLiteral("lead")) {
        action = QStringLiteral("getLeadList");
        filter = {{QStringLiteral("name"), item.body.value(QStringLiteral("name"))},
                  {QStringLiteral("createdDate__GREATERTHAN"), from}};
    } else if (item.kind == QStringLiteral("company")) {
        action = QStringLiteral("getCompanyList");
        filter = {{QStringLiteral("businessName"), item.body.value(QStringLiteral("businessName"))},
                  {QStringLiteral("fromModifiedDate"), from}};
    } else {
        action = QStringLiteral("getContactList");
        filter = {{QStringLiteral("email"), item.body.value(QStringLiteral("email"))},
                  {QStringLiteral("fromModifiedDate"), from}};
    }
    const QString nameSpace
        = item.kind == QStringLiteral("lead") ? QStringLiteral("crm") : QStringLiteral("contact");
    PlatformReply *reply = m_client->call(
        nameSpace, action, {{QStringLiteral("filter"), filter}, {QStringLiteral("perPage"), 100}});
    m_inFlight.insert(item.id, reply);
    connect(reply, &PlatformReply::finished, this,
            [this, item](const PlatformResult &result) { onLookedFor(item, result); });
}

void Outbox::onLookedFor(const OutboxItem &item, const PlatformResult &result)
{
    m_inFlight.remove(item.id);
    if (!result.ok()) {
        if (result.error.isCredentialProblem())
            pause(
                tr("The platform refused the API key or secret: %1").arg(result.error.toString()));
        // Still unknown: look again later.
        record({item.id,
                OutboxItem::State::Uncertain,
                result.error.toString(),
                {},
                nextAttempt(item.attempts, result.error.retryAfterSeconds)});
        return;
    }
    const auto claimed = m_store->sentRecordIds(m_profile, item.kind);
    QSet<qint64> taken(claimed ? QSet<qint64>(claimed.value().cbegin(), claimed.value().cend())
                               : QSet<qint64>());
    // Answers not written yet hold their records too.
    for (const Change &change : std::as_const(m_changes))
        if (change.state == OutboxItem::State::Sent)
            taken.insert(change.recordId);
    const QJsonObject &body = item.body;
    qint64 found = 0;
    for (const QJsonValue &value : result.object().value(QStringLiteral("results")).toArray()) {
        const QJsonObject record = value.toObject();
        const qint64 id = ValueChecks::toId(record.value(QStringLiteral("id")));
        if (id <= 0 || taken.contains(id) || (found && found < id))
            continue;
        bool same = true;
        if (item.kind == QStringLiteral("lead")) {
            same = sameText(record.value(QStringLiteral("name")),
                            body.value(QStringLiteral("name")));
            for (const char *key : {"sourceId", "typeId", "stageId"})
                if (body.contains(QLatin1String(key)) && record.contains(QLatin1String(key)))
                    same = same
                        && sameId(record.value(QLatin1String(key)), body.value(QLatin1String(key)));
            if (body.contains(QStringLiteral("contactId")))
                same = same
                    && sameId(record.value(QStringLiteral("contact"))
                                  .toObject()
                                  .value(QStringLiteral("id")),
                              body.value(QStringLiteral("contactId")));
            if (body.contains(QStringLiteral("companyId")))
                same = same
                    && sameId(record.value(QStringLiteral("company"))
                                  .toObject()
                                  .value(QStringLiteral("id")),
                              body.value(QStringLiteral("companyId")));
        } else if (item.kind == QStringLiteral("company")) {
            same = sameText(record.value(QStringLiteral("businessName")),
                            body.value(QStringLiteral("businessName")));
        } else {
            for (const char *key : {"email", "firstName", "lastName"})
                same = same
                    && sameText(record.value(QLatin1String(key)), body.value(QLatin1String(key)));
        }
        if (same)
            found = id;
    }
    if (found > 0) {
        qCInfo(lcOutbox) << "item" << item.id << "had reached the platform as" << found;
        record({item.id, OutboxItem::State::Sent, {}, {}, {}, found});
        return;
    }
    // Not there: it never arrived, so it is sent again now.
    record({item.id, OutboxItem::State::Queued, item.lastError, {}, now()});
}

void Outbox::finishItem(qint64 id, OutboxItem::State state)
{
    ++m_flushDone;
    Q_EMIT itemChanged(id, state);
    updateProgress();
}

void Outbox::updateProgress()
{
    if (m_flushTotal > 0)
        Q_EMIT progress(qMin(m_flushDone, m_flushTotal), m_flushTotal);
}

int Outbox::recheck(const std::shared_ptr<const LookupCatalog> &catalog)
{
    if (!catalog || catalog->isEmpty())
        return 0;
    const auto all = m_store->items(m_profile);
    if (!all)
        return 0;
    int moved = 0;
    for (const OutboxItem &item : all.value()) {
        if (item.state != OutboxItem::State::Queued || m_inFlight.contains(item.id))
            continue;
        RecordModel model(kindOf(item.kind), catalog);
        model.loadBody(item.body);
        const QList<FieldProblem> problems = model.problems();
        if (problems.isEmpty())
            continue;
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << QStringLiteral("'%1' %2").arg(p.key, p.message);
        const QString reason = tr("The lookup lists changed since this was queued: %1")
                                   .arg(lines.join(QStringLiteral("; ")));
        const QJsonObject details {
            {QStringLiteral("message"), tr("The lookup lists changed")},
            {QStringLiteral("additionalMessages"), QJsonArray::fromStringList(lines)}};
        if (m_store->markNeedsFix(item.id, reason, details)) {
            ++moved;
            Q_EMIT itemChanged(item.id, OutboxItem::State::NeedsFix);
        }
    }
    return moved;
}
