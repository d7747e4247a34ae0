#include "cli/terminaltext.h"

#include <QCoreApplication>

namespace {
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int width)
{
    return QStringLiteral("%1").arg(uint(c), width, 16, QLatin1Char('0')).toUpper();
}
} // namespace

QString TerminalText::line(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), kMaxLength) + 16);
    qsizetype i = 0;
    for (; i < text.size() && out.size() < kMaxLength; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (u == char16_t('\n'))
            out += QLatin1String("\\n");
        else if (u == char16_t('\r'))
            out += QLatin1String("\\r");
        else if (u == char16_t('\t'))
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7F)
            out += QLatin1String("\\x") + hex(u, 2);
        else if ((u >= 0x80 && u <= 0x9F) || c.isSurrogate() || u == 0x2028 || u == 0x2029
                 || isBidiControl(u))
            out += QLatin1String("\\u") + hex(u, 4);
        else
            out += c;
    }
    if (i < text.size()) {
        const int more = int(qMin<qsizetype>(text.size() - i, INT_MAX));
        out += QCoreApplication::translate("TerminalText", "… (%n more character(s))", nullptr,
                                           more);
    }
    return out;
}
