#pragma once

#include "cli/catalogcommand.h"
#include "model/outboxitem.h"

/// `outbox list`: one line per item (local id, kind, state, attempts, last
/// error). `outbox flush`: sends what is queued, with counter lines, and
/// exits 0 when everything was sent.
class OutboxCommand : public CatalogCommand
{
    Q_OBJECT

public:
    using CatalogCommand::CatalogCommand;
    void start() override;

private:
    void list();
    void flush();
    void onIdle();
};
