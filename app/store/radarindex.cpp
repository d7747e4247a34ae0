#include "store/radarindex.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QJsonDocument>

namespace {

const QLatin1String kColumns("entry, id, label, email, person, company, domain, phones, modified,"
                             " payload");

Result<bool> checkKind(const QString &kind)
{
    if (kind == QLatin1String("contact") || kind == QLatin1String("company"))
        return Result<bool>::success(true);
    return Result<bool>::failure(
        RadarIndex::tr("Unknown record kind \"%1\"; expected contact or company.").arg(kind));
}

/// An FTS5 string literal: the text in double quotes, its own quotes doubled, so that
/// whatever a person typed is searched for as it is and never read as query syntax.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// A null QString binds as SQL NULL; the key columns hold '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QLatin1String("") : text;
}

RadarEntry entryOf(const QVariantList &row)
{
    RadarEntry entry;
    entry.id = row.at(1).toLongLong();
    entry.label = row.at(2).toString();
    entry.email = row.at(3).toString();
    entry.person = row.at(4).toString();
    entry.company = row.at(5).toString();
    entry.domain = row.at(6).toString();
    entry.phones = row.at(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    entry.modified = row.at(8).toString();
    entry.record = QJsonDocument::fromJson(row.at(9).toString().toUtf8()).object();
    return entry;
}

} // namespace

RadarIndex::RadarIndex(Database *database)
    : m_db(database)
{
    Q_ASSERT(m_db);
}

QStringList RadarIndex::schema()
{
    return {
        // One row per contact or company with the keys the radar looks it up by (made in
        // app/radar, stored here as given); `entry` links the phones and the full-text row.
        QStringLiteral("CREATE TABLE radar_entries ("
                       " entry INTEGER PRIMARY KEY,"
                       " profile TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('contact', 'company')),"
                       " id INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " person TEXT NOT NULL DEFAULT '',"
                       " company TEXT NOT NULL DEFAULT '',"
                       " domain TEXT NOT NULL DEFAULT '',"
                       " phones TEXT NOT NULL DEFAULT '',"
                       " modified TEXT NOT NULL DEFAULT '',"
                       " payload TEXT NOT NULL,"
                       " UNIQUE (profile, kind, id))"),
        // Whole indexes: SQLite cannot use a partial one ("WHERE email <> ''") for
        // "email = ?", as it cannot know the bound value is not ''.
        QStringLiteral("CREATE INDEX radar_by_email ON radar_entries (profile, kind, email)"),
        QStringLiteral("CREATE INDEX radar_by_person ON radar_entries (profile, kind, person)"),
        QStringLiteral("CREATE INDEX radar_by_company ON radar_entries (profile, kind, company)"),
        QStringLiteral("CREATE INDEX radar_by_domain ON radar_entries (profile, kind, domain)"),
        QStringLiteral("CREATE INDEX radar_by_label ON radar_entries"
                       " (profile, kind, label COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE radar_phones ("
                       " phone TEXT NOT NULL,"
                       " entry INTEGER NOT NULL REFERENCES radar_entries (entry) ON DELETE CASCADE,"
                       " PRIMARY KEY (phone, entry)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX radar_phones_by_entry ON radar_phones (entry)"),
        // Trigrams find a typed name anywhere inside a stored one ("onfer" in "Acme
        // Conferences"); its rowid is radar_entries.entry.
        QStringLiteral("CREATE VIRTUAL TABLE radar_text USING fts5(text, tokenize = 'trigram')"),
    };
}

