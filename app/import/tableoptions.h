#pragma once

#include <QChar>
#include <QString>

/// The text encoding of a CSV file.
enum class TextEncoding
{
    Detect, ///< a byte-order mark, else UTF-8 when every byte fits, else Windows-1252
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252
};

/// How to read a table file. The defaults detect everything; the import wizard sets a field
/// only when the rep overrides what was detected.
struct TableOptions
{
    /// CSV: the encoding; Detect looks at the bytes.
    TextEncoding encoding = TextEncoding::Detect;
    /// CSV: ',' ';' or '\t'; a null QChar detects it from the first lines.
    QChar delimiter;
    /// XLSX: the sheet to read by its name (case-insensitive); empty: the first sheet.
    QString sheetName;
};
