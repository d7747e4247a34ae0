#pragma once

#include "model/result.h"
#include "store/radarentry.h"
#include "store/radarquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// The duplicate radar's local index of a profile's contacts and companies (issue 15): each
/// record with its normalised keys (email, folded name, company name without its legal form,
/// E.164 phones, email domain) for exact look-ups, and its folded text in an SQLite FTS5 table
/// with the trigram tokenizer, so a name typed is found anywhere inside a stored one.
///
/// Not a QObject: it lives on whichever thread its Database does (a filling thread opens its
/// own Database on the same file; WAL lets the GUI thread read meanwhile).
class RadarIndex
{
    Q_DECLARE_TR_FUNCTIONS(RadarIndex)

public:
    /// \a database must outlive this object.
    explicit RadarIndex(Database *database);

    /// The statements of schema step 3 → 4 (Database's migrations). It has shipped: change
    /// the index with a new step, never here.
    static QStringList schema();

    /// Adds or replaces \a entries of \a kind ("contact" or "company") in one transaction.
    Result<bool> put(const QString &profile, const QString &kind, const QList<RadarEntry> &entries);
    /// Stored records of \a kind that share a key with \a query, or whose text holds one of its
    /// words; at most \a limit, exact key agreements first.
    Result<QList<RadarEntry>> candidates(const QString &profile, const QString &kind,
                                         const RadarQuery &query, int limit = 50) const;
    /// Search-as-you-type: records whose folded text contains \a folded (already folded with
    /// RadarKey::searchText), ordered by label. Shorter than three characters: by label prefix.
    Result<QList<RadarEntry>> search(const QString &profile, const QString &kind,
                                     const QString &folded, int limit = 20) const;
    /// How many records of \a kind the index holds for \a profile.
    Result<int> count(const QString &profile, const QString &kind) const;
    /// The newest modifiedDate stored for \a kind (empty when none): a refresh asks from there.
    Result<QString> newestModified(const QString &profile, const QString &kind) const;

private:
    Result<QList<RadarEntry>> read(const QString &sql, const QVariantList &bind) const;
    Result<bool> putOne(const QString &profile, const QString &kind, const RadarEntry &entry);

    Database *m_db;
};
