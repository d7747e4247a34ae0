#include "import/csvsniffer.h"

#include <QIODevice>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace {
constexpr int SniffedRecords = 20;

// Cells per record for `delimiter`, for at most SniffedRecords whole records (the last line of
// a cut-off head is left out: it may be partial).
QList<int> countsPerRecord(QStringView text, QChar delimiter)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < SniffedRecords; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++count;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            counts.append(count);
            count = 0;
        }
    }
    if (counts.isEmpty())
        counts.append(count); // a single line without an end
    return counts;
}
} // namespace

TextEncoding CsvSniffer::encodingFromBom(const QByteArray &head, int *bomLength)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return TextEncoding::Utf8;
    }
    if (head.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return TextEncoding::Utf16LittleEndian;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return TextEncoding::Utf16BigEndian;
    }
    *bomLength = 0;
    return TextEncoding::Detect;
}

bool CsvSniffer::isUtf8(const QByteArray &head, QIODevice *device)
{
    QStringDecoder checker(QStringConverter::Utf8);
    // The decoded text is dropped at once: only whether it decoded cleanly counts.
    QString text = checker.decode(head);
    if (checker.hasError() || device->isSequential())
        return !checker.hasError();
    const qint64 start = device->pos();
    for (;;) {
        const QByteArray chunk = device->read(256 * 1024);
        if (chunk.isEmpty())
            break;
        text = checker.decode(chunk);
        if (checker.hasError())
            break;
    }
    device->seek(start);
    return !checker.hasError();
}

bool CsvSniffer::looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    // Text files hold almost none; compressed or binary data about one byte in eight.
    return controls * 50 > text.size();
}

QChar CsvSniffer::separatorLine(QStringView text)
{
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return {};
    const QChar delimiter = text.at(4);
    const QStringView rest = text.mid(5);
    if (!rest.isEmpty() && rest.at(0) != QLatin1Char('\n') && rest.at(0) != QLatin1Char('\r'))
        return {};
    return delimiter;
}

QChar CsvSniffer::detectDelimiter(QStringView text)
{
    static const std::array<QChar, 3> candidates {QLatin1Char(','), QLatin1Char(';'),
                                                  QLatin1Char('\t')};
    QChar best = QLatin1Char(',');
    int bestAgreeing = 0;
    int bestHeaderCount = 0;
    for (const QChar candidate : candidates) {
        const QList<int> counts = countsPerRecord(text, candidate);
        const int header = counts.constFirst();
        if (header == 0)
            continue;
        const auto agreeing = int(std::count(counts.cbegin(), counts.cend(), header));
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && header > bestHeaderCount)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestHeaderCount = header;
        }
    }
    return best;
}
