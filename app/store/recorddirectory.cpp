#include "store/recorddirectory.h"

#include "model/recordlabel.h"
#include "store/database.h"
#include "store/storelog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace {

const QLatin1String contactKind("contact");
const QLatin1String companyKind("company");

Result<bool> checkKind(const QString &kind)
{
    if (kind == contactKind || kind == companyKind)
        return Result<bool>::success(true);
    return Result<bool>::failure(
        RecordDirectory::tr("Unknown record kind \"%1\"; expected contact or company.").arg(kind));
}

// The platform documents ids as integers; accept a numeric string too rather than drop a record.
std::optional<qint64> recordId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const auto id = qint64(number);
        if (double(id) == number && id > 0)
            return id;
    } else if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

QString field(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString().trimmed();
}

// The reason a payload is unusable, or an empty string when it is a JSON object.
QString parseObject(const QVariant &payload, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return RecordDirectory::tr("not valid JSON: %1 at offset %2")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return RecordDirectory::tr("not a JSON object");
    *object = document.object();
    return {};
}

struct Row
{
    qint64 id;
    QString label;
    QString search;
    QString payload;
};

} // namespace

RecordDirectory::RecordDirectory(Database *database)
    : m_db(database)
{
    Q_ASSERT(m_db);
}

QString RecordDirectory::labelFor(const QString &kind, const QJsonObject &record)
{
    return RecordLabel::of(kind, record);
}

QString RecordDirectory::searchKey(const QString &text)
{
    // Decompose, then drop the combining marks, so "Zoë" and "Zoe" find each other and a rep
    // need not type accents on a laptop keyboard.
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.normalized(QString::NormalizationForm_C);
}

Result<bool> RecordDirectory::remember(const QString &profile, const QString &kind,
                                       const QJsonArray &records)
{
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return kindOk;
    if (profile.isEmpty())
        return Result<bool>::failure(tr("No profile was given for the record directory."));

    // Check every record before writing any, so one bad record stores nothing.
    QList<Row> rows;
    rows.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const auto id = recordId(record.value(QLatin1String("id")));
        if (!id)
            return Result<bool>::failure(
                tr("Record %1 of the %2 records to remember has no usable id; none were stored.")
                    .arg(i + 1)
                    .arg(kind));
        QString label = labelFor(kind, record);
        if (label.isEmpty())
            label = QLatin1Char('#') + QString::number(*id);
        const QStringList names = kind == contactKind
            ? QStringList {field(record, "firstName"), field(record, "lastName"),
                           field(record, "email")}
            : QStringList {field(record, "businessName"), field(record, "tradingName")};
        const QString searchable = names.join(QLatin1Char(' '));
        rows.append({*id, label, searchKey(searchable),
                     QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))});
    }

    const QString seenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto stored = m_db->transaction([&]() {
        for (const Row &row : rows) {
            auto done = m_db->exec(
                QStringLiteral("INSERT INTO directory"
                               " (profile, kind, id, label, search, payload, seen_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (profile, kind, id) DO UPDATE"
                               " SET label = excluded.label, search = excluded.search,"
                               " payload = excluded.payload, seen_at = excluded.seen_at"),
                {profile, kind, row.id, row.label, row.search, row.payload, seenAt});
            if (!done)
                return done;
        }
        return Result<bool>::success(true);
    });
    if (!stored)
        return Result<bool>::failure(
            tr("Cannot cache the %1 records of profile %2: %3").arg(kind, profile, stored.error()));
    qCDebug(lcStore) << "cached" << rows.size() << kind << "records for profile" << profile;
    return stored;
}

Result<QList<QJsonObject>> RecordDirectory::search(const QString &profile, const QString &kind,
                                                   const QString &text, int limit) const
{
    using Found = Result<QList<QJsonObject>>;
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return Found::failure(kindOk.error());
    if (limit < 1)
        return Found::failure(tr("The search limit must be at least 1 (it was %1).").arg(limit));

    const QString key = searchKey(text.trimmed());
    QString sql
        = QStringLiteral("SELECT id, payload FROM directory WHERE profile = ? AND kind = ?");
    QVariantList bind {profile, kind};
    if (!key.isEmpty()) {
        // Both sides are already folded by searchKey(), so a plain substring test suffices and
        // needs no LIKE escaping of % or _.
        sql += QStringLiteral(" AND instr(search, ?) > 0");
        bind.append(key);
    }
    sql += QStringLiteral(" ORDER BY label COLLATE NOCASE, id LIMIT ?");
    bind.append(limit);

    auto rows = m_db->select(sql, bind);
    if (!rows)
        return Found::failure(
            tr("Cannot search the cached %1 records: %2").arg(kind, rows.error()));
    QList<QJsonObject> found;
    found.reserve(rows.value().size());
    for (const QVariantList &row : rows.value()) {
        QJsonObject record;
        const QString problem = parseObject(row.at(1), &record);
        if (!problem.isEmpty())
            return Found::failure(tr("The cached %1 %2 of profile %3 is damaged (%4).")
                                      .arg(kind, row.at(0).toString(), profile, problem));
        found.append(record);
    }
    return Found::success(std::move(found));
}

Result<QJsonObject> RecordDirectory::find(const QString &profile, const QString &kind,
                                          qint64 id) const
{
    auto kindOk = checkKind(kind);
    if (!kindOk)
        return Result<QJsonObject>::failure(kindOk.error());
    auto rows = m_db->select(QStringLiteral("SELECT payload FROM directory"
                                            " WHERE profile = ? AND kind = ? AND id = ?"),
                             {profile, kind, id});
    if (!rows)
        return Result<QJsonObject>::failure(
            tr("Cannot read the cached %1 %2: %3").arg(kind, QString::number(id), rows.error()));
    if (rows.value().isEmpty())
        return Result<QJsonObject>::success(QJsonObject());
    QJsonObject record;
    const QString problem = parseObject(rows.value().constFirst().constFirst(), &record);
    if (!problem.isEmpty())
        return Result<QJsonObject>::failure(tr("The cached %1 %2 of profile %3 is damaged (%4).")
                                                .arg(kind, QString::number(id), profile, problem));
    return Result<QJsonObject>::success(std::move(record));
}
