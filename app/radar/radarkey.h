#pragma once

#include <QString>

/// Keys a local index stores beside each contact and company so that the
/// radar and search-as-you-type find candidates without reading every row;
/// ContactMatcher and CompanyMatcher then judge the few found. Pure functions.
class RadarKey
{
public:
    /// A company's name as the radar compares it, for an exact-match column:
    /// "Acme Conferences Pty. Ltd." and "ACME conference" both give "acme conference".
    static QString companyName(const QString &businessName);

    /// A person's name with first and last sorted, for an exact-match column:
    /// "Jean-Pierre Dupont" and "DUPONT, Jean Pierre" both give "dupont jeanpierre".
    static QString personName(const QString &firstName, const QString &lastName);

    /// Text for a SQLite FTS5 trigram column and for the query typed against it:
    /// folded, diacritics and punctuation gone, single spaces ("Müller & Söhne
    /// GmbH" → "muller and sohne gmbh"). Fold the stored text and the typed
    /// text with this same function.
    static QString searchText(const QString &text);
};
