#include "capture/quotedprintable.h"

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

QByteArray QuotedPrintable::decode(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // Soft line break: "=\r\n" or "=\n".
        if (i + 1 < encoded.size() && (encoded.at(i + 1) == '\n' || encoded.at(i + 1) == '\r')) {
            ++i;
            if (encoded.at(i) == '\r' && i + 1 < encoded.size() && encoded.at(i + 1) == '\n')
                ++i;
            continue;
        }
        const int high = i + 2 < encoded.size() ? hexValue(encoded.at(i + 1)) : -1;
        const int low = high >= 0 ? hexValue(encoded.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            out.append(c);
            continue;
        }
        out.append(char(high * 16 + low));
        i += 2;
    }
    return out;
}
