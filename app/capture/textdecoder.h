#pragma once

#include <QByteArray>
#include <QString>

/// Bytes to text in the charsets cards and pasted files come in: UTF-8,
/// ISO-8859-1 and Windows-1252 (read alike, as browsers do), with a BOM
/// honoured; bytes that are not valid UTF-8 are read as Windows-1252 so
/// that nothing is lost to replacement characters.
class TextDecoder
{
public:
    /// `charset` as a vCard CHARSET parameter names it; empty means "guess".
    static QString decode(const QByteArray &bytes, const QByteArray &charset = QByteArray());
    static QString windows1252(const QByteArray &bytes);
    /// Whether `bytes` are well-formed UTF-8.
    static bool isUtf8(const QByteArray &bytes);
};
