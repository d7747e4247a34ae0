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
        // A redirect is not followed: the address is what needs fixing.
        if (error.kind == Kind::Http && error.httpStatus >= 300 && error.httpStatus < 400)
            return ExitCode::Configuration;
        if (error.isTransient())
            return ExitCode::Unreachable;
        return ExitCode::Rejected;
    }
    return ExitCode::Rejected;
}
