#pragma once

#include "model/outboxitem.h"
#include "platform/platformresult.h"
#include "services/outboxsettings.h"
#include "services/uncertainmatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class OutboxBatch;
class OutboxStore;
class PlatformClient;
class PlatformReply;

/// The outbox's single requests on their way (OutboxSender is its only user): one create or
/// update sent, or one uncertain create looked for on the platform and judged (UncertainMatch,
/// or OutboxBatch for a create whose batch may still be landing).
class OutboxRequests : public QObject
{
    Q_OBJECT

public:
    /// `pendingClaims(kind)`: records that answers not written yet hold.
    OutboxRequests(PlatformClient *client, OutboxStore *store, QString profile,
                   const OutboxSettings *settings, OutboxBatch *batch,
                   std::function<QSet<qint64>(const QString &kind)> pendingClaims,
                   std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~OutboxRequests() override;

    int count() const { return int(m_inFlight.size()); }
    bool contains(qint64 id) const { return m_inFlight.contains(id); }
    QList<qint64> ids() const { return m_inFlight.keys(); }

    /// Sends `item` (with this attempt counted; "sending" on disk already).
    void send(const OutboxItem &item);
    /// Looks for the record an uncertain create may have made.
    void lookFor(const OutboxItem &item);
    /// Drops every request on its way without an answer (the outbox is going): what went out
    /// stays "sending" on disk and is looked for after the next start.
    void abandon();

Q_SIGNALS:
    void sent(const OutboxItem &item, const PlatformResult &result);
    /// A look-up ended: what follows for the item.
    void lookedFor(const OutboxItem &item, const UncertainMatch::Next &next);
    /// A look-up could not be made: still unknown.
    void lookUpFailed(const OutboxItem &item, const PlatformResult &result);

private:
    void judge(const OutboxItem &item, const QDateTime &notBefore, const PlatformResult &result);

    PlatformClient *m_client;
    OutboxStore *m_store;
    QString m_profile;
    const OutboxSettings *m_settings;
    OutboxBatch *m_batch;
    std::function<QSet<qint64>(const QString &kind)> m_pendingClaims;
    std::function<QDateTime()> m_clock;
    QHash<qint64, QPointer<PlatformReply>> m_inFlight;
};
