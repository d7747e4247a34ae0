#pragma once

#include "radar/companycandidate.h"
#include "radar/phonenormalizer.h"
#include "radar/radarmatch.h"

#include <QCoreApplication>

class CompanyName;

/// Whether a company being typed is one already on the platform: by business
/// name normalised (case, punctuation, diacritics, '&'/"and", the legal form),
/// with the distinctive words required to agree ("Acme Events" is not
/// "Acme Mining"), and a phone or a company email/website domain as supporting
/// evidence (free-mail domains are none). Pure: no I/O, safe on any thread.
class CompanyMatcher
{
    Q_DECLARE_TR_FUNCTIONS(CompanyMatcher)

public:
    /// `region` reads phones written without a country code (the profile's region, "AU").
    explicit CompanyMatcher(const QString &region = QString());

    RadarMatch match(const CompanyCandidate &typed, const CompanyCandidate &existing) const;

    /// Whether two business names name the same company once case, punctuation,
    /// diacritics, spacing and the legal form are set aside (no evidence needed).
    static bool sameName(const QString &a, const QString &b);

private:
    enum class Relation
    {
        None,
        Same,
        SameIgnoringSuffix,
        SameIgnoringSpacing,
        Similar, ///< holds with evidence; without it only when `needsEvidence` is false
    };
    struct NameComparison
    {
        Relation relation = Relation::None;
        QString detail; ///< translated: what differs
        bool needsEvidence = false;
    };
    static NameComparison compare(const CompanyName &a, const CompanyName &b);
    static NameComparison similar(const CompanyName &a, const CompanyName &b);
    /// "same phone" / "same website domain", or empty when nothing supports the match.
    QString evidence(const CompanyCandidate &a, const CompanyCandidate &b) const;

    PhoneNormalizer m_phones;
};
