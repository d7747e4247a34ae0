#include "capture/personname.h"

#include "radar/textfold.h"

#include <QSet>

namespace {

QString bare(const QString &word)
{
    return TextFold::fold(word).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
}

bool isHonorific(const QString &word)
{
    static const QSet<QString> honorifics {
        QStringLiteral("dr"),      QStringLiteral("prof"), QStringLiteral("mag"),
        QStringLiteral("dipling"), QStringLiteral("ing"),  QStringLiteral("mr"),
        QStringLiteral("mrs"),     QStringLiteral("ms"),   QStringLiteral("miss"),
        QStringLiteral("mme"),     QStringLiteral("mlle"), QStringLiteral("herr"),
        QStringLiteral("frau"),    QStringLiteral("sir"),  QStringLiteral("ppa"),
        QStringLiteral("drmed"),   QStringLiteral("dott"), QStringLiteral("ia"),
        QStringLiteral("iv"),
    };
    return honorifics.contains(bare(word));
}

bool isPostNominal(const QString &word)
{
    static const QSet<QString> letters {
        QStringLiteral("phd"), QStringLiteral("mba"), QStringLiteral("cpa"), QStringLiteral("jr"),
        QStringLiteral("sr"),  QStringLiteral("ii"),  QStringLiteral("iii"), QStringLiteral("msc"),
        QStringLiteral("bsc"), QStringLiteral("ba"),  QStringLiteral("ma"),  QStringLiteral("cmp"),
        QStringLiteral("cem"), QStringLiteral("mbe"), QStringLiteral("obe"), QStringLiteral("esq"),
        QStringLiteral("llb"), QStringLiteral("fca"),
    };
    return letters.contains(bare(word));
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles {
        QStringLiteral("van"), QStringLiteral("von"),   QStringLiteral("de"),
        QStringLiteral("der"), QStringLiteral("den"),   QStringLiteral("du"),
        QStringLiteral("da"),  QStringLiteral("di"),    QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("ten"),   QStringLiteral("ter"),
        QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("dos"),
        QStringLiteral("das"), QStringLiteral("zu"),    QStringLiteral("vom"),
        QStringLiteral("zur"), QStringLiteral("bin"),   QStringLiteral("al"),
        QStringLiteral("st"),
    };
    return particles.contains(TextFold::fold(word));
}

bool isAllCaps(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

bool isNameWord(const QString &word)
{
    if (word.isEmpty() || !(word.at(0).isUpper() || isParticle(word)))
        return false;
    for (const QChar c : word) {
        if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('\'') && c != QChar(0x2019)
            && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

} // namespace

QString PersonName::titleCased(const QString &word)
{
    QString out = word.toLower();
    bool start = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (start && out.at(i).isLetter()) {
            out[i] = out.at(i).toUpper();
            start = false;
        } else if (!out.at(i).isLetter()) {
            start = true;
        }
    }
    return out;
}

QStringList PersonName::nameWords(const QString &written, qsizetype *lastCount)
{
    QString text = written.simplified();
    *lastCount = 0;
    // "Stone, PhD" drops the letters; "Smith, Jane" puts the last name first.
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        const QStringList after = text.mid(comma + 1)
                                      .remove(QLatin1Char(','))
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool letters = true;
        for (const QString &word : after)
            letters = letters && isPostNominal(word);
        const QString before = text.left(comma).trimmed();
        if (!letters)
            *lastCount = before.count(QLatin1Char(' ')) + 1;
        text = letters ? before
                       : text.mid(comma + 1).remove(QLatin1Char(',')) + QLatin1Char(' ') + before;
    }
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && isHonorific(words.first()))
        words.removeFirst();
    // "i. A." (German: on behalf of) is two words.
    if (words.size() > 2 && bare(words.at(0)) == QLatin1String("i")
        && (bare(words.at(1)) == QLatin1String("a") || bare(words.at(1)) == QLatin1String("v")))
        words = words.mid(2);
    while (words.size() > 1 && isPostNominal(words.last()))
        words.removeLast();
    if (*lastCount >= words.size())
        *lastCount = 0;
    return words;
}

PersonName PersonName::split(const QString &written)
{
    qsizetype lastCount = 0;
    QStringList words = nameWords(written, &lastCount);
    PersonName name;
    if (words.size() == 1)
        name.first = words.first();
    if (words.size() <= 1)
        return name;
    QStringList caps, rest;
    for (const QString &word : std::as_const(words))
        (isAllCaps(word) ? caps : rest).append(word);
    // French style: the last name in capitals, before or after the first name.
    if (lastCount == 0 && !caps.isEmpty() && !rest.isEmpty()) {
        for (QString &word : caps)
            word = titleCased(word);
        name.first = rest.join(QLatin1Char(' '));
        name.last = caps.join(QLatin1Char(' '));
        return name;
    }
    if (rest.isEmpty()) {
        for (QString &word : words)
            word = titleCased(word);
    }
    // Without a comma, the last word and the particles before it ("van der Berg").
    qsizetype lastStart = words.size() - (lastCount > 0 ? lastCount : 1);
    while (lastCount == 0 && lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    QStringList first = words.mid(0, lastStart);
    // A middle initial is no part of the first name a form asks for: "Michael J." → "Michael".
    while (first.size() > 1 && bare(first.last()).size() == 1)
        first.removeLast();
    name.first = first.join(QLatin1Char(' '));
    name.last = words.mid(lastStart).join(QLatin1Char(' '));
    return name;
}

bool PersonName::looksLikeName(const QString &text)
{
    if (text.size() > 60 || text.contains(QLatin1Char('@')))
        return false;
    qsizetype lastCount = 0;
    const QStringList words = nameWords(text, &lastCount);
    if (words.size() < 2 || words.size() > 4)
        return false;
    int particles = 0;
    for (const QString &word : words) {
        if (!isNameWord(word))
            return false;
        if (isParticle(word))
            ++particles;
    }
    return particles < words.size() - 1;
}
