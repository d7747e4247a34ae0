#pragma once

#include "validatecommand.h"

/// `submit [--kind lead|company|contact] FILE`: refreshes lookups older than
/// a day, checks the body like `validate` (exit 2 and nothing sent when it is
/// invalid), sends it and prints "<kind> <id> created|updated".
class SubmitCommand : public ValidateCommand
{
    Q_OBJECT

public:
    using ValidateCommand::ValidateCommand;
    void start() override;

private:
    void send(const QJsonObject &body);
};
