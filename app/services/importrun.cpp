#include "services/importrun.h"

#include "import/importidentity.h"
#include "model/fieldkeys.h"
#include "model/record.h"
#include "model/recordbody.h"
#include "services/outbox.h"
#include "services/submission.h"
#include "store/importledger.h"

namespace {
const QString kRowPrefix = QStringLiteral("row:");

QString rowTag(qint64 row)
{
    return kRowPrefix + QString::number(row);
}
} // namespace

QString ImportRun::Result::statusName() const
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("ready");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Queued:
        return QStringLiteral("queued");
    case Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

ImportRun::ImportRun(Submission *submission, Outbox *outbox, ImportLedger *ledger, QString profile,
                     QObject *parent)
    : QObject(parent)
    , m_submission(submission)
    , m_outbox(outbox)
    , m_ledger(ledger)
    , m_profile(std::move(profile))
{ }

ImportRun::~ImportRun() = default;

void ImportRun::setFile(const QString &fileKey, RecordKind kind)
{
    m_fileKey = fileKey;
    m_kind = kind;
}

void ImportRun::setCatalog(std::shared_ptr<const LookupCatalog> catalog)
{
    m_catalog = std::move(catalog);
}

void ImportRun::addRow(const ImportRow &row, const QString &rowKey)
{
    if (m_started || row.status == ImportRow::Status::Problem || m_rowByKey.contains(rowKey))
        return;
    m_rowByKey.insert(rowKey, row.number);
    m_rows.append({row, rowKey, {}, {}});
    Result result;
    result.row = row.number;
    m_results.insert(row.number, result);
}

void ImportRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_catalog)
        m_catalog = LookupCatalog::build({}, {});
    m_submission->setCatalog(m_catalog);
    connect(m_submission, &Submission::finished, this, &ImportRun::onOutcome);
    connect(m_submission, &Submission::queued, this, [this](quint64 ticket, qint64 itemId) {
        const QString key = m_tickets.value(ticket, m_submitting);
        if (key.isEmpty())
            return;
        const QString ledgerKey
            = key.startsWith(kRowPrefix) ? m_rows.at(m_indexByTag.value(key)).rowKey : key;
        const auto kept = m_ledger->remember(m_profile, m_fileKey, ledgerKey, itemId);
        if (!kept) {
            Q_EMIT failed(kept.error());
            cancel();
        }
    });
    connect(m_outbox, &Outbox::itemChanged, this, &ImportRun::onItemChanged);
    for (int i = 0; i < m_rows.size(); ++i)
        m_indexByTag.insert(rowTag(m_rows.at(i).row.number), i);
    recover();
    planParties();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Pending &pending = m_rows.at(i);
        const qint64 itemId = m_known.value(pending.rowKey);
        if (itemId > 0)
            follow(itemId, rowTag(pending.row.number));
        else
            m_queue.append(i);
    }
    pump();
    checkDone();
}

void ImportRun::recover()
{
    auto remembered = m_ledger->items(m_profile, m_fileKey);
    auto drafted = m_ledger->queuedItems(m_profile, m_fileKey);
    if (!remembered || !drafted) {
        Q_EMIT failed(remembered ? drafted.error() : remembered.error());
        m_cancelled = true;
        return;
    }
    m_known = remembered.take();
    // Queued just before a crash, before the ledger heard of it: the draft still says so.
    const QHash<QString, qint64> found = drafted.take();
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        m_known.insert(it.key(), it.value());
        m_ledger->remember(m_profile, m_fileKey, it.key(), it.value());
    }
}

void ImportRun::planParties()
{
    if (m_kind != RecordKind::Lead)
        return;
    QHash<QString, int> users[2];
    for (const Pending &pending : std::as_const(m_rows)) {
        if (!pending.row.contactKey.isEmpty())
            ++users[0][pending.row.contactKey];
        if (!pending.row.companyKey.isEmpty())
            ++users[1][pending.row.companyKey];
    }
    for (Pending &pending : m_rows) {
        const struct
        {
            QString folded;
            const char *kind;
            RecordKind recordKind;
            QString bodyKey;
            QString *partyKey;
            int group;
        } sides[2] = {
            {pending.row.contactKey, "contact", RecordKind::Contact, FieldKeys::contact,
             &pending.contactParty, 0},
            {pending.row.companyKey, "company", RecordKind::Company, FieldKeys::company,
             &pending.companyParty, 1},
        };
        for (const auto &side : sides) {
            if (side.folded.isEmpty() || users[side.group].value(side.folded) < 2)
                continue;
            const QString key = ImportIdentity::partyKey(QLatin1String(side.kind), side.folded);
            *side.partyKey = key;
            Party &party = m_parties[key];
            party.kind = side.recordKind;
            if (party.body.isEmpty())
                party.body = pending.row.body.value(side.bodyKey).toObject();
            party.waiting.append(pending.row.number);
        }
    }
    for (auto it = m_parties.begin(); it != m_parties.end(); ++it)
        if (const qint64 itemId = m_known.value(it.key()); itemId > 0)
            follow(itemId, it.key());
}

