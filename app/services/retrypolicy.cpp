#include "services/retrypolicy.h"

#include <QtGlobal>

#include <cmath>

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int attempts, int retryAfterSeconds,
                                   const Settings &settings, double spread)
{
    const double exponent = qBound(0, attempts - 1, 20);
    double delay
        = qMin<double>(settings.baseDelayMs * std::pow(2.0, exponent), settings.maxDelayMs);
    delay *= 1.0 + qBound(-1.0, spread, 1.0) * settings.jitter;
    if (retryAfterSeconds > 0)
        delay = qMax(delay, retryAfterSeconds * 1000.0);
    return now.addMSecs(qint64(delay));
}
