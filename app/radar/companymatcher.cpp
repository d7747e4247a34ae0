#include "radar/companymatcher.h"

#include "radar/companyname.h"
#include "radar/domainname.h"
#include "radar/textfold.h"

#include <QSet>

namespace {

/// The organisation domains of a company: its email's (unless free mail) and its website's.
QSet<QString> domainsOf(const CompanyCandidate &company)
{
    QSet<QString> domains;
    const QString mail = DomainName::ofEmail(company.email);
    if (!mail.isEmpty() && !DomainName::isFreeMail(mail))
        domains.insert(DomainName::registrable(mail));
    const QString web = DomainName::ofWebsite(company.website);
    if (!web.isEmpty() && !DomainName::isFreeMail(web))
        domains.insert(DomainName::registrable(web));
    return domains;
}

/// The stems of `longer` missing from `shorter`, when `shorter` is all inside it.
QList<int> extraWords(const CompanyName &shorter, const CompanyName &longer)
{
    const QSet<QString> have(shorter.stems().cbegin(), shorter.stems().cend());
    QSet<QString> seen;
    QList<int> extra;
    for (int i = 0; i < longer.stems().size(); ++i) {
        const QString &stem = longer.stems().at(i);
        if (have.contains(stem))
            seen.insert(stem);
        else
            extra.append(i);
    }
    if (seen.size() != have.size())
        return {-1};
    return extra;
}

QString initials(const QStringList &words)
{
    QString letters;
    for (const QString &word : words) {
        if (word != QLatin1String("and") && word != QLatin1String("of"))
            letters += word.at(0);
    }
    return letters;
}

bool hasDistinctive(const QStringList &stems)
{
    for (const QString &stem : stems) {
        if (!CompanyName::isGeneric(stem))
            return true;
    }
    return false;
}

} // namespace

CompanyMatcher::CompanyMatcher(const QString &region)
    : m_phones(region)
{ }

bool CompanyMatcher::sameName(const QString &a, const QString &b)
{
    const CompanyName na(a), nb(b);
    if (na.isEmpty() || nb.isEmpty())
        return false;
    const Relation relation = compare(na, nb).relation;
    return relation == Relation::Same || relation == Relation::SameIgnoringSuffix
        || relation == Relation::SameIgnoringSpacing;
}

RadarMatch CompanyMatcher::match(const CompanyCandidate &typed,
                                 const CompanyCandidate &existing) const
{
    const CompanyName a(typed.businessName), b(existing.businessName);
    if (a.isEmpty() || b.isEmpty())
        return {};
    const NameComparison names = compare(a, b);
    if (names.relation == Relation::None)
        return {};
    const QString support = evidence(typed, existing);
    RadarMatch result;
    result.strength = MatchStrength::Strong;
    switch (names.relation) {
    case Relation::Same:
        result.reason = MatchReason::SameCompanyName;
        result.explanation = tr("same company name");
        break;
    case Relation::SameIgnoringSuffix:
        result.reason = MatchReason::SameCompanyNameIgnoringSuffix;
        result.explanation = tr("same company name once '%1' is ignored").arg(names.detail);
        break;
    case Relation::SameIgnoringSpacing:
        result.reason = MatchReason::SameCompanyNameIgnoringSpacing;
        result.explanation = tr("same company name once spaces are ignored");
        break;
    case Relation::Similar:
        if (support.isEmpty() && names.needsEvidence)
            return {};
        result.reason = MatchReason::SimilarCompanyName;
        result.strength = support.isEmpty() ? MatchStrength::Possible : MatchStrength::Strong;
        result.explanation = names.detail;
        break;
    case Relation::None:
        return {};
    }
    if (!support.isEmpty())
        result.explanation = tr("%1, and %2").arg(result.explanation, support);
    return result;
}

