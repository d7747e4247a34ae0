#include "services/outboxrequests.h"

#include "model/recordkind.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/outboxbatch.h"
#include "store/outboxstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

OutboxRequests::OutboxRequests(PlatformClient *client, OutboxStore *store, QString profile,
                               const OutboxSettings *settings, OutboxBatch *batch,
                               std::function<QSet<qint64>(const QString &kind)> pendingClaims,
                               std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_batch(batch)
    , m_pendingClaims(std::move(pendingClaims))
    , m_clock(std::move(clock))
{ }

OutboxRequests::~OutboxRequests()
{
    abandon();
}

void OutboxRequests::abandon()
{
    // A call must not try again once its outbox is gone (a retry after 429/503 or a stale
    // date): the next outbox finds the item "sending", looks for it on the platform, does not
    // find it yet, and sends it again, and then the late retry lands too: a duplicate
    // (tst_outboxfaults, closedMidFlushIsRecoveredWithoutDuplicates).
    for (const auto &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_inFlight.clear();
}

void OutboxRequests::send(const OutboxItem &item)
{
    PlatformReply *reply = m_client->call(
        QStringLiteral("contact"),
        recordKindAction(recordKindFromName(item.kind).value_or(RecordKind::Lead)), item.body);
    // Whatever answer a create gets, short of a clear refusal, it is looked up, never resent.
    reply->setResendWhenBusy(item.isUpdate());
    m_inFlight.insert(item.id, reply);
    connect(reply, &PlatformReply::finished, this, [this, item](const PlatformResult &result) {
        m_inFlight.remove(item.id);
        Q_EMIT sent(item, result);
    });
}

void OutboxRequests::lookFor(const OutboxItem &item)
{
    const QDateTime since = item.firstSentAt.isValid() ? item.firstSentAt : item.createdAt;
    // On the platform's clock, which the learned offset gives.
    const QDateTime notBefore
        = since.addSecs(m_client->clockOffsetSeconds() - m_settings->lookBackSeconds);
    const UncertainMatch::Query query = UncertainMatch::queryFor(item, notBefore);
    PlatformReply *reply = m_client->call(query.nameSpace, query.action, query.body);
    m_inFlight.insert(item.id, reply);
    connect(reply, &PlatformReply::finished, this,
            [this, item, notBefore](const PlatformResult &result) {
                m_inFlight.remove(item.id);
                if (!result.ok())
                    return Q_EMIT lookUpFailed(item, result);
                judge(item, notBefore, result);
            });
}

void OutboxRequests::judge(const OutboxItem &item, const QDateTime &notBefore,
                           const PlatformResult &result)
{
    const QJsonArray listed = result.object().value(QStringLiteral("results")).toArray();
    // Records other items hold, answers not written yet included.
    const auto claimedIds
        = m_store->claimedRecordIds(m_profile, item.kind, UncertainMatch::idsIn(listed));
    QSet<qint64> claimed = m_pendingClaims(item.kind);
    if (claimedIds)
        for (qint64 id : claimedIds.value())
            claimed.insert(id);
    const auto verdict = UncertainMatch::judge(item, listed, claimed, notBefore);
    const int window = m_settings->landingWindowSeconds;
    const auto next = m_batch->isWatched(item.id)
        ? m_batch->afterLookUp(item, verdict, window)
        : UncertainMatch::after(item, verdict, m_clock(), window);
    if (next.state == OutboxItem::State::Sent)
        qCInfo(lcOutbox) << "item" << item.id << "had reached the platform as" << next.recordId;
    Q_EMIT lookedFor(item, next);
}
