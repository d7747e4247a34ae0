#pragma once

#include <QString>
#include <QStringList>

/// Rows of a table file (CSV or XLSX), read one at a time so a file of any length needs only
/// the memory of one row. Made by TableFile::open().
///
/// The first non-empty row is the header. Every data row has at least as many cells as the
/// header (missing cells are empty strings); cells beyond the header are kept when they hold
/// something. Rows whose cells are all empty are skipped. Cell text is what a person sees in
/// the spreadsheet: numbers as written ("25", "3.5"), booleans TRUE/FALSE, XLSX dates as
/// yyyy-MM-dd (yyyy-MM-dd HH:mm:ss with a time, HH:mm:ss for a time alone).
class TableSource
{
public:
    virtual ~TableSource();

    /// The column headers, trimmed; empty strings for columns without one.
    virtual QStringList header() const = 0;
    /// Reads the next data row into `cells`. false at the end of the data or on an error; then
    /// error() tells which.
    virtual bool next(QStringList *cells) = 0;
    /// One message naming what is wrong with the file; empty while all is well.
    virtual QString error() const = 0;
    /// The number of the row last read as a spreadsheet program shows it (the header is
    /// usually row 1; a CSV record that spans lines counts once).
    virtual qint64 rowNumber() const = 0;
    /// XLSX: the workbook's sheet names in order; CSV: empty.
    virtual QStringList sheetNames() const { return {}; }
    /// XLSX: the name of the sheet being read; CSV: empty.
    virtual QString sheetName() const { return {}; }

    /// The most cells a row may have (Excel's column limit).
    static constexpr int MaxColumns = 16384;

protected:
    /// Pads `cells` to `width` and drops empty cells beyond it.
    static void fitToWidth(QStringList *cells, qsizetype width);
    /// Whether every cell is empty or white space.
    static bool isBlank(const QStringList &cells);
};
