#include "services/recordsubmitter.h"

RecordSubmitter::Outcome RecordSubmitter::outcomeOf(const PlatformResult &result, bool update)
{
    Outcome outcome;
    if (!result.ok()) {
        outcome.error = result.error;
        return outcome;
    }
    const QJsonObject answer = result.object();
    const QJsonValue success = answer.value(QStringLiteral("success"));
    if (success.isBool() && !success.toBool()) {
        outcome.error.kind = PlatformError::Kind::Platform;
        outcome.error.message = answer.value(QStringLiteral("message")).toString();
        return outcome;
    }
    outcome.id = answer.value(QStringLiteral("id")).toVariant().toLongLong();
    if (outcome.id <= 0) {
        outcome.error.kind = PlatformError::Kind::Malformed;
        outcome.error.requestMayHaveArrived = true;
        outcome.error.message = tr("The platform's answer holds no id.");
        return outcome;
    }
    outcome.ok = true;
    outcome.created = !update;
    return outcome;
}
