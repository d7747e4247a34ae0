#include "services/radarplatformlookup.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "radar/companyname.h"
#include "services/radarrecords.h"

#include <QJsonArray>

RadarPlatformLookup::RadarPlatformLookup(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QList<QJsonObject> RadarPlatformLookup::filters(const QString &kind, const QJsonObject &draft)
{
    QList<QJsonObject> list;
    if (!RadarRecords::isWorthLooking(kind, draft))
        return list;
    if (kind == QStringLiteral("contact")) {
        const ContactCandidate c = RadarRecords::contact(draft);
        if (c.email.contains(QLatin1Char('@')))
            list << QJsonObject {{QStringLiteral("email"), c.email.trimmed()}};
        if (!c.lastName.isEmpty())
            list << QJsonObject {{QStringLiteral("lastName__CONTAINS"), c.lastName}};
        return list;
    }
    // The longest word that tells businesses apart finds every way of writing the rest.
    const CompanyName name(RadarRecords::company(draft).businessName);
    QString best;
    for (int i = 0; i < name.core().size(); ++i) {
        const QString word = name.original(i);
        const bool generic = CompanyName::isGeneric(name.stems().value(i));
        if (word.size() > best.size() && (!generic || best.isEmpty()))
            best = word;
    }
    if (!best.isEmpty())
        list << QJsonObject {{QStringLiteral("businessName__CONTAINS"), best}};
    return list;
}

void RadarPlatformLookup::cancel()
{
    ++m_generation;
    for (const QPointer<PlatformReply> &reply : std::as_const(m_replies))
        if (reply)
            reply->abort();
    m_replies.clear();
    m_found.clear();
    m_error = PlatformError();
}

void RadarPlatformLookup::look(const QString &kind, const QJsonObject &draft)
{
    cancel();
    const QList<QJsonObject> wanted = filters(kind, draft);
    if (wanted.isEmpty() || !m_client)
        return Q_EMIT finished(kind, draft, {}, PlatformError());
    const quint64 generation = m_generation;
    const QString action = kind == QStringLiteral("contact") ? QStringLiteral("getContactList")
                                                             : QStringLiteral("getCompanyList");
    for (const QJsonObject &filter : wanted) {
        PlatformReply *reply = m_client->call(
            QStringLiteral("contact"), action,
            {{QStringLiteral("filter"), filter}, {QStringLiteral("perPage"), kPerFilter}});
        m_replies.append(reply);
        connect(reply, &PlatformReply::finished, this,
                [this, kind, draft, generation](const PlatformResult &result) {
                    if (generation != m_generation
                        || result.error.kind == PlatformError::Kind::Cancelled)
                        return;
                    if (result.ok()) {
                        for (const QJsonValue &v :
                             result.object().value(QStringLiteral("results")).toArray())
                            m_found.append(v.toObject());
                    } else {
                        m_error = result.error;
                    }
                    const bool pending = std::any_of(
                        m_replies.cbegin(), m_replies.cend(),
                        [](const QPointer<PlatformReply> &r) { return r && !r->isFinished(); });
                    if (pending)
                        return;
                    m_replies.clear();
                    Q_EMIT finished(kind, draft, std::exchange(m_found, {}), m_error);
                });
    }
}
