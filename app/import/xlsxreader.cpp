#include "import/xlsxreader.h"

#include "import/boundeddevice.h"
#include "import/xlsxarchive.h"
#include "import/xlsxsheetparser.h"

XlsxReader::XlsxReader(std::unique_ptr<XlsxArchive> archive, XlsxWorkbook workbook)
    : m_archive(std::move(archive))
    , m_workbook(std::move(workbook))
{ }

XlsxReader::~XlsxReader()
{
    // The parser reads the device, the device the archive: undone in that order.
    m_parser.reset();
    m_device.reset();
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path,
                                                     const TableOptions &options)
{
    using R = Result<std::unique_ptr<XlsxReader>>;
    auto archive = XlsxArchive::open(path);
    if (!archive)
        return R::failure(archive.error());
    const auto packageLinks = archive.value()->read(QStringLiteral("_rels/.rels"), MaxPartBytes);
    if (!packageLinks)
        return R::failure(packageLinks.error());
    const QString workbookPart = XlsxWorkbook::workbookPart(packageLinks.value());
    if (!archive.value()->contains(workbookPart)) {
        return R::failure(tr("The file is a zip archive but not an Excel workbook: it has no "
                             "%1.")
                              .arg(workbookPart));
    }
    const auto workbookXml = archive.value()->read(workbookPart, MaxPartBytes);
    if (!workbookXml)
        return R::failure(workbookXml.error());
    const auto workbookLinks
        = archive.value()->read(XlsxWorkbook::relationshipsPart(workbookPart), MaxPartBytes);
    if (!workbookLinks)
        return R::failure(workbookLinks.error());
    auto workbook = XlsxWorkbook::parse(workbookXml.value(), workbookLinks.value(), workbookPart);
    if (!workbook)
        return R::failure(workbook.error());

    std::unique_ptr<XlsxReader> reader(new XlsxReader(archive.take(), workbook.take()));
    const QString problem = reader->start(options);
    if (!problem.isEmpty())
        return R::failure(problem);
    return R::success(std::move(reader));
}

QString XlsxReader::start(const TableOptions &options)
{
    const XlsxWorkbook::Sheet *sheet = m_workbook.sheet(options.sheetName);
    if (!sheet) {
        return tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
            .arg(options.sheetName, sheetNames().join(QStringLiteral(", ")));
    }
    m_sheet = *sheet;

    if (!m_workbook.stylesPart().isEmpty()) {
        const auto stylesXml = m_archive->read(m_workbook.stylesPart(), MaxPartBytes);
        if (!stylesXml)
            return stylesXml.error();
        auto styles = XlsxStyles::parse(stylesXml.value());
        if (!styles)
            return tr("The Excel file is damaged: its styles cannot be read.");
        m_styles = std::move(*styles);
    }
    const QString stringsProblem = readSharedStrings();
    if (!stringsProblem.isEmpty())
        return stringsProblem;

    auto device = m_archive->stream(m_sheet.part, MaxSheetBytes, MaxTextRun);
    if (!device)
        return device.error();
    m_device = device.take();
    m_parser = std::make_unique<XlsxSheetParser>(m_device.get(), m_strings, m_styles,
                                                 m_workbook.uses1904());
    QStringList cells;
    if (!readNonBlankRow(&cells)) {
        return m_error.isEmpty()
            ? tr("The sheet \"%1\" has no header row: it is empty.").arg(m_sheet.name)
            : m_error;
    }
    for (QString &cell : cells)
        cell = cell.trimmed();
    fitToWidth(&cells, 0);
    m_header = cells;
    return QString();
}

QString XlsxReader::readSharedStrings()
{
    const QString part = m_workbook.sharedStringsPart();
    if (part.isEmpty() || !m_archive->contains(part))
        return QString();
    auto device = m_archive->stream(part, MaxSharedStringsBytes, MaxTextRun);
    if (!device)
        return device.error();
    auto strings = XlsxSharedStrings::read(device.value().get());
    switch (device.value()->failure()) {
    case BoundedDevice::Failure::None:
        break;
    case BoundedDevice::Failure::TooLarge:
    case BoundedDevice::Failure::TextRunTooLong:
        return tr("The workbook's texts are too large to read: more than %1 MB.")
            .arg(MaxSharedStringsBytes / (1024 * 1024));
    case BoundedDevice::Failure::Inner:
        return tr("The Excel file is damaged: its shared texts cannot be unpacked.");
    }
    if (!strings)
        return strings.error();
    m_strings = strings.take();
    return QString();
}

bool XlsxReader::readNonBlankRow(QStringList *cells)
{
    while (m_parser->readRow(cells)) {
        if (!isBlank(*cells))
            return true;
    }
    if (!m_parser->error().isEmpty() || m_device->failure() != BoundedDevice::Failure::None)
        m_error = sheetFailure();
    return false;
}

QString XlsxReader::sheetFailure() const
{
    switch (m_device->failure()) {
    case BoundedDevice::Failure::TooLarge:
        return tr("The sheet \"%1\" is too large: it unpacks to more than %2 MB.")
            .arg(m_sheet.name, QString::number(MaxSheetBytes / (1024 * 1024)));
    case BoundedDevice::Failure::TextRunTooLong:
        return tr("The sheet \"%1\" is damaged: near row %2 a value is longer than %3 MB.")
            .arg(m_sheet.name, QString::number(m_parser->rowNumber()),
                 QString::number(MaxTextRun / (1024 * 1024)));
    case BoundedDevice::Failure::Inner:
        return tr("The Excel file is damaged: the sheet \"%1\" cannot be unpacked after row %2.")
            .arg(m_sheet.name, QString::number(m_parser->rowNumber()));
    case BoundedDevice::Failure::None:
        break;
    }
    if (m_parser->xmlFailed()) {
        return tr("The Excel file is damaged: the sheet \"%1\" is not valid XML after row %2 "
                  "(%3).")
            .arg(m_sheet.name, QString::number(m_parser->rowNumber()), m_parser->error());
    }
    return m_parser->error();
}

bool XlsxReader::next(QStringList *cells)
{
    if (!m_error.isEmpty() || !readNonBlankRow(cells))
        return false;
    fitToWidth(cells, m_header.size());
    return true;
}

qint64 XlsxReader::rowNumber() const
{
    return m_parser ? m_parser->rowNumber() : 0;
}
