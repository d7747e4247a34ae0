// libFuzzer target: custom-field definitions (an admin's lead schema file, or the platform's
// getCustomFieldDefinition answer) through CustomFieldSchema::parse, exported with toJson and
// parsed again: what LeadDesk exports it must read back the same.
// tests/fuzz runs the same function over tests/data/fuzz/customfieldschema/.
#include "model/customfieldschema.h"
#include "model/lookupcatalog.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isArray())
        return 0;
    const auto parsed = CustomFieldSchema::parse(document.array(), QStringLiteral("fuzz"));
    if (!parsed)
        return 0;
    const QJsonArray exported = CustomFieldSchema::toJson(parsed.value());
    const auto again = CustomFieldSchema::parse(exported, QStringLiteral("fuzz export"));
    if (!again)
        std::abort(); // LeadDesk refuses what it wrote itself
    if (CustomFieldSchema::toJson(again.value()) != exported)
        std::abort(); // a second round trip changes the schema
    // As a catalog: the lead schema and the platform's contact definitions.
    const auto catalog = LookupCatalog::build({{QStringLiteral("contactCustomFields"), exported}},
                                              exported, QDateTime::currentDateTimeUtc());
    catalog->problems();
    return 0;
}
