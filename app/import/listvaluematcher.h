#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class LookupCatalog;
class SelectOptions;

/// Turns the values of one list column into the keys the platform takes: a value may be a key
/// (a lookup id "101", a select key) or a label ("Exhibition"), in any letter case. Values that
/// match nothing are collected once each, in the order first seen, so the rep can map them
/// ("Trade show 2026" → source "Exhibition"); the rep's choices then apply to every row.
class ListValueMatcher
{
public:
    /// The options of a catalog lookup ("sources", "types", "subtypes" of type `parentId` …);
    /// keys are the ids in decimal.
    static ListValueMatcher forLookup(const LookupCatalog &catalog, const QString &lookup,
                                      qint64 parentId = 0);
    /// The values of a select custom field.
    static ListValueMatcher forSelect(const SelectOptions &options);
    /// Any list of (key, label) pairs.
    explicit ListValueMatcher(QList<QPair<QString, QString>> options);

    /// The key `value` stands for: the rep's choice for it, else a key, else a label shared by
    /// no other option (a label two options share matches neither). nullopt when it matches
    /// nothing (then it is collected) or is empty (then it is not).
    std::optional<QString> match(const QString &value);
    /// match() as a lookup id.
    std::optional<qint64> matchId(const QString &value);
    /// The rep's choice: `value` (in any case) stands for `key` from now on.
    void assign(const QString &value, const QString &key);

    /// The values that matched nothing, each once, as first written.
    const QStringList &unmatched() const { return m_unmatched; }
    /// How many times an unmatched value was met (its spelling may vary in case).
    int occurrences(const QString &value) const;

    /// The form values are compared in: case-folded, compatibility-normalized, white space
    /// trimmed and collapsed.
    static QString folded(const QString &value);

private:
    QHash<QString, QString> m_keys; ///< folded key → key
    QHash<QString, QString> m_labels; ///< folded label → key; empty key: ambiguous
    QHash<QString, QString> m_assigned; ///< folded value → key
    QHash<QString, int> m_counts; ///< folded unmatched value → times met
    QStringList m_unmatched;
};
