#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// The identity of an imported file and of each of its rows, so that running the same file
/// again sends no row twice. A file is its name (without folder, any case) and its set of
/// columns: a rep who fixes a few cells and runs the file again keeps its identity. A row is its
/// content, numbered when the same content comes again: a fixed row is a new row, an unchanged
/// one the same, wherever it moved in the file.
class ImportIdentity
{
public:
    /// The identity of the file at `path` whose header is `header`: hexadecimal, stable.
    static QString fileKey(const QString &path, const QStringList &header);

    /// The identity of the next row with `cells` (called in file order).
    QString rowKey(const QStringList &cells);
    /// The key a new contact (or company) several rows share is created under.
    static QString partyKey(const QString &kind, const QString &foldedKey);

private:
    QHash<QByteArray, int> m_seen; ///< content hash → times met
};
