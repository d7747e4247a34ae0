#pragma once

#include <QHash>
#include <QString>

/// Finds the rows of one file that would create the same lead twice: the same lead name for the
/// same contact. The import flags the later rows as duplicates and sends them only when the rep
/// says so.
class DuplicateKeys
{
public:
    /// The key of a row: its lead name and its contact, each compared without regard to letter
    /// case or runs of white space. The contact is `contactId` when the row names an existing
    /// one, else `contactEmail` (resolve an email of a known contact to its id first, so both
    /// spellings meet). Empty when the row has no lead name: such a row has a problem already.
    static QString keyOf(const QString &leadName, qint64 contactId, const QString &contactEmail);

    /// Records `row` under `key`: the earlier row with that key, or 0 when there is none (and
    /// for an empty key).
    qint64 add(qint64 row, const QString &key);
    /// The first row recorded under `key`, or 0.
    qint64 firstRow(const QString &key) const { return m_firstRows.value(key); }
    void clear() { m_firstRows.clear(); }

private:
    QHash<QString, qint64> m_firstRows;
};
