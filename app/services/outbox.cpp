#include "services/outbox.h"

#include "model/recordmodel.h"
#include "platform/platformerrorjson.h"
#include "services/outboxsender.h"
#include "services/uncertainmatch.h"
#include "store/outboxstore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "leaddesk.outbox")

namespace {
using State = OutboxItem::State;

RecordKind kindOf(const QString &name)
{
    if (name == QStringLiteral("company"))
        return RecordKind::Company;
    if (name == QStringLiteral("contact"))
        return RecordKind::Contact;
    return RecordKind::Lead;
}
} // namespace

QDateTime Outbox::heldUntilDecided()
{
    return UncertainMatch::heldForPerson();
}

Outbox::Outbox(PlatformClient *client, OutboxStore *store, QString profile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_sender(new OutboxSender(client, store, std::move(profile), &m_settings, this))
{
    connect(m_sender, &OutboxSender::changed, this, &Outbox::itemChanged);
    connect(m_sender, &OutboxSender::progress, this, &Outbox::progress);
    connect(m_sender, &OutboxSender::pausedChanged, this, &Outbox::pausedChanged);
    connect(m_sender, &OutboxSender::onlineChanged, this, &Outbox::onlineChanged);
    connect(m_sender, &OutboxSender::storeFailed, this, &Outbox::storeFailed);
    connect(m_sender, &OutboxSender::idle, this, &Outbox::idle);
    connect(m_sender, &OutboxSender::followingChanged, this, &Outbox::followingChanged);
    connect(m_sender, &OutboxSender::batchNotice, this, &Outbox::batchNotice);
    connect(m_sender, &OutboxSender::batchRefused, this, &Outbox::batchRefused);
}

Outbox::~Outbox()
{
    // The sender writes what it has before the store can go.
    delete m_sender;
}

void Outbox::setClock(std::function<QDateTime()> nowUtc)
{
    m_sender->setClock(std::move(nowUtc));
}

void Outbox::setSpread(std::function<double()> spread)
{
    m_sender->setSpread(std::move(spread));
}

QDateTime Outbox::now() const
{
    return m_sender->now();
}

void Outbox::start()
{
    m_sender->start();
}

void Outbox::stop()
{
    m_sender->stop();
}

bool Outbox::isRunning() const
{
    return m_sender->isRunning();
}

void Outbox::setSendOnlyQueuedHere(bool only)
{
    m_sender->setSendOnlyQueuedHere(only);
}

void Outbox::adopt(qint64 id)
{
    m_sender->queuedHere(id);
}

QString Outbox::sendingElsewhere() const
{
    return m_sender->sendingElsewhere();
}

void Outbox::sendNow()
{
    m_sender->sendNow();
}

bool Outbox::isPaused() const
{
    return m_sender->isPaused();
}

QString Outbox::pauseReason() const
{
    return m_sender->pauseReason();
}

void Outbox::resume()
{
    m_sender->resume();
}

bool Outbox::isOnline() const
{
    return m_sender->isOnline();
}

QString Outbox::offlineReason() const
{
    return m_sender->offlineReason();
}

int Outbox::inFlight() const
{
    return m_sender->inFlight();
}

QString Outbox::storeProblem() const
{
    return m_sender->storeProblem();
}

void Outbox::emitChange(const OutboxItem &item, OutboxItem::State state, const QString &text,
                        const PlatformError &error, qint64 recordId)
{
    Q_EMIT itemChanged(OutboxChange::of(item, state, now(), text, error, {}, recordId));
}

QList<qint64> Outbox::candidatesOf(const OutboxItem &item)
{
    return UncertainMatch::candidatesIn(item.problems);
}

// Drafts and items ---------------------------------------------------------------------------

Result<qint64> Outbox::saveDraft(qint64 itemId, const QString &kind, const QString &title,
                                 const QJsonObject &draft)
{
    qint64 id = itemId;
    if (id <= 0) {
        auto created = m_store->createDraft(m_profile, kind, title, draft);
        if (!created)
            return created;
        id = created.value();
    } else if (auto saved = m_store->saveDraft(id, title, draft); !saved) {
        return Result<qint64>::failure(saved.error());
    }
    // One indexed row, no JSON: the panel's line for it.
    if (const auto entry = m_store->entry(id))
        Q_EMIT itemChanged({entry.value(), {}, false});
    return Result<qint64>::success(id);
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
    OutboxItem item;
    item.id = id;
    item.kind = kind;
    item.title = title;
    item.body = body;
    emitChange(item, State::Queued);
    // Sent after the caller has connected to the item's signals (the next turn).
    m_sender->queuedHere(id);
    return Result<qint64>::success(id);
}

QString Outbox::busyReason(qint64 id, const QString &title) const
{
    if (m_sender->isHandling(id))
        return tr("\"%1\" is being sent right now, so it may still reach the platform. Once its "
                  "answer is in it is either sent, and there is nothing left to delete, or back "
                  "in the queue, and it can be deleted then.")
            .arg(title);
    return QString();
}

Result<OutboxItem> Outbox::takeBack(qint64 id)
{
    auto found = m_store->item(id);
    if (!found)
        return found;
    OutboxItem item = found.take();
    if (const QString busy = busyReason(id, item.title); !busy.isEmpty())
        return Result<OutboxItem>::failure(busy);
    if (item.state == State::Draft || item.state == State::NeedsFix)
        return Result<OutboxItem>::success(item);
    Result<bool> unqueued = Result<bool>::success(true);
    const auto done = m_store->batch([&]() -> Result<bool> {
        // Taken ahead, never sent: back in the queue first, then out of it.
        if (auto untaken = m_sender->untake(id); !untaken)
            return untaken;
        if (auto back = m_store->item(id))
            item = back.take();
        unqueued = m_store->unqueue(id);
        return unqueued;
    });
    if (!done)
        return Result<OutboxItem>::failure(unqueued ? done.error() : refusal(item));
    item.state = State::Draft;
    m_sender->forget(id);
    emitChange(item, State::Draft);
    return Result<OutboxItem>::success(item);
}

Result<OutboxItem> Outbox::remove(qint64 id)
{
    auto found = m_store->item(id);
    if (!found)
        return found;
    OutboxItem item = found.take();
    if (const QString busy = busyReason(id, item.title); !busy.isEmpty())
        return Result<OutboxItem>::failure(busy);
    Result<bool> removed = Result<bool>::success(true);
    const auto done = m_store->batch([&]() -> Result<bool> {
        // Taken ahead, never sent: back in the queue first, so undo puts back what was queued.
        if (auto untaken = m_sender->untake(id); !untaken)
            return untaken;
        if (auto back = m_store->item(id))
            item = back.take();
        removed = m_store->remove(id);
        return removed;
    });
    if (!done)
        return Result<OutboxItem>::failure(removed ? done.error() : refusal(item));
    m_sender->forget(id);
    Q_EMIT itemChanged(OutboxChange::removal(item));
    return Result<OutboxItem>::success(item);
}

QString Outbox::refusal(const OutboxItem &item) const
{
    switch (item.state) {
    case State::Uncertain:
        return tr("\"%1\" may already be on the platform: LeadDesk is checking before it sends "
                  "it again. It can be changed or deleted once that is known.")
            .arg(item.title);
    case State::Sent:
        return tr("\"%1\" was already sent (id %2); it stays in the sent history.")
            .arg(item.title)
            .arg(item.recordId);
    case State::Sending:
        return tr("\"%1\" is being sent by another LeadDesk on this computer, so it may still "
                  "reach the platform. It can be changed or deleted once that one has its answer.")
            .arg(item.title);
    default:
        return OutboxStore::tr("Item %1 is not in a state that allows this (it may have been "
                               "sent or deleted meanwhile).")
            .arg(item.id);
    }
}

Result<bool> Outbox::restore(const OutboxItem &item)
{
    auto restored = m_store->restore(item);
    if (!restored)
        return restored;
    if (const auto entry = m_store->entry(item.id))
        Q_EMIT itemChanged({entry.value(), {}, false});
    if (item.state == State::Queued)
        m_sender->queuedHere(item.id);
    return restored;
}

Result<bool> Outbox::settleUncertain(qint64 id, qint64 recordId)
{
    auto found = m_store->item(id);
    if (!found)
        return Result<bool>::failure(found.error());
    const OutboxItem item = found.take();
    if (const QString busy = busyReason(id, item.title); !busy.isEmpty())
        return Result<bool>::failure(busy);
    if (recordId > 0) {
        auto sent = m_store->markSent(id, recordId);
        if (!sent)
            return sent;
        emitChange(item, State::Sent, {}, {}, recordId);
        m_sender->countFinished();
        return sent;
    }
    auto queued = m_store->markQueued(id, item.lastError, now());
    if (!queued)
        return queued;
    emitChange(item, State::Queued, item.lastError);
    m_sender->queuedHere(id);
    return queued;
}

Result<OutboxItem> Outbox::item(qint64 id) const
{
    return m_store->item(id);
}

Result<QList<OutboxEntry>> Outbox::entries(int sentLimit) const
{
    return m_store->entries(m_profile, sentLimit);
}

Result<QHash<qint64, OutboxItem::State>> Outbox::waitingStates() const
{
    return m_store->waitingStates(m_profile);
}

Result<QList<OutboxEntry>> Outbox::entriesOf(const QList<qint64> &ids) const
{
    return m_store->entriesOf(ids);
}

Result<QList<OutboxEntry>> Outbox::sentHistory(const QString &filter, int offset, int limit) const
{
    return m_store->sentHistory(m_profile, filter, offset, limit);
}

Result<int> Outbox::sentCount(const QString &filter) const
{
    return m_store->sentCount(m_profile, filter);
}

Result<int> Outbox::pruneSentHistory(int days)
{
    const auto pruned = m_store->pruneSent(now().addDays(-qMax(0, days)));
    if (!pruned)
        qCWarning(lcOutbox).noquote() << pruned.error();
    else if (pruned.value() > 0)
        qCInfo(lcOutbox) << pruned.value() << "sent item(s) left the history";
    return pruned;
}

// Sending ------------------------------------------------------------------------------------

int Outbox::recheck(const std::shared_ptr<const LookupCatalog> &catalog)
{
    if (!catalog || catalog->isEmpty())
        return 0;
    const auto queued = m_store->itemsIn(m_profile, State::Queued);
    if (!queued)
        return 0;
    int moved = 0;
    for (const OutboxItem &item : queued.value()) {
        if (m_sender->isHandling(item.id))
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
        PlatformError error;
        error.kind = PlatformError::Kind::Platform;
        error.message = tr("The lookup lists changed");
        error.additionalMessages = lines;
        error.fieldKeys = PlatformError::extractFieldKeys(error.message, lines);
        if (m_store->markNeedsFix(item.id, reason, PlatformErrorJson::toJson(error))) {
            ++moved;
            emitChange(item, State::NeedsFix, reason, error);
        }
    }
    return moved;
}