void ImportRun::follow(qint64 itemId, const QString &key)
{
    const auto item = m_outbox->item(itemId);
    SubmissionOutcome outcome;
    outcome.itemId = itemId;
    if (!item) {
        outcome.kind = SubmissionOutcome::Kind::NotKept;
        outcome.reason = tr("An earlier run queued it as outbox item %1, which was deleted; it "
                            "is not sent again.")
                             .arg(itemId);
        return applyOutcome(key, outcome, true);
    }
    using State = OutboxItem::State;
    switch (item.value().state) {
    case State::Sent:
        outcome.kind = SubmissionOutcome::Kind::Created;
        outcome.recordId = item.value().recordId;
        return applyOutcome(key, outcome, true);
    case State::NeedsFix:
        outcome.kind = SubmissionOutcome::Kind::NeedsFix;
        outcome.reason = item.value().lastError;
        return applyOutcome(key, outcome, true);
    case State::Draft:
        outcome.kind = SubmissionOutcome::Kind::NotKept;
        outcome.reason = tr("It was taken back from the outbox for editing (item %1).").arg(itemId);
        return applyOutcome(key, outcome, true);
    default:
        m_followed.insert(itemId, key);
        if (key.startsWith(kRowPrefix))
            ++m_inFlight;
        m_outbox->adopt(itemId);
        return;
    }
}

void ImportRun::pause()
{
    m_paused = true;
}

void ImportRun::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
    checkDone();
}

void ImportRun::cancel()
{
    m_cancelled = true;
    checkDone();
}

bool ImportRun::ready(const Pending &pending) const
{
    for (const QString &key : {pending.contactParty, pending.companyParty})
        if (!key.isEmpty() && m_parties.value(key).recordId <= 0)
            return false;
    return true;
}

const ImportRun::Party *ImportRun::failedParty(const Pending &pending) const
{
    for (const QString &key : {pending.contactParty, pending.companyParty}) {
        const auto it = m_parties.constFind(key);
        if (!key.isEmpty() && it != m_parties.constEnd() && it->failed)
            return &*it;
    }
    return nullptr;
}

void ImportRun::pump()
{
    if (m_paused || m_cancelled || !m_started)
        return;
    // A shared new contact goes first, once, when a row needs it.
    for (auto it = m_parties.begin(); it != m_parties.end(); ++it)
        if (!it->submitted && !it->failed && it->recordId <= 0)
            submitParty(it.key());
    QList<int> later;
    for (int i : std::as_const(m_queue)) {
        if (const Party *failed = failedParty(m_rows.at(i))) {
            // Queued for later when its contact is; refused when its contact was.
            finishRow(m_rows.at(i).row.number,
                      failed->queued ? Result::Status::Queued : Result::Status::Rejected, 0, 0,
                      failed->problem, false);
            continue;
        }
        if (m_inFlight >= m_window || m_cancelled || !ready(m_rows.at(i))) {
            later.append(i);
            continue;
        }
        submitRow(m_rows.at(i));
    }
    m_queue = later;
}

void ImportRun::submitParty(const QString &key)
{
    Party &party = m_parties[key];
    party.submitted = true;
    const Record record = RecordBody::load(party.kind, party.body, *m_catalog);
    Submission::Request request;
    request.kind = party.kind;
    request.title = record.title();
    request.draft = record.toDraft();
    request.draft.insert(ImportLedger::fileTag(), m_fileKey);
    request.draft.insert(ImportLedger::rowTag(), key);
    request.body = RecordBody::build(record, *m_catalog);
    m_submitting = key;
    const quint64 ticket = m_submission->submit(request);
    m_submitting.clear();
    m_tickets.insert(ticket, key);
}

void ImportRun::submitRow(const Pending &pending)
{
    QJsonObject body = pending.row.body;
    const bool companyLead
        = body.contains(FieldKeys::company) || body.contains(FieldKeys::companyId);
    if (!pending.contactParty.isEmpty()) {
        body.remove(FieldKeys::contact);
        body.insert(companyLead ? FieldKeys::companyLeadContactId : FieldKeys::contactId,
                    m_parties.value(pending.contactParty).recordId);
    }
    if (!pending.companyParty.isEmpty()) {
        body.remove(FieldKeys::company);
        body.insert(FieldKeys::companyId, m_parties.value(pending.companyParty).recordId);
    }
    const Record record = RecordBody::load(m_kind, body, *m_catalog);
    Submission::Request request;
    request.kind = m_kind;
    request.title = record.title();
    request.draft = record.toDraft();
    request.draft.insert(ImportLedger::fileTag(), m_fileKey);
    request.draft.insert(ImportLedger::rowTag(), pending.rowKey);
    request.body = RecordBody::build(record, *m_catalog);
    const QString key = rowTag(pending.row.number);
    ++m_inFlight;
    m_submitting = key;
    const quint64 ticket = m_submission->submit(request);
    m_submitting.clear();
    m_tickets.insert(ticket, key);
}

