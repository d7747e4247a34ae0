#include "services/submission.h"

#include "model/recordmodel.h"
#include "services/outbox.h"

#include <QTimer>

namespace {
/// How long a record queued here may wait for the process that sends this profile's outbox:
/// a few of its looks for new items.
constexpr int kOtherSenderWaitMs = 15000;
} // namespace

Submission::Submission(Outbox *outbox, PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_outbox(nullptr)
    , m_client(client)
    , m_catalog(LookupCatalog::build({}, {}))
{
    setOutbox(outbox);
}

Submission::~Submission() = default;

void Submission::setCatalog(std::shared_ptr<const LookupCatalog> catalog)
{
    if (catalog)
        m_catalog = std::move(catalog);
}

void Submission::setOutbox(Outbox *outbox)
{
    if (m_outbox == outbox)
        return;
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    const QList<qint64> waiting = m_waiting.keys();
    for (qint64 itemId : waiting) {
        SubmissionOutcome left;
        left.kind = SubmissionOutcome::Kind::Queued;
        left.ticket = m_waiting.value(itemId).ticket;
        left.itemId = itemId;
        left.reason = tr("Another profile is now in use; it waits in its own profile's outbox.");
        finishWaiting(itemId, left);
    }
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &Outbox::itemChanged, this, &Submission::onItemChanged);
}

QList<FieldProblem> Submission::check(RecordKind kind, const QJsonObject &body,
                                      std::shared_ptr<const LookupCatalog> catalog)
{
    RecordModel model(kind, std::move(catalog));
    model.loadBody(body);
    return model.problems();
}

bool Submission::isBusy(quint64 ticket) const
{
    if (m_checks.contains(ticket))
        return true;
    return std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                       [ticket](const Waiting &w) { return w.ticket == ticket; });
}

quint64 Submission::submit(const Request &request)
{
    return enqueue(request, m_nextTicket++);
}

quint64 Submission::submitBody(RecordKind kind, const QJsonObject &body)
{
    RecordModel model(kind, m_catalog);
    model.loadBody(body);
    Request request;
    request.kind = kind;
    request.title = model.title();
    request.draft = model.draftState();
    // The body as the rules read it: ids as numbers, what the form would send.
    request.body = model.requestBody();
    return submit(request);
}

quint64 Submission::enqueue(const Request &request, quint64 ticket)
{
    SubmissionOutcome outcome;
    outcome.ticket = ticket;
    outcome.itemId = request.itemId;
    outcome.problems = check(request.kind, request.body, m_catalog);
    if (!outcome.problems.isEmpty()) {
        outcome.kind = SubmissionOutcome::Kind::Invalid;
        finish(outcome);
        return ticket;
    }
    const bool update = request.body.contains(QStringLiteral("id"));
    if (update && request.body.size() <= 1) {
        outcome.kind = SubmissionOutcome::Kind::NothingToSend;
        finish(outcome);
        return ticket;
    }
    if (!m_outbox) {
        outcome.kind = SubmissionOutcome::Kind::NotKept;
        outcome.reason = tr("No profile is open.");
        finish(outcome);
        return ticket;
    }
    const auto queued = m_outbox->queue(request.itemId, recordKindName(request.kind), request.title,
                                        request.draft, request.body);
    if (!queued) {
        outcome.kind = SubmissionOutcome::Kind::NotKept;
        outcome.reason = queued.error();
        finish(outcome);
        return ticket;
    }
    outcome.itemId = queued.value();
    Q_EMIT this->queued(ticket, outcome.itemId);
    if (!m_outbox->isRunning() || m_outbox->isPaused()) {
        outcome.kind = m_outbox->isPaused() ? SubmissionOutcome::Kind::Paused
                                            : SubmissionOutcome::Kind::Queued;
        outcome.reason
            = m_outbox->isPaused() ? m_outbox->pauseReason() : tr("LeadDesk is not connected yet.");
        finish(outcome);
        return ticket;
    }
    Waiting waiting {ticket, update, nullptr};
    // Another process sends this profile's outbox: it picks the item up within seconds, and
    // the caller hears it went out; if it does not, the item waits there, and the caller is
    // told who sends it rather than kept waiting.
    const QString sender = m_outbox->sendingElsewhere();
    const int releaseAfterMs = !sender.isEmpty() && request.releaseAfterMs < 0
        ? kOtherSenderWaitMs
        : request.releaseAfterMs;
    if (releaseAfterMs >= 0) {
        // A slow platform does not hold the rep: after a moment the record waits in the outbox.
        waiting.release = new QTimer(this);
        waiting.release->setSingleShot(true);
        const qint64 itemId = outcome.itemId;
        connect(waiting.release, &QTimer::timeout, this, [this, itemId, ticket, sender] {
            SubmissionOutcome slow;
            slow.kind = SubmissionOutcome::Kind::Queued;
            slow.ticket = ticket;
            slow.itemId = itemId;
            slow.reason = sender.isEmpty()
                ? tr("The platform is slow to answer.")
                : tr("%1 is sending this profile's outbox; it goes out from there.").arg(sender);
            finishWaiting(itemId, slow);
        });
        waiting.release->start(releaseAfterMs);
    }
    m_waiting.insert(outcome.itemId, waiting);
    return ticket;
}

