#pragma once

#include "import/tableoptions.h"

#include <QByteArray>
#include <QChar>
#include <QStringView>

class QIODevice;

/// What the first bytes and lines of a CSV file say about how to read it: pure functions, so
/// each guess is tested on its own.
class CsvSniffer
{
public:
    /// The encoding a byte-order mark names, and the mark's length in `*bomLength`; Detect
    /// (and 0) without one.
    static TextEncoding encodingFromBom(const QByteArray &head, int *bomLength);
    /// Whether `head` and the rest of `device` (from its position to its end) are valid UTF-8.
    /// The rest is read in chunks and the device seeks back, so memory stays small; for a device
    /// that cannot seek, the head alone decides.
    static bool isUtf8(const QByteArray &head, QIODevice *device);
    /// Whether decoded text looks like a binary file: a NUL, or many control characters.
    static bool looksBinary(QStringView text);
    /// Excel's "sep=;" first line: the delimiter it names, else a null QChar.
    static QChar separatorLine(QStringView text);
    /// The delimiter (',' ';' or '\t') that splits the first records of `text` into the same
    /// number of cells most often, outside quotes; ',' when none splits anything.
    static QChar detectDelimiter(QStringView text);
};
