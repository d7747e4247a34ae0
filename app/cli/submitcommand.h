#pragma once

#include "cli/validatecommand.h"
#include "store/outboxitem.h"

/// `submit [--kind lead|company|contact] FILE`: refreshes lookups older than
/// a day, checks the body like `validate` (exit 2 and nothing sent when it is
/// invalid), sends it through the outbox and prints "<kind> <id>
/// created|updated". When the platform cannot be reached the item stays
/// queued: "queued <local-id>", exit 4.
class SubmitCommand : public ValidateCommand
{
    Q_OBJECT

public:
    using ValidateCommand::ValidateCommand;
    void start() override;

private:
    void send(RecordModel *model);
    void onItemChanged(qint64 id, OutboxItem::State state);

    qint64 m_itemId = 0;
};
