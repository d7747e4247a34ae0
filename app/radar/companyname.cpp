#include "radar/companyname.h"

#include "radar/textfold.h"

#include <QSet>

#include <algorithm>

namespace {

/// Legal forms, folded and split into words as TextFold::words() does; the
/// longest that ends a name is taken first, and again until none is left
/// ("GmbH & Co. KG" is "kg", then "and co", then "gmbh").
const QList<QStringList> &legalForms()
{
    static const QList<QStringList> forms = [] {
        const QString written = QStringLiteral(
            "pty ltd,pty limited,pty,p l,proprietary limited,proprietary ltd,proprietary,ltd,"
            "limited,private limited,pvt ltd,pte ltd,co ltd,company limited,"
            "public limited company,plc,inc,incorporated,llc,limited liability company,llp,lp,"
            "limited partnership,corp,corporation,gmbh,mbh,gesellschaft mit beschrankter haftung,"
            "ag,aktiengesellschaft,kg,kgaa,ohg,ug,ug haftungsbeschrankt,haftungsbeschrankt,ek,ev,"
            "and co,and cie,and co kg,co kg,se,sarl,sas,sasu,eurl,sa,sca,snc,societe anonyme,"
            "societe par actions simplifiee,societe a responsabilite limitee,bv,nv,srl,spa,oy,"
            "ab,aps,as,asa,kft,sro,sp z oo,sprl,scrl");
        QList<QStringList> list;
        for (const QString &form : written.split(QLatin1Char(',')))
            list.append(form.split(QLatin1Char(' ')));
        // Longest first, so "pty ltd" wins over "ltd".
        std::stable_sort(list.begin(), list.end(), [](const QStringList &a, const QStringList &b) {
            return a.size() > b.size();
        });
        return list;
    }();
    return forms;
}

bool endsWith(const QStringList &words, int end, const QStringList &tail)
{
    if (tail.size() > end)
        return false;
    for (int i = 0; i < tail.size(); ++i) {
        if (words.at(end - tail.size() + i) != tail.at(i))
            return false;
    }
    return true;
}

/// '&', '+' and the German and French "and" read as "and".
QStringList withAnd(const QString &name, QList<int> *starts)
{
    QString spaced = name;
    spaced.replace(QLatin1Char('&'), QLatin1String(" and "));
    spaced.replace(QLatin1Char('+'), QLatin1String(" and "));
    QList<int> rawStarts;
    QStringList words = TextFold::words(spaced, &rawStarts);
    // Offsets into `spaced`; map them back onto the name as written.
    QList<int> map;
    for (int i = 0, j = 0; i < name.size(); ++i) {
        const int width
            = (name.at(i) == QLatin1Char('&') || name.at(i) == QLatin1Char('+')) ? 5 : 1;
        for (int k = 0; k < width; ++k, ++j)
            map.append(i);
    }
    for (int &start : rawStarts)
        start = map.value(start, int(name.size()));
    for (QString &word : words) {
        if (word == QLatin1String("und") || word == QLatin1String("et"))
            word = QStringLiteral("and");
    }
    *starts = rawStarts;
    return words;
}

} // namespace

CompanyName::CompanyName(const QString &businessName)
    : m_name(businessName.trimmed())
{
    m_words = withAnd(m_name, &m_starts);
    int end = int(m_words.size());
    int removed = 0;
    // Keep at least one word: "Limited" alone is a name, not a suffix.
    while (end > 1) {
        const int length = legalFormLength(m_words.mid(0, end));
        if (length == 0 || length >= end)
            break;
        end -= length;
        removed += length;
    }
    // A dangling "and" from "Smith & Co": drop it with the suffix.
    while (end > 1 && m_words.at(end - 1) == QLatin1String("and")) {
        --end;
        ++removed;
    }
    if (removed > 0)
        m_suffix = m_name.mid(m_starts.at(end)).trimmed();
    m_coreBegin = (end > 1 && m_words.first() == QLatin1String("the")) ? 1 : 0;
    m_core = m_words.mid(m_coreBegin, end - m_coreBegin);
    for (const QString &word : std::as_const(m_core))
        m_stems.append(stem(word));
}

int CompanyName::legalFormLength(const QStringList &words)
{
    for (const QStringList &form : legalForms()) {
        if (endsWith(words, int(words.size()), form))
            return int(form.size());
    }
    return 0;
}

QString CompanyName::original(int index) const
{
    const int at = m_coreBegin + index;
    if (index < 0 || at >= m_starts.size())
        return QString();
    const int start = m_starts.at(at);
    int end = start;
    while (end < m_name.size()
           && (m_name.at(end).isLetterOrNumber() || m_name.at(end) == QLatin1Char('\'')
               || m_name.at(end).category() == QChar::Mark_NonSpacing))
        ++end;
    return m_name.mid(start, end - start);
}

QString CompanyName::stem(const QString &word)
{
    // Singular first: the umlaut folding would turn "venues" into "venus".
    QString s = word;
    if (s.size() > 4 && s.endsWith(QLatin1String("ies")))
        s = s.chopped(3) + QLatin1Char('y');
    else if (s.size() > 3 && s.endsWith(QLatin1Char('s')) && !s.endsWith(QLatin1String("ss"))
             && !s.endsWith(QLatin1String("us")) && !s.endsWith(QLatin1String("is")))
        s.chop(1);
    return TextFold::loose(s);
}

bool CompanyName::isGeneric(const QString &stem)
{
    static const QSet<QString> generic = [] {
        QSet<QString> set;
        const QString words = QStringLiteral(
            "and of the for de group gruppe groupe holding international intl global worldwide "
            "australia aust australasia asia pacific europe european uk usa us america "
            "deutschland germany france service solution company co enterprise partner "
            "associate management trust hq");
        for (const QString &word : words.split(QLatin1Char(' ')))
            set.insert(CompanyName::stem(word));
        return set;
    }();
    return generic.contains(stem);
}
