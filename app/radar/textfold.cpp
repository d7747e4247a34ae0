#include "radar/textfold.h"

#include <QList>

#include <algorithm>

namespace {

/// Letters NFKD leaves whole but people write as two (or as a plain letter).
QString expanded(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0152: // Œ
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0141: // Ł
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0110: // Đ
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00DE: // Þ
    case 0x00FE: // þ
        return QStringLiteral("th");
    case 0x0131: // ı
        return QStringLiteral("i");
    default:
        return QString();
    }
}

bool isMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

/// Characters that join the letters around them instead of separating words.
bool joins(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('.') || c == QChar(0x2019)
        || c == QChar(0x00B4) || c == QLatin1Char('`');
}

} // namespace

QString TextFold::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;
        const QString special = expanded(c);
        if (!special.isEmpty())
            out += special;
        else
            out += c.toCaseFolded();
    }
    return out;
}

QStringList TextFold::words(const QString &text)
{
    return words(text, nullptr);
}

QStringList TextFold::words(const QString &text, QList<int> *starts)
{
    QStringList result;
    QString current;
    int currentStart = -1;
    int segment = 0; // letters since the last joining character
    auto flush = [&] {
        const QString folded = fold(current);
        if (!folded.isEmpty()) {
            result.append(folded);
            if (starts)
                starts->append(currentStart);
        }
        current.clear();
        currentStart = -1;
        segment = 0;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A dot joins single letters ("e.K.", "S.A.R.L."), and ends a word otherwise.
        if (c == QLatin1Char('.') && segment != 1) {
            flush();
            continue;
        }
        if (joins(c)) {
            segment = 0;
            continue;
        }
        if (c.isLetterOrNumber() || isMark(c)) {
            if (currentStart < 0)
                currentStart = i;
            current += c;
            ++segment;
            continue;
        }
        flush();
    }
    flush();
    return result;
}

QString TextFold::loose(const QString &word)
{
    QString out = word;
    out.replace(QLatin1String("ue"), QLatin1String("u"));
    out.replace(QLatin1String("oe"), QLatin1String("o"));
    out.replace(QLatin1String("ae"), QLatin1String("a"));
    return out;
}

bool TextFold::isTransposition(const QString &a, const QString &b)
{
    if (a.size() != b.size() || a == b)
        return false;
    qsizetype i = 0;
    while (a.at(i) == b.at(i))
        ++i;
    return i + 1 < a.size() && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
        && a.mid(i + 2) == b.mid(i + 2);
}

int TextFold::distance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows suffice for the transposition step.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}
