#include "cli/outboxcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "services/outbox.h"
#include "store/outboxstore.h"

namespace {
constexpr int kSentListed = 20;
} // namespace

void OutboxCommand::start()
{
    if (!openStore())
        return;
    if (m_options.command.value(1) == QStringLiteral("list"))
        list();
    else
        flush();
}

void OutboxCommand::list()
{
    // What waits, and the most recent sent; the rest of the history stays in the app's view.
    const auto items = m_connection->outbox()->entries(kSentListed);
    if (!items)
        return fail(ExitCode::Configuration, items.error());
    for (const OutboxEntry &item : items.value()) {
        out() << item.id << '\t' << item.kind << '\t' << OutboxItem::stateName(item.state) << '\t'
              << item.attempts << '\t';
        if (item.state == OutboxItem::State::Sent)
            out() << "id " << item.recordId;
        else
            out() << TerminalText::line(item.lastError);
        out() << '\t' << TerminalText::line(item.title) << Qt::endl;
    }
    succeed();
}

void OutboxCommand::flush()
{
    Outbox *outbox = m_connection->outbox();
    const auto pending = m_connection->outboxStore()->pendingCount(m_connection->profile());
    if (!pending)
        return fail(ExitCode::Configuration, pending.error());
    if (pending.value() == 0) {
        out() << tr("nothing to send") << Qt::endl;
        return succeed();
    }
    connect(outbox, &Outbox::progress, this, [this](int done, int total) {
        out() << tr("sent %1 of %2").arg(done).arg(total) << Qt::endl;
    });
    connect(outbox, &Outbox::idle, this, &OutboxCommand::onIdle);
    prepareOutbox(outbox);
    connect(outbox, &Outbox::pausedChanged, this, [this](bool paused, const QString &reason) {
        if (paused)
            fail(ExitCode::Configuration, reason);
    });
    // One process sends from a profile's outbox; this one would only send what the other is
    // already sending. Nothing is wrong, and nothing more is needed from this command.
    connect(
        outbox, &Outbox::followingChanged, this,
        [this, count = pending.value()](const QString &holder) {
            if (holder.isEmpty())
                return;
            out() << tr("%1 is sending this profile's outbox; the %n waiting item(s) go out from "
                        "there.",
                        nullptr, int(count))
                         .arg(holder)
                  << Qt::endl;
            succeed();
        });
    // Nothing is lost when the store cannot be written, but nothing more can go out either.
    connect(outbox, &Outbox::storeFailed, this, [this](const QString &reason) {
        fail(ExitCode::Configuration,
             tr("The outbox cannot be written (%1); nothing more is sent until it can.")
                 .arg(reason));
    });
    // Everything waiting is due now before the outbox starts: started first, it would find
    // nothing due (each item waits for its retry time), say it is idle, and the command would
    // end while the first send is on its way, leaving that item "sending".
    outbox->sendNow();
    outbox->start();
}

void OutboxCommand::onIdle()
{
    const auto items = m_connection->outbox()->entries(0);
    if (!items)
        return fail(ExitCode::Configuration, items.error());
    int waiting = 0;
    int needsFix = 0;
    QString lastError;
    for (const OutboxEntry &item : items.value()) {
        if (item.isPending()) {
            ++waiting;
            lastError = item.lastError;
        } else if (item.state == OutboxItem::State::NeedsFix) {
            ++needsFix;
        }
    }
    if (waiting > 0)
        return fail(ExitCode::Unreachable,
                    tr("%n item(s) still wait to be sent: %1", nullptr, waiting).arg(lastError));
    if (needsFix > 0)
        return fail(ExitCode::Rejected,
                    tr("%n item(s) were refused by the platform and need a fix in LeadDesk "
                       "(see 'outbox list').",
                       nullptr, needsFix));
    out() << tr("everything was sent") << Qt::endl;
    succeed();
}
