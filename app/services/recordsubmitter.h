#pragma once

#include "platformresult.h"
#include "recordkind.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;

/// Sends one record's body to its addOrUpdate… action and reports the new
/// or updated id, or why not. One submission at a time: a second submit
/// while one is running is refused, so a double click never sends twice.
class RecordSubmitter : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        qint64 id = 0;
        bool created = false;
        PlatformError error;
    };

    explicit RecordSubmitter(PlatformClient *client, QObject *parent = nullptr);

    bool isBusy() const { return !m_reply.isNull(); }
    /// False (and nothing sent) when a submission is already running.
    bool submit(RecordKind kind, const QJsonObject &body);

    /// The outcome of an addOrUpdate… answer.
    static Outcome outcomeOf(const PlatformResult &result, bool update);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const RecordSubmitter::Outcome &outcome);

private:
    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
};
