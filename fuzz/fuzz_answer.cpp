// libFuzzer target: a platform answer as the client maps it (ResponseMapper: status, body,
// Retry-After) and as the outbox reads a write from it (PlatformAnswer). The first byte picks
// the HTTP status; a body's first line doubles as the Retry-After header.
// tests/fuzz runs the same function over tests/data/fuzz/answer/.
#include "platform/platformanswer.h"
#include "platform/responsemapper.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[]
        = {200, 200, 200, 201, 204, 307, 308, 400, 401, 403, 404, 413, 429, 462, 500, 502, 503, 0};
    ResponseMapper::Exchange exchange;
    exchange.host = QStringLiteral("fuzz.invalid");
    exchange.httpStatus = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    exchange.uploadFinished = (data[0] & 0x80) != 0;
    exchange.sizeCap = 16 * 1024 * 1024;
    exchange.body = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    exchange.retryAfter = exchange.body.left(qMax<qsizetype>(0, exchange.body.indexOf('\n')));
    if (exchange.httpStatus >= 300 && exchange.httpStatus < 400)
        exchange.redirectTarget = exchange.retryAfter;

    const PlatformResult result = ResponseMapper::map(exchange);
    const QString text = result.error.toString();
    if (result.error.isError() && text.isEmpty() && !result.error.message.isEmpty())
        std::abort(); // an error nobody could read
    result.error.isTransient();
    result.error.isCredentialProblem();
    if (!result.ok())
        return 0;
    const PlatformAnswer::Write write = PlatformAnswer::ofWrite(result.data);
    if (write.ok() && (write.id <= 0 || write.id > PlatformAnswer::kLargestId))
        std::abort(); // an id that cannot be the platform's
    if (!write.ok() && write.error.toString().isEmpty())
        std::abort();
    return 0;
}
