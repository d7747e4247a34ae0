#include "services/recordfetch.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"

#include <QJsonArray>

RecordFetch::RecordFetch(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void RecordFetch::fetch(const QString &kind, qint64 id)
{
    if (m_reply)
        m_reply->abort();
    const bool lead = kind == QStringLiteral("lead");
    const QString action = lead             ? QStringLiteral("getLeadList")
        : kind == QStringLiteral("company") ? QStringLiteral("getCompanyList")
                                            : QStringLiteral("getContactList");
    m_reply = m_client->call(lead ? QStringLiteral("crm") : QStringLiteral("contact"), action,
                             {{QStringLiteral("filter"), QJsonObject {{QStringLiteral("id"), id}}},
                              {QStringLiteral("perPage"), 1}});
    connect(m_reply, &PlatformReply::finished, this,
            [this, kind, id](const PlatformResult &result) {
                if (result.error.kind == PlatformError::Kind::Cancelled)
                    return;
                if (!result.ok())
                    return Q_EMIT finished(kind, id, {}, result.error);
                const QJsonArray found = result.object().value(QStringLiteral("results")).toArray();
                if (found.isEmpty()) {
                    PlatformError gone;
                    gone.kind = PlatformError::Kind::Platform;
                    gone.message = tr("The platform has no %1 %2 (any more).").arg(kind).arg(id);
                    return Q_EMIT finished(kind, id, {}, gone);
                }
                Q_EMIT finished(kind, id, found.first().toObject(), PlatformError());
            });
}
