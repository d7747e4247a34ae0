#include "radar/contactmatcher.h"

#include "radar/companymatcher.h"
#include "radar/domainname.h"
#include "radar/textfold.h"

#include <QSet>

namespace {

/// A name part as compared: folded, no spaces or hyphens; `loose` folds umlaut spellings too.
QString compact(const QString &name, bool loose = true)
{
    const QString folded = TextFold::words(name).join(QString());
    return loose ? TextFold::loose(folded) : folded;
}

QString firstWord(const QString &name, bool loose = true)
{
    const QString folded = TextFold::words(name).value(0);
    return loose ? TextFold::loose(folded) : folded;
}

/// Short forms people go by; each group is one name.
bool nicknames(const QString &a, const QString &b)
{
    static const QList<QSet<QString>> groups = [] {
        const QString written = QStringLiteral(
            "robert rob bob bobby robbie,william will bill billy liam,"
            "elizabeth liz beth lizzie eliza betty,katherine catherine kate katie kathy cathy,"
            "michael mike mick mikey,james jim jimmy jamie,thomas tom tommy,christopher chris,"
            "christine chris christina,david dave davey,daniel dan danny,stephen steven steve,"
            "alexander alex sandy,alexandra alex sandra,samantha sam,samuel sam,matthew matt,"
            "nicholas nick nicky,andrew andy drew,anthony tony,benjamin ben,peter pete,"
            "susan sue suzie,jennifer jen jenny,joanne jo,margaret maggie meg peggy,"
            "richard rick rich dick,edward ed eddie ted,patricia pat patty trish,"
            "patrick pat paddy,johannes hans johann,josef joseph sepp joe,ulrich uli,"
            "stefanie steffi,katharina kathi,wolfgang wolf,maximilian max maxi,maxime max,"
            "guillaume guille,frederic fred,frederick fred freddie,jonathan jon,timothy tim,"
            "victoria vicky tori,rebecca becky bec,kimberley kim,kimberly kim,gregory greg,"
            "jeffrey jeff,zachary zach,nathaniel nate nathan,lawrence larry,leonard leo len,"
            "abigail abby");
        QList<QSet<QString>> list;
        for (const QString &group : written.split(QLatin1Char(','))) {
            const QStringList names = group.split(QLatin1Char(' '));
            list.append(QSet<QString>(names.cbegin(), names.cend()));
        }
        return list;
    }();
    for (const QSet<QString> &group : groups) {
        if (group.contains(a) && group.contains(b))
            return true;
    }
    return false;
}

/// Two letters swapped in a name of four or more: a typing slip. One letter more,
/// less or other is left alone: "Anna" and "Anne", "Schmidt" and "Schmitt" are
/// other people as often as not.
bool slip(const QString &a, const QString &b)
{
    return std::min(a.size(), b.size()) >= 4 && TextFold::isTransposition(a, b);
}

} // namespace

ContactMatcher::ContactMatcher(const QString &region)
    : m_phones(region)
{ }

QString ContactMatcher::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

RadarMatch ContactMatcher::match(const ContactCandidate &typed,
                                 const ContactCandidate &existing) const
{
    RadarMatch result;
    const QString emailA = normalizedEmail(typed.email);
    if (!emailA.isEmpty() && emailA == normalizedEmail(existing.email)) {
        result.strength = MatchStrength::Strong;
        result.reason = MatchReason::SameEmail;
        result.explanation = tr("same email");
        return result;
    }
    const NameRelation names = compareNames(typed, existing);
    if (names == NameRelation::None)
        return result;
    const bool same = names == NameRelation::Same;
    result.strength = same ? MatchStrength::Strong : MatchStrength::Possible;
    if (!typed.companyName.trimmed().isEmpty()
        && CompanyMatcher::sameName(typed.companyName, existing.companyName)) {
        result.reason = same ? MatchReason::SameNameAndCompany : MatchReason::SimilarNameAndCompany;
        result.explanation
            = same ? tr("same name and company") : tr("similar name and same company");
        return result;
    }
    if (samePhone(typed, existing)) {
        result.reason = same ? MatchReason::SameNameAndPhone : MatchReason::SimilarNameAndPhone;
        result.explanation = same ? tr("same name and phone") : tr("similar name and same phone");
        return result;
    }
    const QString domain = DomainName::registrable(DomainName::ofEmail(typed.email));
    if (same && !domain.isEmpty() && !DomainName::isFreeMail(domain)
        && domain == DomainName::registrable(DomainName::ofEmail(existing.email))) {
        result.reason = MatchReason::SameNameAndEmailDomain;
        result.explanation = tr("same name and email domain (%1)").arg(domain);
        return result;
    }
    return {};
}

ContactMatcher::NameRelation ContactMatcher::compareNames(const ContactCandidate &a,
                                                          const ContactCandidate &b)
{
    const QString firstA = compact(a.firstName), lastA = compact(a.lastName);
    const QString firstB = compact(b.firstName), lastB = compact(b.lastName);
    if (lastA.isEmpty() || lastB.isEmpty())
        return NameRelation::None;
    if (firstA + lastA == firstB + lastB || firstA + lastA == lastB + firstB)
        return NameRelation::Same;
    if (firstA.isEmpty() || firstB.isEmpty())
        return lastA == lastB ? NameRelation::Similar : NameRelation::None;

    const QString wordA = firstWord(a.firstName), wordB = firstWord(b.firstName);
    if (lastA == lastB) {
        // "John Michael Smith" and "John Smith"; "J. Smith"; "Bob" and "Robert"; "Micheal".
        const bool initial = (wordA.size() == 1 || wordB.size() == 1) && wordA.at(0) == wordB.at(0);
        // Slips compare as typed: "ae" folded to "a" would hide "Micheal" in "Michael".
        const bool typo = slip(firstWord(a.firstName, false), firstWord(b.firstName, false));
        if (wordA == wordB || initial || typo || nicknames(wordA, wordB))
            return NameRelation::Similar;
        return NameRelation::None;
    }
    if (firstA == firstB && slip(compact(a.lastName, false), compact(b.lastName, false)))
        return NameRelation::Similar;
    return NameRelation::None;
}

bool ContactMatcher::samePhone(const ContactCandidate &a, const ContactCandidate &b) const
{
    QSet<QString> phones;
    for (const QString &phone : a.phones) {
        const QString normalized = m_phones.normalize(phone);
        if (!normalized.isEmpty())
            phones.insert(normalized);
    }
    for (const QString &phone : b.phones) {
        if (phones.contains(m_phones.normalize(phone)))
            return true;
    }
    return false;
}