CompanyMatcher::NameComparison CompanyMatcher::compare(const CompanyName &a, const CompanyName &b)
{
    NameComparison result;
    if (a.stems() == b.stems()) {
        if (TextFold::fold(a.suffix()) != TextFold::fold(b.suffix())
            && CompanyName(a.suffix()).words() != CompanyName(b.suffix()).words()) {
            result.relation = Relation::SameIgnoringSuffix;
            result.detail = a.suffix().isEmpty() ? b.suffix() : a.suffix();
        } else {
            result.relation = Relation::Same;
        }
        return result;
    }
    if (a.compact() == b.compact()) {
        result.relation = Relation::SameIgnoringSpacing;
        return result;
    }
    return similar(a, b);
}

CompanyMatcher::NameComparison CompanyMatcher::similar(const CompanyName &a, const CompanyName &b)
{
    NameComparison result;
    result.relation = Relation::Similar;
    // One name inside the other, the rest generic: "Acme Events" and "Acme Events Group".
    const bool aShorter = a.stems().size() <= b.stems().size();
    const CompanyName &shorter = aShorter ? a : b;
    const CompanyName &longer = aShorter ? b : a;
    const QList<int> extra = extraWords(shorter, longer);
    if (!extra.isEmpty() && extra.first() >= 0 && hasDistinctive(shorter.stems())) {
        bool allGeneric = true;
        QStringList written;
        for (int i : extra) {
            allGeneric = allGeneric && CompanyName::isGeneric(longer.stems().at(i));
            written.append(longer.original(i));
        }
        if (allGeneric) {
            result.detail
                = tr("similar company name: only '%1' differs").arg(written.join(QLatin1Char(' ')));
            return result;
        }
    }
    // The same words in another order, or one typo in one word.
    QStringList sortedA = a.stems(), sortedB = b.stems();
    sortedA.sort();
    sortedB.sort();
    if (sortedA == sortedB) {
        result.detail = tr("similar company name: the same words in another order");
        return result;
    }
    if (a.stems().size() == b.stems().size()) {
        int differing = -1;
        int count = 0;
        for (int i = 0; i < a.stems().size(); ++i) {
            if (a.stems().at(i) != b.stems().at(i)) {
                differing = i;
                ++count;
            }
        }
        const QString x = count == 1 ? a.stems().at(differing) : QString();
        const QString y = count == 1 ? b.stems().at(differing) : QString();
        if (count == 1 && std::min(x.size(), y.size()) >= 5 && TextFold::distance(x, y, 1) <= 1
            && !x.at(0).isDigit()) {
            result.detail = tr("similar company name: one letter apart");
            // Swapped letters are a slip of the fingers; one letter more, less or other
            // ("Schmidt", "Schmitt") as often names another business, and so does a lone word.
            result.needsEvidence = a.stems().size() == 1 || !TextFold::isTransposition(x, y);
            return result;
        }
    }
    // An acronym of the other: "IBM" for "International Business Machines".
    const bool aSingle = a.stems().size() == 1;
    const CompanyName &single = aSingle ? a : b;
    const CompanyName &full = aSingle ? b : a;
    if (single.stems().size() == 1 && full.core().size() >= 3
        && single.core().first() == initials(full.core())) {
        result.detail = tr("'%1' are the initials of '%2'").arg(single.original(0), full.name());
        result.needsEvidence = true;
        return result;
    }
    return {};
}

QString CompanyMatcher::evidence(const CompanyCandidate &a, const CompanyCandidate &b) const
{
    QSet<QString> phonesA;
    for (const QString &phone : a.phones) {
        const QString normalized = m_phones.normalize(phone);
        if (!normalized.isEmpty())
            phonesA.insert(normalized);
    }
    for (const QString &phone : b.phones) {
        if (phonesA.contains(m_phones.normalize(phone)))
            return tr("the same phone");
    }
    if (domainsOf(a).intersects(domainsOf(b)))
        return tr("the same web domain");
    return QString();
}