Result<bool> RadarIndex::put(const QString &profile, const QString &kind,
                             const QList<RadarEntry> &entries)
{
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return kindOk;
    if (profile.isEmpty())
        return Result<bool>::failure(tr("No profile was given for the radar index."));
    for (const RadarEntry &entry : entries)
        if (entry.id <= 0)
            return Result<bool>::failure(
                tr("A %1 without an id cannot go into the radar index; none were stored.")
                    .arg(kind));
    auto stored = m_db->transaction([&]() {
        for (const RadarEntry &entry : entries) {
            auto done = putOne(profile, kind, entry);
            if (!done)
                return done;
        }
        return Result<bool>::success(true);
    });
    if (!stored)
        return Result<bool>::failure(
            tr("Cannot index the %1 records of profile %2: %3").arg(kind, profile, stored.error()));
    return stored;
}

Result<bool> RadarIndex::putOne(const QString &profile, const QString &kind,
                                const RadarEntry &entry)
{
    auto done = m_db->exec(
        QStringLiteral("INSERT INTO radar_entries (profile, kind, id, label, email, person,"
                       " company, domain, phones, modified, payload)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (profile, kind, id) DO UPDATE SET label = excluded.label,"
                       " email = excluded.email, person = excluded.person,"
                       " company = excluded.company, domain = excluded.domain,"
                       " phones = excluded.phones, modified = excluded.modified,"
                       " payload = excluded.payload"),
        {profile, kind, entry.id, notNull(entry.label), notNull(entry.email), notNull(entry.person),
         notNull(entry.company), notNull(entry.domain),
         notNull(entry.phones.join(QLatin1Char(' '))), notNull(entry.modified),
         QString::fromUtf8(QJsonDocument(entry.record).toJson(QJsonDocument::Compact))});
    if (!done)
        return done;
    auto rows = m_db->select(
        QStringLiteral("SELECT entry FROM radar_entries WHERE profile = ? AND kind = ? AND id = ?"),
        {profile, kind, entry.id});
    if (!rows)
        return Result<bool>::failure(rows.error());
    if (rows.value().isEmpty())
        return Result<bool>::failure(tr("The %1 %2 was not stored.").arg(kind).arg(entry.id));
    const qint64 row = rows.value().constFirst().constFirst().toLongLong();
    for (const QString &sql : {QStringLiteral("DELETE FROM radar_phones WHERE entry = ?"),
                               QStringLiteral("DELETE FROM radar_text WHERE rowid = ?")}) {
        done = m_db->exec(sql, {row});
        if (!done)
            return done;
    }
    for (const QString &phone : entry.phones) {
        done = m_db->exec(QStringLiteral("INSERT OR IGNORE INTO radar_phones (phone, entry)"
                                         " VALUES (?, ?)"),
                          {phone, row});
        if (!done)
            return done;
    }
    return m_db->exec(QStringLiteral("INSERT INTO radar_text (rowid, text) VALUES (?, ?)"),
                      {row, notNull(entry.text)});
}

