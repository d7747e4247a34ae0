#pragma once

#include "platform/platformerror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;

/// Asks the platform for the records a draft may duplicate: contacts with the same email or
/// last name, companies whose business name holds the draft's most distinctive word. Several
/// list calls, one `finished` with everything they found. A new look() drops the last one.
class RadarPlatformLookup : public QObject
{
    Q_OBJECT

public:
    explicit RadarPlatformLookup(PlatformClient *client, QObject *parent = nullptr);

    /// `kind` is "contact" or "company"; `draft` holds the values as typed.
    void look(const QString &kind, const QJsonObject &draft);

    /// The list filters look() sends for `draft` (none when nothing is worth asking).
    static QList<QJsonObject> filters(const QString &kind, const QJsonObject &draft);
    /// How many records one filter brings back at most.
    static constexpr int kPerFilter = 50;

Q_SIGNALS:
    /// Every record found (a record once per filter that found it); `error` set when a call
    /// failed (the records of the others still come).
    void finished(const QString &kind, const QJsonObject &draft, const QList<QJsonObject> &records,
                  const PlatformError &error);

private:
    void cancel();

    PlatformClient *m_client;
    QList<QPointer<PlatformReply>> m_replies;
    QList<QJsonObject> m_found;
    PlatformError m_error;
    quint64 m_generation = 0;
};
