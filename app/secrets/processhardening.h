#pragma once

#include <QString>

/// Keeps the API secret out of core dumps and out of reach of the user's other processes.
///
/// A core dump holds the whole memory of the process, the secret read from the keychain
/// included. Both programs call disableCoreDumps() first thing in main(), as KeePassXC does in
/// its bootstrap (src/core/Bootstrap.cpp): the core size limit goes to 0 and, on Linux, the
/// process is no longer dumpable, which also keeps other processes of the same user from
/// attaching to it or reading its memory. LeadDesk has no crash handler that would need either.
class ProcessHardening
{
public:
    /// What the kernel says about this process now.
    struct State
    {
        bool coreLimitZero = false; ///< RLIMIT_CORE soft and hard limits are 0
        int dumpable = -1; ///< prctl(PR_GET_DUMPABLE): 0 off, 1 on, -1 unknown
        /// `core dumps off (core size limit 0, dumpable 0)`, for the test switch.
        QString describe() const;
    };

    /// False when a step failed (a warning says which); the process runs on either way.
    static bool disableCoreDumps();
    static State state();
    /// ASan's leak checker attaches to the process at exit and cannot once it is not dumpable:
    /// sanitizer builds keep that flag (the core size limit still goes to 0).
    static bool keepsDumpableForSanitizer();
    /// With LEADDESK_REPORT_CORE_DUMPS=1 in the environment, prints describe() on stderr: lets
    /// a test ask a running program instead of trusting this class.
    static void reportIfAsked();
};
