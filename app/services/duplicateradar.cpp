#include "services/duplicateradar.h"

#include "platform/platformclient.h"
#include "radar/radarkey.h"
#include "services/radarplatformlookup.h"
#include "services/radarrecords.h"
#include "store/radarindex.h"

#include <QCoreApplication>

DuplicateRadar::DuplicateRadar(RadarIndex *index, PlatformClient *client, QString profile,
                               const QString &region, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_records(std::make_unique<RadarRecords>(region))
{ }

DuplicateRadar::~DuplicateRadar() = default;

QList<QJsonObject> DuplicateRadar::indexed(const QString &kind, const QJsonObject &draft) const
{
    QList<QJsonObject> records;
    if (!m_index)
        return records;
    auto found = m_index->candidates(m_profile, kind, m_records->query(kind, draft));
    if (!found)
        return records;
    for (const RadarEntry &entry : found.value())
        records.append(entry.record);
    return records;
}

RadarFindings DuplicateRadar::check(const QString &kind, const QJsonObject &draft) const
{
    if (!RadarRecords::isWorthLooking(kind, draft))
        return {};
    return m_records->judge(kind, draft, indexed(kind, draft));
}

RadarPlatformLookup *DuplicateRadar::lookup(const QString &kind)
{
    RadarPlatformLookup *&lookup
        = kind == QStringLiteral("contact") ? m_contactLookup : m_companyLookup;
    if (!lookup) {
        lookup = new RadarPlatformLookup(m_client, this);
        connect(lookup, &RadarPlatformLookup::finished, this,
                [this](const QString &k, const QJsonObject &draft,
                       const QList<QJsonObject> &records,
                       const PlatformError &) { onPlatform(k, draft, records); });
    }
    return lookup;
}

void DuplicateRadar::look(const QString &kind, const QJsonObject &draft)
{
    Q_EMIT findingsChanged(kind, draft, check(kind, draft), false);
    if (m_client && m_client->hasCredentials() && RadarRecords::isWorthLooking(kind, draft))
        lookup(kind)->look(kind, draft);
}

void DuplicateRadar::onPlatform(const QString &kind, const QJsonObject &draft,
                                const QList<QJsonObject> &records)
{
    // The platform's copy first: it is the fresher when both hold a record.
    Q_EMIT findingsChanged(kind, draft,
                           m_records->judge(kind, draft, records + indexed(kind, draft)), true);
}

QList<QJsonObject> DuplicateRadar::search(const QString &kind, const QString &text, int limit) const
{
    QList<QJsonObject> records;
    if (!m_index)
        return records;
    auto found = m_index->search(m_profile, kind, RadarKey::searchText(text), limit);
    if (!found)
        return records;
    for (const RadarEntry &entry : found.value())
        records.append(entry.record);
    return records;
}

QString DuplicateRadar::describe(const RadarFinding &finding)
{
    return QCoreApplication::translate("DuplicateRadar", "%1 (%2) — %3")
        .arg(finding.label)
        .arg(finding.id)
        .arg(finding.match.explanation);
}