void ImportRun::onOutcome(const SubmissionOutcome &outcome)
{
    const auto it = m_tickets.constFind(outcome.ticket);
    if (it == m_tickets.constEnd())
        return;
    const QString key = it.value();
    m_tickets.erase(it);
    if (key.startsWith(kRowPrefix))
        --m_inFlight;
    applyOutcome(key, outcome);
    pump();
    checkDone();
}

void ImportRun::onItemChanged(const OutboxChange &change)
{
    const auto it = m_followed.constFind(change.id());
    if (it == m_followed.constEnd())
        return;
    SubmissionOutcome outcome;
    outcome.itemId = change.id();
    outcome.recordId = change.entry.recordId;
    outcome.reason = change.entry.lastError;
    using State = OutboxItem::State;
    if (change.removed) {
        outcome.kind = SubmissionOutcome::Kind::NotKept;
        outcome.reason = tr("It was deleted from the outbox.");
    } else if (change.state() == State::Sent) {
        outcome.kind = SubmissionOutcome::Kind::Created;
    } else if (change.state() == State::NeedsFix) {
        outcome.kind = SubmissionOutcome::Kind::NeedsFix;
    } else if ((change.state() == State::Queued || change.state() == State::Uncertain)
               && change.entry.attempts > 0) {
        outcome.kind = SubmissionOutcome::Kind::Queued;
    } else {
        return; // on its way
    }
    const QString key = it.value();
    m_followed.erase(it);
    if (key.startsWith(kRowPrefix))
        --m_inFlight;
    applyOutcome(key, outcome, true);
    pump();
    checkDone();
}

void ImportRun::applyOutcome(const QString &key, const SubmissionOutcome &outcome, bool earlier)
{
    using Kind = SubmissionOutcome::Kind;
    Result::Status status = Result::Status::Rejected;
    QString problem = outcome.reason.isEmpty() && outcome.error.isError() ? outcome.error.toString()
                                                                          : outcome.reason;
    switch (outcome.kind) {
    case Kind::Created:
    case Kind::Updated:
        status = Result::Status::Sent;
        problem.clear();
        break;
    case Kind::Queued:
    case Kind::Uncertain:
    case Kind::Paused:
        status = Result::Status::Queued;
        break;
    case Kind::Invalid: {
        QStringList parts;
        for (const FieldProblem &p : outcome.problems)
            parts.append(p.key + QStringLiteral(": ") + p.message);
        problem = parts.join(QStringLiteral(" | "));
        break;
    }
    default:
        break;
    }
    if (key.startsWith(kRowPrefix)) {
        const Pending &pending = m_rows.at(m_indexByTag.value(key));
        return finishRow(pending.row.number, status, outcome.recordId, outcome.itemId, problem,
                         earlier);
    }
    Party &party = m_parties[key];
    party.submitted = true;
    party.itemId = outcome.itemId;
    if (status == Result::Status::Sent && outcome.recordId > 0) {
        party.recordId = outcome.recordId;
        return;
    }
    party.failed = true;
    const bool company = party.kind == RecordKind::Company;
    if (status == Result::Status::Queued)
        party.problem = company
            ? tr("waits for its new company, queued as outbox item %1").arg(outcome.itemId)
            : tr("waits for its new contact, queued as outbox item %1").arg(outcome.itemId);
    else
        party.problem = company ? tr("its new company was refused: %1").arg(problem)
                                : tr("its new contact was refused: %1").arg(problem);
    party.queued = status == Result::Status::Queued;
}

void ImportRun::finishRow(qint64 row, Result::Status status, qint64 recordId, qint64 itemId,
                          const QString &problems, bool earlier)
{
    Result &result = m_results[row];
    if (result.status != Result::Status::Waiting)
        return;
    result.row = row;
    result.status = status;
    result.recordId = recordId;
    result.itemId = itemId;
    result.problems = problems;
    result.fromEarlierRun = earlier;
    ++m_done;
    Q_EMIT rowFinished(result);
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0.05 ? m_done / seconds : 0.0;
    const int left = rate > 0 ? int((total() - m_done) / rate + 0.5) : -1;
    Q_EMIT progress(m_done, total(), rate, left);
}

void ImportRun::checkDone()
{
    if (m_finished || !m_started || (m_paused && !m_cancelled))
        return;
    if (!m_tickets.isEmpty() || !m_followed.isEmpty())
        return;
    if (!m_queue.isEmpty() && !m_cancelled)
        return;
    m_finished = true;
    Q_EMIT finished();
}
