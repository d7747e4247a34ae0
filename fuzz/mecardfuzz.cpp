// libFuzzer entry for the MECARD/BIZCARD parser: LLVMFuzzerTestOneInput calls fuzzOne.
#include "capture/mecardparser.h"

#include <cstddef>
#include <cstdint>

int fuzzOne(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto card = MecardParser::parse(text)) {
        const QJsonObject contact = card->contactBody();
        const QJsonObject company = card->companyBody();
        Q_UNUSED(contact)
        Q_UNUSED(company)
    }
    return 0;
}
