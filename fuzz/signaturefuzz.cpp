// libFuzzer entry for the email-signature parser: LLVMFuzzerTestOneInput calls fuzzOne.
#include "capture/signatureparser.h"

#include <cstddef>
#include <cstdint>

int fuzzOne(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CapturedContact card = SignatureParser::parse(text);
    const QJsonObject contact = card.contactBody();
    const QJsonObject company = card.companyBody();
    Q_UNUSED(contact)
    Q_UNUSED(company)
    return 0;
}
