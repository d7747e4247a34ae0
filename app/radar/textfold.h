#pragma once

#include <QString>
#include <QStringList>

/// Folds text the way people do not notice differences: case, diacritics
/// (Unicode NFKD with the marks dropped), ligatures and punctuation. Names,
/// business names and search keys all go through here so they compare alike.
class TextFold
{
public:
    /// Case-folded, decomposed, marks dropped ("Müller" → "muller", "Straße" → "strasse").
    static QString fold(const QString &text);

    /// The folded words of `text`. Apostrophes and dots join ("O'Brien" → "obrien",
    /// "e.K." → "ek"); every other non-alphanumeric character separates.
    static QStringList words(const QString &text);

    /// Like words(), with each word's offset in `text` (for quoting the original back).
    static QStringList words(const QString &text, QList<int> *starts);

    /// `word` with the German umlaut spellings folded too ("mueller" → "muller"), so
    /// a name typed without umlauts meets the one typed with them.
    static QString loose(const QString &word);

    /// Whether `b` is `a` with two neighbouring letters swapped ("Micheal", "Centre"/"Center"):
    /// a slip of the fingers, where one letter more, less or other is as often another name.
    static bool isTransposition(const QString &a, const QString &b);

    /// Damerau–Levenshtein distance, stopping early once it exceeds `limit`.
    static int distance(const QString &a, const QString &b, int limit);
};
