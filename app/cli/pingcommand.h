#pragma once

#include "cli/clicommand.h"

/// `ping`: proves address, key, secret and clock in one call.
class PingCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void start() override;
};
