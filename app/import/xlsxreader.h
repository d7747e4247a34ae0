#pragma once

#include "import/tableoptions.h"
#include "import/tablesource.h"
#include "import/xlsxsharedstrings.h"
#include "import/xlsxstyles.h"
#include "import/xlsxworkbook.h"
#include "model/result.h"

#include <QCoreApplication>

#include <memory>

class BoundedDevice;
class XlsxArchive;
class XlsxSheetParser;

/// Streams the rows of one sheet of an XLSX workbook: the first visible sheet, or the one
/// TableOptions::sheetName names. The archive is opened with QuaZip; the workbook, styles and
/// shared strings are read first, then the sheet is parsed as it is unpacked, never whole.
///
/// Bounded: the sheet may unpack to MaxSheetBytes, the shared strings to MaxSharedStringsBytes
/// (and XlsxSharedStrings' own caps), the other parts to MaxPartBytes; more, or a compression
/// ratio only a crafted file has, gives one message instead of rows.
class XlsxReader final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr qint64 MaxSheetBytes = 512LL * 1024 * 1024;
    static constexpr qint64 MaxSharedStringsBytes = 256LL * 1024 * 1024;
    static constexpr qint64 MaxPartBytes = 16LL * 1024 * 1024;
    /// The longest text between two tags: Excel cells hold up to 32,767 characters.
    static constexpr qint64 MaxTextRun = 4LL * 1024 * 1024;

    /// Opens the workbook at `path` and reads up to the header row of the chosen sheet. Fails
    /// with one message for a damaged or crafted archive, a workbook without that sheet, or a
    /// sheet without a header row.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path,
                                                    const TableOptions &options = {});
    ~XlsxReader() override;

    QStringList header() const override { return m_header; }
    bool next(QStringList *cells) override;
    QString error() const override { return m_error; }
    qint64 rowNumber() const override;
    QStringList sheetNames() const override { return m_workbook.sheetNames(); }
    QString sheetName() const override { return m_sheet.name; }
    /// Whether the workbook counts dates from 1904.
    bool uses1904() const { return m_workbook.uses1904(); }

private:
    XlsxReader(std::unique_ptr<XlsxArchive> archive, XlsxWorkbook workbook);
    QString start(const TableOptions &options);
    QString readSharedStrings();
    bool readNonBlankRow(QStringList *cells);
    QString sheetFailure() const;

    std::unique_ptr<XlsxArchive> m_archive;
    XlsxWorkbook m_workbook;
    XlsxWorkbook::Sheet m_sheet;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    std::unique_ptr<BoundedDevice> m_device;
    std::unique_ptr<XlsxSheetParser> m_parser;
    QStringList m_header;
    QString m_error;
};
