#include "cli/submitcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "model/recordmodel.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/outbox.h"
#include "store/outboxstore.h"

void SubmitCommand::start()
{
    withCatalog(Refresh::IfStale, [this](std::shared_ptr<const LookupCatalog> catalog) {
        if (RecordModel *model = check(std::move(catalog)))
            send(model);
    });
}

void SubmitCommand::send(RecordModel *model)
{
    Outbox *outbox = m_connection->outbox();
    connect(outbox, &Outbox::itemChanged, this, &SubmitCommand::onItemChanged);
    // Only this record goes out now; other queued items wait for `outbox flush` or the app.
    const auto queued = outbox->queue(0, recordKindName(kind()), model->title(),
                                      model->draftState(), model->requestBody());
    if (!queued)
        return fail(ExitCode::Configuration, queued.error());
    m_itemId = queued.value();
    outbox->setOnly(m_itemId);
    outbox->start();
}

void SubmitCommand::onItemChanged(qint64 id, OutboxItem::State state)
{
    if (id != m_itemId)
        return;
    OutboxStore *store = m_connection->outboxStore();
    const auto item = store->item(id);
    if (!item)
        return fail(ExitCode::Configuration, item.error());
    const QString kindName = recordKindName(kind());
    switch (state) {
    case OutboxItem::State::Sent:
        out() << kindName << ' ' << item.value().recordId << ' '
              << (item.value().isUpdate() ? "updated" : "created") << Qt::endl;
        return succeed();
    case OutboxItem::State::NeedsFix:
        // The file is the user's copy; a refused body does not wait in the outbox.
        store->remove(id);
        return fail(ExitCode::Rejected, item.value().lastError);
    case OutboxItem::State::Queued:
    case OutboxItem::State::Uncertain:
        if (item.value().attempts == 0)
            return; // just queued, not tried yet
        if (m_connection->outbox()->isPaused()) {
            // Refused credentials or clock: nothing was accepted, nothing waits.
            store->remove(id);
            return fail(ExitCode::Configuration, m_connection->outbox()->pauseReason());
        }
        out() << "queued " << id << Qt::endl;
        return fail(ExitCode::Unreachable,
                    tr("%1 It is queued as item %2 and goes out with 'leaddesk-cli outbox "
                       "flush' or when LeadDesk runs.")
                        .arg(item.value().lastError)
                        .arg(id));
    default:
        return;
    }
}