Result<QList<RadarEntry>> RadarIndex::candidates(const QString &profile, const QString &kind,
                                                 const RadarQuery &query, int limit) const
{
    using Found = Result<QList<RadarEntry>>;
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return Found::failure(kindOk.error());
    // Exact keys first, the strongest first and each capped to what is left: an email names one
    // person, while a company's domain may be shared by hundreds, which must not crowd it out.
    // The words bring the near misses last.
    QList<RadarEntry> found;
    QString problem;
    // `where` a key column: the (profile, kind, key) index answers. `where` an IN (subquery) of
    // entries: the unary + keeps SQLite from walking every entry of the profile and kind by
    // index to test each against the list (100 ms at 100,000 contacts) instead of reading the
    // few listed ones by rowid.
    const auto add = [&](const QString &where, const QVariantList &bind, bool listed = false) {
        if (found.size() >= limit || !problem.isEmpty())
            return;
        auto rows = read(QStringLiteral("SELECT %1 FROM radar_entries WHERE %2"
                                        " AND %3profile = ? AND %3kind = ? LIMIT ?")
                             .arg(kColumns, where, listed ? QStringLiteral("+") : QString()),
                         bind + QVariantList {profile, kind, limit});
        if (!rows) {
            problem = rows.error();
            return;
        }
        for (const RadarEntry &entry : rows.value()) {
            if (found.size() >= limit)
                break;
            const bool known = std::any_of(found.cbegin(), found.cend(),
                                           [&entry](const auto &e) { return e.id == entry.id; });
            if (!known)
                found.append(entry);
        }
    };
    const auto byKey = [&](const char *column, const QString &value) {
        if (!value.isEmpty())
            add(QStringLiteral("%1 = ?").arg(QLatin1String(column)), {value});
    };
    byKey("email", query.email);
    for (const QString &phone : query.phones) {
        if (!phone.isEmpty())
            add(QStringLiteral("entry IN (SELECT entry FROM radar_phones WHERE phone = ?)"),
                {phone}, true);
    }
    byKey("person", query.person);
    byKey("company", query.company);
    byKey("domain", query.domain);
    QStringList words;
    for (const QString &word : query.words)
        if (word.size() >= 3)
            words << phrase(word);
    // Near misses share a distinctive word; a generic one may match thousands, so the
    // full-text look-up is capped before the profile and kind are checked.
    if (!words.isEmpty())
        add(QStringLiteral("entry IN (SELECT rowid FROM radar_text WHERE radar_text MATCH ?"
                           " LIMIT ?)"),
            {words.join(QLatin1String(" OR ")), limit * 4}, true);
    if (!problem.isEmpty())
        return Found::failure(problem);
    return Found::success(std::move(found));
}

Result<QList<RadarEntry>> RadarIndex::search(const QString &profile, const QString &kind,
                                             const QString &folded, int limit) const
{
    using Found = Result<QList<RadarEntry>>;
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return Found::failure(kindOk.error());
    if (folded.size() < 3) {
        // Trigrams need three characters; a shorter text is a beginning.
        QString pattern = folded;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern.append(QLatin1Char('%'));
        return read(QStringLiteral("SELECT %1 FROM radar_entries WHERE profile = ? AND kind = ?"
                                   " AND label LIKE ? ESCAPE '\\' ORDER BY label COLLATE NOCASE"
                                   " LIMIT ?")
                        .arg(kColumns),
                    {profile, kind, pattern, limit});
    }
    return read(QStringLiteral("SELECT %1 FROM radar_entries WHERE entry IN"
                               " (SELECT rowid FROM radar_text WHERE radar_text MATCH ?)"
                               " AND profile = ? AND kind = ? ORDER BY label COLLATE NOCASE"
                               " LIMIT ?")
                    .arg(kColumns),
                {phrase(folded), profile, kind, limit});
}

Result<int> RadarIndex::count(const QString &profile, const QString &kind) const
{
    auto rows = m_db->select(
        QStringLiteral("SELECT count(*) FROM radar_entries WHERE profile = ? AND kind = ?"),
        {profile, kind});
    if (!rows)
        return Result<int>::failure(rows.error());
    return Result<int>::success(rows.value().value(0).value(0).toInt());
}

Result<QString> RadarIndex::newestModified(const QString &profile, const QString &kind) const
{
    auto rows = m_db->select(QStringLiteral("SELECT max(modified) FROM radar_entries"
                                            " WHERE profile = ? AND kind = ?"),
                             {profile, kind});
    if (!rows)
        return Result<QString>::failure(rows.error());
    return Result<QString>::success(rows.value().value(0).value(0).toString());
}

Result<QList<RadarEntry>> RadarIndex::read(const QString &sql, const QVariantList &bind) const
{
    using Found = Result<QList<RadarEntry>>;
    auto rows = m_db->select(sql, bind);
    if (!rows)
        return Found::failure(tr("Cannot read the radar index: %1").arg(rows.error()));
    QList<RadarEntry> found;
    found.reserve(rows.value().size());
    for (const QVariantList &row : rows.value())
        found.append(entryOf(row));
    return Found::success(std::move(found));
}
