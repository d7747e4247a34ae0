#include "recordsubmitter.h"

#include "platformclient.h"
#include "platformreply.h"

RecordSubmitter::RecordSubmitter(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

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

bool RecordSubmitter::submit(RecordKind kind, const QJsonObject &body)
{
    if (isBusy())
        return false;
    const bool update = body.contains(QStringLiteral("id"));
    m_reply = m_client->call(QStringLiteral("contact"), recordKindAction(kind), body);
    Q_EMIT busyChanged(true);
    connect(m_reply, &PlatformReply::finished, this, [this, update](const PlatformResult &result) {
        m_reply = nullptr;
        Q_EMIT busyChanged(false);
        Q_EMIT finished(outcomeOf(result, update));
    });
    return true;
}
