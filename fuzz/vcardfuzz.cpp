// libFuzzer entry for the vCard parser: LLVMFuzzerTestOneInput calls fuzzOne.
#include "capture/vcardparser.h"

#include <cstddef>
#include <cstdint>

int fuzzOne(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const CapturedContact &card : VCardParser::parse(bytes)) {
        // The bodies are what leaves capture; build them as the CLI and forms do.
        const QJsonObject contact = card.contactBody();
        const QJsonObject company = card.companyBody();
        Q_UNUSED(contact)
        Q_UNUSED(company)
    }
    return 0;
}
