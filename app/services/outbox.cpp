#include "outbox.h"

#include "outboxstore.h"
#include "platformclient.h"
#include "platformreply.h"
#include "recordmodel.h"
#include "recordsubmitter.h"
#include "valuechecks.h"

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
    , m_probe(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &Outbox::pump);
    connect(m_probe, &QTimer::timeout, this, &Outbox::probe);
}

Outbox::~Outbox()
{
    for (const auto &reply : std::as_const(m_inFlight))
        if (reply)
            reply->disconnect(this);
}

void Outbox::start()
{
    if (m_running)
        return;
    m_running = true;
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
                        setOnline(false);
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
    QTimer::singleShot(0, this, &Outbox::pump);
    return Result<qint64>::success(id);
}

void Outbox::sendNow()
{
    report(m_store->makeDueNow(m_profile));
    resume();
    pump();
}

void Outbox::resume()
{
    if (m_pauseReason.isEmpty())
        return;
    m_pauseReason.clear();
    Q_EMIT pausedChanged(false, QString());
    pump();
}

void Outbox::pause(const QString &reason)
{
    if (m_pauseReason == reason)
        return;
    m_pauseReason = reason;
    qCWarning(lcOutbox) << "outbox paused";
    Q_EMIT pausedChanged(true, reason);
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online) {
        // Back online: what waited for the connection goes now, not at its backoff time.
        report(m_store->makeDueNow(m_profile));
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
            setOnline(false);
        }
    });
}

void Outbox::report(const Result<bool> &stored)
{
    if (!stored)
        qCWarning(lcOutbox).noquote() << stored.error();
}

void Outbox::pump()
{
    if (!m_running || isPaused() || m_pumping)
        return;
    m_pumping = true;
    const int room = m_settings.maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        auto due = m_store->due(m_profile, now(), room + int(m_inFlight.size()));
        if (due) {
            int started = 0;
            for (const OutboxItem &item : due.value()) {
                if (m_inFlight.contains(item.id) || (m_only && item.id != m_only))
                    continue;
                if (started++ >= room)
                    break;
                if (m_flushTotal == 0) {
                    const auto pending = m_store->pendingCount(m_profile);
                    m_flushDone = 0;
                    m_flushTotal = pending ? pending.value() : 0;
                    updateProgress();
                }
                if (item.state == OutboxItem::State::Uncertain && !item.isUpdate())
                    lookFor(item);
                else
                    send(item);
            }
        } else {
            qCWarning(lcOutbox).noquote() << due.error();
        }
    }
    m_pumping = false;
    scheduleWake();
}

void Outbox::scheduleWake()
{
    if (!m_running || isPaused())
        return;
    const QDateTime next = m_store->nextDue(m_profile);
    if (m_inFlight.isEmpty() && (!next.isValid() || next > now())) {
        // The flush is over: what is left waits for its retry time, or nothing is left.
        m_flushTotal = m_flushDone = 0;
        Q_EMIT idle();
    }
    if (!next.isValid()) {
        m_wake->stop();
        return;
    }
    if (m_inFlight.size() >= m_settings.maxInFlight)
        return; // a finishing send pumps again
    const qint64 wait = qBound<qint64>(0, now().msecsTo(next), qint64(m_settings.maxDelayMs));
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

void Outbox::send(const OutboxItem &item)
{
    const auto marked = m_store->markSending(item.id, now());
    if (!marked) {
        report(marked);
        return;
    }
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
        report(m_store->markSent(item.id, outcome.id));
        setOnline(true);
        finishItem(item.id, OutboxItem::State::Sent);
        return pump();
    }
    const PlatformError &error = outcome.error;
    const QString text = error.toString();
    if (error.isCredentialProblem() || error.isStaleRequest()) {
        // Nothing was accepted; every item waits until the profile is fixed.
        report(m_store->markQueued(item.id, text, now()));
        pause(error.isStaleRequest()
                  ? tr("The platform says this computer's clock is wrong: %1").arg(text)
                  : tr("The platform refused the API key or secret: %1").arg(text));
        Q_EMIT itemChanged(item.id, OutboxItem::State::Queued);
        return;
    }
    if (!error.isTransient() && error.kind != PlatformError::Kind::Cancelled) {
        report(m_store->markNeedsFix(item.id, text, problemsOf(error)));
        finishItem(item.id, OutboxItem::State::NeedsFix);
        return pump();
    }
    const bool reachable = error.kind != PlatformError::Kind::Network
        && error.kind != PlatformError::Kind::Timeout && error.kind != PlatformError::Kind::Tls;
    if (!reachable)
        setOnline(false);
    const QDateTime next = nextAttempt(item.attempts, error.retryAfterSeconds);
    if (!item.isUpdate() && error.requestMayHaveArrived) {
        // The platform may hold it: never send a create blindly again.
        report(m_store->markUncertain(item.id, text, next));
        Q_EMIT itemChanged(item.id, OutboxItem::State::Uncertain);
    } else {
        report(m_store->markQueued(item.id, text, next));
        Q_EMIT itemChanged(item.id, OutboxItem::State::Queued);
    }
    pump();
}

void Outbox::lookFor(const OutboxItem &item)
{
    // Not due again while the answer is awaited.
    report(m_store->markUncertain(item.id, item.lastError,
                                  now().addMSecs(2 * qint64(m_client->transferTimeout()))));
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
        report(m_store->markUncertain(item.id, result.error.toString(),
                                      nextAttempt(item.attempts, result.error.retryAfterSeconds)));
        Q_EMIT itemChanged(item.id, OutboxItem::State::Uncertain);
        return pump();
    }
    const auto claimed = m_store->sentRecordIds(m_profile, item.kind);
    const QSet<qint64> taken(
        claimed ? QSet<qint64>(claimed.value().cbegin(), claimed.value().cend()) : QSet<qint64>());
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
        report(m_store->markSent(item.id, found));
        finishItem(item.id, OutboxItem::State::Sent);
        return pump();
    }
    // Not there: it never arrived, so it is sent again now.
    report(m_store->markQueued(item.id, item.lastError, now()));
    Q_EMIT itemChanged(item.id, OutboxItem::State::Queued);
    pump();
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
