#include "cli/exitcode.h"

#include "platform/platformerror.h"

ExitCode exitCodeFor(const PlatformError &error)
{
    using Kind = PlatformError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitCode::Done;
    case Kind::Configuration:
        return ExitCode::Configuration;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Malformed:
    case Kind::Cancelled:
        return ExitCode::Unreachable;
    case Kind::Http:
    case Kind::Platform:
        if (error.isCredentialProblem() || error.isStaleRequest())
            return ExitCode::Configuration;
        if (error.isTransient())
            return ExitCode::Unreachable;
        return ExitCode::Rejected;
    }
    return ExitCode::Rejected;
}
