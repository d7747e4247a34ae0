#pragma once

struct PlatformError;

/// The CLI's exit codes (DESIGN.md "leaddesk-cli").
enum class ExitCode
{
    Done = 0,
    Usage = 1,
    InvalidLocally = 2,
    Rejected = 3,
    Unreachable = 4,
    Configuration = 5,
};

/// What a failed call means for the exit code: not reachable (4), refused
/// credentials, address or clock (5), or the platform's refusal (3).
ExitCode exitCodeFor(const PlatformError &error);
