#pragma once

#include <QString>
#include <QStringList>

/// A person's name split into first and last name the way people write it:
/// "Dr. Anna-Lena Schäfer", "Jean-Pierre DUPONT", "LEFEBVRE François",
/// "Smith, Jane", "Peter van der Berg", "Rebecca Stone, PhD".
struct PersonName
{
    QString first;
    QString last;

    static PersonName split(const QString &written);

    /// Whether `text` reads as a person's name: two to four capitalised words
    /// of letters (an honorific and post-nominals aside), no digits.
    static bool looksLikeName(const QString &text);

    /// "DUPONT" → "Dupont", "O'CONNOR" → "O'Connor", "DUPONT-MOREAU" → "Dupont-Moreau".
    static QString titleCased(const QString &word);

private:
    /// The words of the name without honorifics ("Dr.", "Mme", "i. A.") and
    /// post-nominals ("PhD", "MBA"), first name first; `lastCount` is how many
    /// words are the last name when a comma said so ("van der Berg, Peter"), else 0.
    static QStringList nameWords(const QString &written, qsizetype *lastCount);
};
