#pragma once

#include "radar/companycandidate.h"
#include "radar/contactcandidate.h"
#include "radar/phonenormalizer.h"
#include "services/radarfinding.h"
#include "store/radarentry.h"
#include "store/radarquery.h"

#include <QJsonObject>
#include <QList>

/// The radar's view of records: platform objects and drafts (values as typed, in the shape of
/// a request body) turned into matcher candidates, index entries and index queries, and a set of
/// existing records judged against a draft. Pure: safe on any thread.
class RadarRecords
{
public:
    /// `region` reads phones without a country code (the profile's region, "AU").
    explicit RadarRecords(const QString &region = QString());

    static ContactCandidate contact(const QJsonObject &record);
    static CompanyCandidate company(const QJsonObject &record);

    /// The index entry of a platform record of `kind` ("contact" or "company").
    RadarEntry entry(const QString &kind, const QJsonObject &record) const;
    /// What to look a draft of `kind` up by in the index.
    RadarQuery query(const QString &kind, const QJsonObject &draft) const;
    /// Whether a draft holds enough to look for duplicates (an email, a name, a business name).
    static bool isWorthLooking(const QString &kind, const QJsonObject &draft);

    /// The records of `existing` that the matchers hold to be `draft`, strong ones first, each
    /// id once (the first verdict kept), at most `limit`.
    RadarFindings judge(const QString &kind, const QJsonObject &draft,
                        const QList<QJsonObject> &existing, int limit = 3) const;

private:
    PhoneNormalizer m_phones;
    QString m_region;
};
