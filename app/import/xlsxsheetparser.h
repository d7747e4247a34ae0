#pragma once

#include "import/xlsxstyles.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;
class XlsxSharedStrings;

/// Streams the rows of one worksheet part (<sheetData><row><c>…) with QXmlStreamReader: cells
/// placed by their reference (B1 after an empty A1), shared and inline strings, numbers,
/// booleans, errors, and numbers whose style shows a date as dates.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetParser)
public:
    /// Excel's row limit.
    static constexpr qint64 MaxRows = 1048576;

    /// Reads from `device`; the strings and styles must outlive the parser.
    XlsxSheetParser(QIODevice *device, const XlsxSharedStrings &strings, const XlsxStyles &styles,
                    bool date1904);

    /// The next <row> of the sheet (possibly with only empty cells); false at the end of the
    /// sheet or on an error (error() is then set).
    bool readRow(QStringList *cells);
    /// The row number of the row last read (its r attribute, 1-based).
    qint64 rowNumber() const { return m_row; }
    /// Empty unless reading failed; the XML reader's message when the part is not valid XML.
    QString error() const { return m_error; }
    bool xmlFailed() const { return m_xml.hasError(); }

    /// The 0-based column of a cell reference ("A1" → 0, "AB12" → 27); -1 when it is none.
    static int columnOf(QStringView reference);
    /// The row of a cell reference ("AB12" → 12); 0 when it has none.
    static qint64 rowOf(QStringView reference);
    /// A number as Excel writes it in <v> ("3.5", "1.0E-3", "0.30000000000000004") as a person
    /// reads it: integers as written, others to 15 significant digits as Excel shows them.
    static QString numberText(const QString &raw);
    /// A serial number shown in a date or time style; `raw` itself when it is no date.
    static QString dateText(const QString &raw, XlsxStyles::Kind kind, bool date1904);

private:
    bool readCell(QStringList *cells, int *nextColumn);
    QString cellText(QStringView type, const QString &raw, int style);

    QXmlStreamReader m_xml;
    const XlsxSharedStrings &m_strings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    qint64 m_row = 0;
    QString m_error;
};
