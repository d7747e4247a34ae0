#pragma once

#include <QString>

#include <memory>

class CliCommand;
class CliConnection;
class QCoreApplication;
struct CliOptions;

/// leaddesk-cli as a library: parses the process's arguments, runs the one command they name
/// and returns its exit code (README "Exit codes"). main() only prepares the process.
class CliRunner
{
public:
    static int run(QCoreApplication &app);

private:
    /// The command for `verb` (CliOptions::parse has checked it is one).
    static std::unique_ptr<CliCommand> commandFor(const QString &verb, CliConnection *connection,
                                                  const CliOptions &options);
};
