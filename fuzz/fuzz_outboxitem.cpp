// libFuzzer target: a row of the outbox's items table as a damaged or hostile database would
// hand it back, decoded into an item and an entry (OutboxRowDecoder), then read the way the app
// reads it: the stored platform error (PlatformErrorJson), the draft restored into the form's
// model and the body loaded for the re-check. Each input line is one column, in the order of
// OutboxRowDecoder::itemColumns(); a line starting "#i", "#r" or "#b" holds an integer, a real
// or a blob, and "#n" is NULL (SQLite keeps any type in any column).
// tests/fuzz runs the same function over tests/data/fuzz/outboxitem/.
#include "model/lookupcatalog.h"
#include "model/recordkind.h"
#include "model/recordmodel.h"
#include "platform/platformerrorjson.h"
#include "store/outboxrowdecoder.h"
#include "store/outboxstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
std::shared_ptr<const LookupCatalog> catalog()
{
    static const std::shared_ptr<const LookupCatalog> built = [] {
        QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("tests/data/catalog.json is missing");
        const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
        QMap<QString, QJsonArray> lists;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it)
            if (it.key() != QLatin1String("leadSchema"))
                lists.insert(it.key(), it.value().toArray());
        return LookupCatalog::build(lists, all.value(QLatin1String("leadSchema")).toArray(),
                                    QDateTime::currentDateTimeUtc());
    }();
    return built;
}

/// One column as QSqlQuery hands it over for SQLite's storage classes.
QVariant column(const QByteArray &line)
{
    const QByteArray rest = line.mid(2);
    if (line.startsWith("#n"))
        return QVariant();
    if (line.startsWith("#i"))
        return QVariant(rest.toLongLong());
    if (line.startsWith("#r"))
        return QVariant(rest.toDouble());
    if (line.startsWith("#b"))
        return QVariant(rest);
    return QVariant(QString::fromUtf8(line));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool same(const QJsonValue &a, const QJsonValue &b);

/// Equal member by member, whatever their order: Qt 6.4's parser orders keys with characters
/// beyond U+FFFF differently from QJsonObject itself, so == fails on the same members read from
/// differently ordered text (tests/data/fuzz/outboxitem/crash-d4e0166d…).
bool same(const QJsonObject &a, const QJsonObject &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        if (!b.contains(it.key()) || !same(it.value(), b.value(it.key())))
            return false;
    return true;
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject())
        return same(a.toObject(), b.toObject());
    if (!a.isArray() || !b.isArray())
        return a == b;
    const QJsonArray left = a.toArray();
    const QJsonArray right = b.toArray();
    if (left.size() != right.size())
        return false;
    for (qsizetype i = 0; i < left.size(); ++i)
        if (!same(left.at(i), right.at(i)))
            return false;
    return true;
}

/// The draft and body as the form and the lookup re-check read them.
void readRecord(const OutboxItem &item)
{
    // The services read any kind they do not know as a lead.
    const RecordKind kind = recordKindFromName(item.kind).value_or(RecordKind::Lead);
    RecordModel form(kind, catalog());
    form.restoreDraft(item.draft);
    form.problems();
    form.requestBody();
    RecordModel queued(kind, catalog());
    queued.loadBody(item.body);
    queued.problems();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QVariantList row;
    for (const QByteArray &line : bytes.split('\n'))
        row.append(column(line));

    const OutboxItem item = OutboxRowDecoder::item(row);
    const OutboxEntry entry = OutboxRowDecoder::entry(row);
    (void)entry.isPending();

    const PlatformError error = PlatformErrorJson::fromJson(item.problems);
    if (error.isError() && error.toString().isEmpty() && !error.message.isEmpty())
        std::abort(); // a stored error nobody could read
    // What the store writes back (restore(), markNeedsFix()) reads back the same.
    const PlatformError again = PlatformErrorJson::fromJson(PlatformErrorJson::toJson(error));
    if (again.kind != error.kind || again.message != error.message
        || again.fieldKeys != error.fieldKeys)
        std::abort();
    const QVariantList written {item.id,
                                item.profile,
                                item.kind,
                                OutboxItem::stateName(item.state),
                                item.title,
                                json(item.draft),
                                json(item.body),
                                item.recordId,
                                item.attempts,
                                item.lastError,
                                json(item.problems),
                                OutboxStore::timestamp(item.nextAttemptAt),
                                OutboxStore::timestamp(item.firstSentAt),
                                OutboxStore::timestamp(item.createdAt),
                                OutboxStore::timestamp(item.updatedAt),
                                OutboxStore::timestamp(item.lastSentAt)};
    const OutboxItem reread = OutboxRowDecoder::item(written);
    if (reread.state != item.state || !same(reread.draft, item.draft)
        || !same(reread.body, item.body) || !same(reread.problems, item.problems)
        || reread.nextAttemptAt != item.nextAttemptAt || reread.createdAt != item.createdAt
        || reread.lastSentAt != item.lastSentAt)
        std::abort(); // an item changes by being saved again
    readRecord(item);
    return 0;
}