StaleEditCheck *Submission::startCheck(quint64 ticket, const Request &request)
{
    auto *check = new StaleEditCheck(m_client, this);
    m_checks.insert(ticket, {check, request});
    return check;
}

void Submission::endCheck(quint64 ticket)
{
    const Check check = m_checks.take(ticket);
    if (check.check)
        check.check->deleteLater();
}

quint64 Submission::submitUpdate(const Request &request, const RecordModel &model,
                                 const QString &openedModified)
{
    const quint64 ticket = m_nextTicket++;
    if (openedModified.isEmpty())
        return enqueue(request, ticket);
    StaleEditCheck *check = startCheck(ticket, request);
    connect(check, &StaleEditCheck::finished, this,
            [this, ticket](bool moved, const QList<StaleEditCheck::Difference> &differences,
                           const QJsonObject &fresh, const QString &freshModified,
                           const PlatformError &error) {
                if (error.isError()) {
                    SubmissionOutcome failed;
                    failed.kind = SubmissionOutcome::Kind::CheckFailed;
                    failed.ticket = ticket;
                    failed.itemId = m_checks.value(ticket).request.itemId;
                    failed.error = error;
                    endCheck(ticket);
                    return finish(failed);
                }
                if (moved)
                    return Q_EMIT othersChanged(ticket, differences, fresh, freshModified);
                const Request checked = m_checks.value(ticket).request;
                endCheck(ticket);
                enqueue(checked, ticket);
            });
    check->check(model, openedModified);
    return ticket;
}

void Submission::resolveStale(quint64 ticket, const Request &rebased)
{
    if (!m_checks.contains(ticket))
        return;
    endCheck(ticket);
    enqueue(rebased, ticket);
}

void Submission::abandon(quint64 ticket)
{
    if (!m_checks.contains(ticket))
        return;
    SubmissionOutcome outcome;
    outcome.kind = SubmissionOutcome::Kind::Abandoned;
    outcome.ticket = ticket;
    outcome.itemId = m_checks.value(ticket).request.itemId;
    endCheck(ticket);
    finish(outcome);
}

quint64 Submission::learnModified(const RecordModel &model)
{
    const quint64 ticket = m_nextTicket++;
    StaleEditCheck *check = startCheck(ticket, {});
    connect(check, &StaleEditCheck::finished, this,
            [this, ticket](bool, const QList<StaleEditCheck::Difference> &, const QJsonObject &,
                           const QString &freshModified, const PlatformError &error) {
                endCheck(ticket);
                if (!error.isError())
                    Q_EMIT modifiedLearned(ticket, freshModified);
            });
    check->check(model, QString());
    return ticket;
}

void Submission::onItemChanged(const OutboxChange &change)
{
    const auto it = m_waiting.constFind(change.id());
    if (it == m_waiting.constEnd())
        return;
    SubmissionOutcome outcome;
    outcome.ticket = it->ticket;
    outcome.itemId = change.id();
    outcome.recordId = change.entry.recordId;
    outcome.reason = change.entry.lastError;
    outcome.error = change.error;
    using Kind = SubmissionOutcome::Kind;
    switch (change.state()) {
    case OutboxItem::State::Sent:
        outcome.kind = it->update ? Kind::Updated : Kind::Created;
        break;
    case OutboxItem::State::NeedsFix:
        outcome.kind = Kind::NeedsFix;
        break;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Uncertain:
        if (change.removed) {
            outcome.kind = Kind::NotKept;
            outcome.reason = tr("It was deleted from the outbox.");
            break;
        }
        if (change.entry.attempts == 0)
            return; // just queued (or put back), not tried yet
        if (m_outbox->isPaused()) {
            outcome.kind = Kind::Paused;
            outcome.reason = m_outbox->pauseReason();
        } else {
            outcome.kind
                = change.state() == OutboxItem::State::Queued ? Kind::Queued : Kind::Uncertain;
        }
        break;
    default:
        if (!change.removed)
            return;
        outcome.kind = Kind::NotKept;
        outcome.reason = tr("It was deleted from the outbox.");
        break;
    }
    finishWaiting(change.id(), outcome);
}

void Submission::finishWaiting(qint64 itemId, SubmissionOutcome outcome)
{
    const Waiting waiting = m_waiting.take(itemId);
    delete waiting.release;
    finish(outcome);
}

void Submission::finish(SubmissionOutcome outcome)
{
    // Always after submit() returned, so the caller knows the ticket the answer names.
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}
