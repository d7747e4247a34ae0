// libFuzzer target: a request body file as `validate` and `submit` read it (JsonFile), then
// loaded into the record model of each kind and turned back into a body, a draft and its
// problems. tests/fuzz runs the same function over tests/data/fuzz/requestbody/.
#include "model/jsonfile.h"
#include "model/lookupcatalog.h"
#include "model/recordmodel.h"

#include <QFile>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

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
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.size() > JsonFile::kMaxRequestBodyBytes)
        return 0; // refused unread by readObject()
    const auto parsed = JsonFile::parse(bytes, QStringLiteral("fuzz.json"));
    if (!parsed || !parsed.value().isObject())
        return 0;
    const QJsonObject body = parsed.value().toObject();
    for (RecordKind kind : {RecordKind::Lead, RecordKind::Company, RecordKind::Contact}) {
        RecordModel model(kind, catalog());
        model.loadBody(body);
        const QList<FieldProblem> problems = model.problems();
        const QJsonObject out = model.requestBody();
        const QJsonObject draft = model.draftState();
        // What goes out is read back the same way.
        RecordModel again(kind, catalog());
        again.loadBody(out);
        again.problems();
        (void)problems;
        (void)draft;
    }
    return 0;
}
