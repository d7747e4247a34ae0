#include "import/tablefile.h"

#include "import/csvreader.h"
#include "import/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

TableFile::Format TableFile::detect(const QByteArray &head, const QString &fileName)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Format::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::OldExcel;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return Format::Xlsx;
    return Format::Csv;
}

Result<std::unique_ptr<TableSource>> TableFile::open(const QString &path,
                                                     const TableOptions &options)
{
    using R = Result<std::unique_ptr<TableSource>>;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be opened: %2").arg(path, file->errorString()));
    switch (detect(file->peek(8), path)) {
    case Format::OldExcel:
        return R::failure(tr("%1 is an old Excel workbook (.xls) or a password-protected one; "
                             "save it as .xlsx without a password, or as CSV.")
                              .arg(QFileInfo(path).fileName()));
    case Format::Xlsx: {
        file.reset();
        auto reader = XlsxReader::open(path, options);
        if (!reader)
            return R::failure(reader.error());
        return R::success(reader.take());
    }
    case Format::Csv:
        break;
    }
    auto reader = CsvReader::open(std::move(file), options);
    if (!reader)
        return R::failure(reader.error());
    return R::success(reader.take());
}
