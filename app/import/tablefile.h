#pragma once

#include "import/tableoptions.h"
#include "import/tablesource.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

/// Opens a lead file as the right TableSource: the content decides (a zip archive is read as
/// XLSX, anything else as CSV), the file name only where the content cannot (a ".xlsx" that is
/// no zip archive is a damaged workbook, not a CSV file).
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
public:
    enum class Format
    {
        Csv,
        Xlsx,
        OldExcel, ///< the binary .xls format, or a password-protected workbook (both OLE files)
    };

    /// The format of a file whose first bytes are `head` and whose name is `fileName`.
    static Format detect(const QByteArray &head, const QString &fileName);
    /// Opens `path`. Fails with one message naming what is wrong: a missing or unreadable file,
    /// an empty, binary or damaged one, an old .xls workbook, a crafted archive.
    static Result<std::unique_ptr<TableSource>> open(const QString &path,
                                                     const TableOptions &options = {});
};
