#pragma once

#include "services/radarfinding.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class PlatformClient;
class RadarIndex;
class RadarPlatformLookup;
class RadarRecords;

/// The duplicate radar (issue 15): given a contact or company draft (values as typed), the
/// existing records it may duplicate, strong ones first, each with its reason in words. The
/// local index answers at once (online or not); the platform's list, asked when a client is
/// given, merges in when it arrives. One radar per form: a new look() replaces the last one of
/// the same kind.
class DuplicateRadar : public QObject
{
    Q_OBJECT

public:
    /// Any of `index` and `client` may be null (no index yet; offline use only).
    DuplicateRadar(RadarIndex *index, PlatformClient *client, QString profile,
                   const QString &region, QObject *parent = nullptr);
    ~DuplicateRadar() override;

    /// What the local index says about `draft` of `kind` ("contact" or "company"), now.
    RadarFindings check(const QString &kind, const QJsonObject &draft) const;
    /// check() now (findingsChanged at once), then the platform's records merged in
    /// (findingsChanged again, fromPlatform true).
    void look(const QString &kind, const QJsonObject &draft);
    /// Search-as-you-type from the index: records of `kind` whose names (or a contact's email)
    /// contain `text`, folded; empty when the index has none.
    QList<QJsonObject> search(const QString &kind, const QString &text, int limit = 20) const;

    /// "Acme Conferences Pty Ltd (1000) — same company name once 'Pty Ltd' is ignored".
    static QString describe(const RadarFinding &finding);

Q_SIGNALS:
    void findingsChanged(const QString &kind, const QJsonObject &draft,
                         const RadarFindings &findings, bool fromPlatform);

private:
    QList<QJsonObject> indexed(const QString &kind, const QJsonObject &draft) const;
    void onPlatform(const QString &kind, const QJsonObject &draft,
                    const QList<QJsonObject> &records);
    RadarPlatformLookup *lookup(const QString &kind);

    RadarIndex *m_index;
    QPointer<PlatformClient> m_client;
    QString m_profile;
    std::unique_ptr<RadarRecords> m_records;
    RadarPlatformLookup *m_contactLookup = nullptr;
    RadarPlatformLookup *m_companyLookup = nullptr;
};
