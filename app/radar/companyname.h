#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A business name taken apart the way the radar compares it: folded words
/// ('&' read as "and"), the legal form at the end ("Pty Ltd", "GmbH & Co. KG",
/// "S.A.R.L.", "Proprietary Limited") set aside, and the words that are left.
class CompanyName
{
public:
    explicit CompanyName(const QString &businessName);

    /// Every folded word: "acme", "conferences", "pty", "ltd".
    const QStringList &words() const { return m_words; }
    /// The words without the legal form and a leading "the": "acme", "conferences".
    const QStringList &core() const { return m_core; }
    /// The core as compared: umlaut spellings folded, plurals singular ("acme", "conference").
    const QStringList &stems() const { return m_stems; }
    /// The legal form as written ("Pty. Ltd."); empty when the name has none.
    const QString &suffix() const { return m_suffix; }
    /// The stems without spaces: "eventworks" for "Event Works" and "EventWorks".
    QString compact() const { return m_stems.join(QString()); }
    /// Core word `index` as written in the name ("Conferences").
    QString original(int index) const;
    bool isEmpty() const { return m_stems.isEmpty(); }
    /// The name as written, trimmed.
    const QString &name() const { return m_name; }

    /// Words that tell no business apart ("group", "australia", "services",
    /// "international" …); the other words are the distinctive ones.
    static bool isGeneric(const QString &stem);
    /// `word` as compared: loose umlaut spelling, plural 's' dropped.
    static QString stem(const QString &word);

private:
    /// How many trailing words of `words` form a legal form (0 when none).
    static int legalFormLength(const QStringList &words);

    QString m_name;
    QStringList m_words;
    QList<int> m_starts; ///< offset of each word in m_name
    int m_coreBegin = 0; ///< index in m_words of the first core word
    QStringList m_core;
    QStringList m_stems;
    QString m_suffix;
};
