#pragma once

#include "platform/platformerror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;

/// Reads one lead, company or contact from the platform by its id (the platform has no "get
/// lead" call: its list, filtered by id). One fetch at a time; a new one replaces the last.
class RecordFetch : public QObject
{
    Q_OBJECT

public:
    explicit RecordFetch(PlatformClient *client, QObject *parent = nullptr);

    /// `kind` is "lead", "company" or "contact".
    void fetch(const QString &kind, qint64 id);

Q_SIGNALS:
    /// `record` as the platform lists it; on failure `error` says why.
    void finished(const QString &kind, qint64 id, const QJsonObject &record,
                  const PlatformError &error);

private:
    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
};
