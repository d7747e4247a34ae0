#pragma once

#include <QDateTime>

/// When a transient failure is tried again: exponential backoff with jitter, never sooner than
/// the platform's Retry-After and never later than a cap. A pure function, so the schedule can be
/// tested without waiting.
namespace RetryPolicy {
struct Settings
{
    int baseDelayMs = 2000; ///< first retry after about this long
    int maxDelayMs = 5 * 60 * 1000; ///< retries never wait longer
    double jitter = 0.2; ///< ± share of the delay, so clients do not retry in step
};

/// After `attempts` attempts (1 for the first failure). `spread` in [-1, 1] picks the point in
/// the jitter band (the caller draws it at random). `retryAfterSeconds` < 0: none given.
QDateTime nextAttempt(const QDateTime &now, int attempts, int retryAfterSeconds,
                      const Settings &settings, double spread);
} // namespace RetryPolicy
