#include "services/recordsearch.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "store/recorddirectory.h"

#include <QJsonArray>
#include <QTimer>

namespace {
constexpr int kLimit = 20;

int slotOf(const QString &kind)
{
    return kind == QStringLiteral("company") ? 1 : 0;
}

/// The platform filter that finds `text` in the field a person most likely typed.
QJsonObject filterFor(const QString &kind, const QString &text)
{
    if (kind == QStringLiteral("company"))
        return {{QStringLiteral("businessName__CONTAINS"), text}};
    if (text.contains(QLatin1Char('@')))
        return {{QStringLiteral("email__CONTAINS"), text}};
    const QString last = text.section(QLatin1Char(' '), -1).trimmed();
    if (text.contains(QLatin1Char(' ')) && !last.isEmpty())
        return {{QStringLiteral("firstName__BEGINS"), text.section(QLatin1Char(' '), 0, 0)},
                {QStringLiteral("lastName__BEGINS"), last}};
    return {{QStringLiteral("lastName__CONTAINS"), text}};
}
} // namespace

RecordSearch::RecordSearch(PlatformClient *client, RecordDirectory *directory, QString profile,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_profile(std::move(profile))
{ }

RecordSearch::RecordSearch(QObject *parent)
    : QObject(parent)
{ }

void RecordSearch::search(const QString &kind, const QString &text)
{
    const QString needle = text.trimmed();
    QList<QJsonObject> cached;
    if (m_directory) {
        auto found = m_directory->search(m_profile, kind, needle, kLimit);
        if (found)
            cached = found.take();
    }
    // Answer after the caller returns, like the platform's answer will.
    QTimer::singleShot(0, this, [this, kind, needle, cached] {
        Q_EMIT resultsReady(kind, needle, cached, false);
    });

    const int slot = slotOf(kind);
    if (m_pending[slot])
        m_pending[slot]->abort();
    if (!m_client || !m_client->hasCredentials() || needle.size() < 2)
        return;
    QJsonObject body {{QStringLiteral("perPage"), kLimit},
                      {QStringLiteral("start"), 0},
                      {QStringLiteral("filter"), filterFor(kind, needle)}};
    const QString action = kind == QStringLiteral("company") ? QStringLiteral("getCompanyList")
                                                             : QStringLiteral("getContactList");
    PlatformReply *reply = m_client->call(QStringLiteral("contact"), action, body);
    m_pending[slot] = reply;
    connect(reply, &PlatformReply::finished, this,
            [this, kind, needle](const PlatformResult &result) {
                if (result.error.kind == PlatformError::Kind::Cancelled)
                    return;
                if (!result.ok()) {
                    Q_EMIT platformUnavailable(kind, result.error.toString());
                    return;
                }
                // perPage asked for kLimit; a platform that sends more gets no more room.
                QJsonArray found = result.object().value(QStringLiteral("results")).toArray();
                while (found.size() > kLimit)
                    found.removeLast();
                if (m_directory)
                    m_directory->remember(m_profile, kind, found);
                QList<QJsonObject> records;
                for (const QJsonValue &v : found)
                    records.append(v.toObject());
                Q_EMIT resultsReady(kind, needle, records, true);
            });
}
