#include "sandbox/batchjobs.h"

#include "sandbox/sandboxcodes.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>

namespace {
SandboxError incorrectFormat(qsizetype index, const QString &reason)
{
    return SandboxError(400, SandboxCodes::BatchIncorrectJobFormat,
                        QStringLiteral("Incorrect Job Format"),
                        {QStringLiteral("job %1: %2").arg(index).arg(reason)});
}

SandboxError emptyParameter(const QString &what)
{
    return SandboxError(400, SandboxCodes::BatchEmptyJobParameter,
                        QStringLiteral("Empty job parameter found"), {what});
}
} // namespace

std::optional<SandboxError> BatchJobs::parse(const QJsonObject &body, QList<Job> *jobs)
{
    const QJsonValue jobsValue = body.value(QLatin1String("jobs"));
    if (jobsValue.isUndefined())
        return SandboxError::required(QStringLiteral("jobs"));
    if (!jobsValue.isArray()) {
        return SandboxError(400, SandboxCodes::BatchIncorrectJobFormat,
                            QStringLiteral("Incorrect Job Format"),
                            {QStringLiteral("'jobs' must be an array, not %1")
                                 .arg(ValueCheck::kindName(jobsValue))});
    }
    const QJsonValue callback = body.value(QLatin1String("callbackUrl"));
    if (!callback.isUndefined() && !callback.isString()) {
        return SandboxError::doesNotValidate(QStringLiteral("callbackUrl"),
                                             QStringLiteral("Value must be a string"));
    }
    const QJsonArray array = jobsValue.toArray();
    if (array.isEmpty())
        return emptyParameter(QStringLiteral("'jobs' holds no job"));
    if (array.size() > MaxJobs) {
        return SandboxError(
            400, SandboxCodes::BatchTooManyJobs,
            QStringLiteral("The maximum number of jobs can be put on a single request is %1")
                .arg(MaxJobs),
            {QStringLiteral("%1 jobs were sent").arg(array.size())});
    }
    jobs->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return incorrectFormat(i, QStringLiteral("a job must be an object"));
        const QJsonObject job = array.at(i).toObject();
        for (const char *key : {"namespace", "action", "params"}) {
            const QJsonValue value = job.value(QLatin1String(key));
            if (value.isUndefined() || value.isNull()
                || (value.isString() && value.toString().trimmed().isEmpty())) {
                return emptyParameter(
                    QStringLiteral("job %1: '%2' is empty").arg(i).arg(QLatin1String(key)));
            }
        }
        const QJsonValue nameSpace = job.value(QLatin1String("namespace"));
        const QJsonValue action = job.value(QLatin1String("action"));
        if (!nameSpace.isString() || !action.isString())
            return incorrectFormat(i, QStringLiteral("'namespace' and 'action' must be strings"));
        if (!job.value(QLatin1String("params")).isObject())
            return incorrectFormat(i, QStringLiteral("'params' must be an object"));
        // A batch inside a batch would let one request start any number of jobs.
        if (nameSpace.toString() == QLatin1String("batch"))
            return incorrectFormat(i, QStringLiteral("a job cannot call the batch namespace"));
        jobs->append({nameSpace.toString(), action.toString(),
                      job.value(QLatin1String("params")).toObject()});
    }
    return std::nullopt;
}
