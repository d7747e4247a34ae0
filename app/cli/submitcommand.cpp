#include "cli/submitcommand.h"

#include "cli/cliconnection.h"
#include "services/outbox.h"
#include "services/submission.h"

void SubmitCommand::start()
{
    withCatalog(Refresh::IfStale, [this](std::shared_ptr<const LookupCatalog> catalog) {
        m_catalog = catalog;
        m_connection->submission()->setCatalog(catalog);
        const QList<int> valid = check(catalog);
        screenDuplicates(valid, [this, valid](const QSet<int> &duplicated) {
            QList<int> sendable;
            for (int index : valid) {
                if (m_options.allowDuplicate || !duplicated.contains(index)) {
                    sendable.append(index);
                    continue;
                }
                QTextStream(stderr)
                    << (m_inputs.size() > 1 ? prefix(index) : QStringLiteral("leaddesk-cli: "))
                    << tr("nothing was sent: the record may exist already (see above); give "
                          "--allow-duplicate to create it anyway.")
                    << Qt::endl;
                note(ExitCode::InvalidLocally);
            }
            send(sendable);
        });
    });
}

void SubmitCommand::send(const QList<int> &valid)
{
    if (valid.isEmpty())
        return endWithWorst();
    Outbox *outbox = m_connection->outbox();
    Submission *submission = m_connection->submission();
    connect(submission, &Submission::finished, this, &SubmitCommand::onOutcome);
    // Only what this command queues goes out now; other queued items wait for `outbox flush`
    // or the app.
    outbox->setSendOnlyQueuedHere(true);
    outbox->start();
    m_order = valid;
    const auto catalog = m_catalog;
    for (int index : valid) {
        // Checked when it is taken: each body with the catalog its own check used.
        submission->setCatalog(catalogFor(index, catalog));
        m_tickets.insert(submission->submitBody(kind(), m_inputs.at(index).body), index);
    }
    submission->setCatalog(catalog);
}

void SubmitCommand::onOutcome(const SubmissionOutcome &outcome)
{
    const auto it = m_tickets.constFind(outcome.ticket);
    if (it == m_tickets.constEnd())
        return;
    const int index = it.value();
    m_tickets.erase(it);
    using Kind = SubmissionOutcome::Kind;
    // The file is the user's copy: a refused body does not wait in the outbox, and neither does
    // one the credentials or clock stopped (nothing was accepted).
    if ((outcome.kind == Kind::NeedsFix || outcome.kind == Kind::Paused) && outcome.itemId > 0)
        m_connection->outbox()->remove(outcome.itemId);
    m_results.insert(index, outcome);
    printReady();
    if (m_tickets.isEmpty())
        endWithWorst();
}

void SubmitCommand::printReady()
{
    while (m_printed < m_order.size() && m_results.contains(m_order.at(m_printed))) {
        const int index = m_order.at(m_printed++);
        print(index, m_results.take(index));
    }
}

void SubmitCommand::print(int index, const SubmissionOutcome &outcome)
{
    using Kind = SubmissionOutcome::Kind;
    const QString kindName = recordKindName(kind());
    QTextStream err(stderr);
    const QString failure = m_inputs.size() > 1 ? prefix(index) : QStringLiteral("leaddesk-cli: ");
    switch (outcome.kind) {
    case Kind::Created:
    case Kind::Updated:
        out() << prefix(index) << kindName << ' ' << outcome.recordId << ' '
              << (outcome.kind == Kind::Updated ? "updated" : "created") << Qt::endl;
        return note(ExitCode::Done);
    case Kind::NeedsFix:
        err << failure << outcome.reason << Qt::endl;
        return note(ExitCode::Rejected);
    case Kind::Queued:
    case Kind::Uncertain:
        out() << prefix(index) << "queued " << outcome.itemId << Qt::endl;
        err << failure
            << tr("%1 It is queued as item %2 and goes out with 'leaddesk-cli outbox flush' or "
                  "when LeadDesk runs.")
                   .arg(outcome.reason)
                   .arg(outcome.itemId)
            << Qt::endl;
        return note(ExitCode::Unreachable);
    case Kind::Invalid:
        for (const FieldProblem &problem : outcome.problems)
            err << prefix(index) << problem.key << ": " << problem.message << Qt::endl;
        return note(ExitCode::InvalidLocally);
    case Kind::NothingToSend:
        err << failure << tr("The body changes nothing; nothing was sent.") << Qt::endl;
        return note(ExitCode::InvalidLocally);
    case Kind::Paused:
    case Kind::NotKept:
    case Kind::CheckFailed:
    case Kind::Abandoned:
        err << failure << (outcome.reason.isEmpty() ? outcome.error.toString() : outcome.reason)
            << Qt::endl;
        return note(ExitCode::Configuration);
    }
}
