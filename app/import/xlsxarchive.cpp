#include "import/xlsxarchive.h"

#include "import/boundeddevice.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {
constexpr quint64 RatioCheckFrom = 64 * 1024 * 1024;
// Deflate tops out near 1,000:1; XML sheets of real data pack 5:1 to 50:1.
constexpr quint64 MaxRatio = 200;

QString megabytes(quint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}
} // namespace

XlsxArchive::XlsxArchive() = default;
XlsxArchive::~XlsxArchive() = default;

Result<std::unique_ptr<XlsxArchive>> XlsxArchive::open(const QString &path)
{
    using R = Result<std::unique_ptr<XlsxArchive>>;
    std::unique_ptr<XlsxArchive> archive(new XlsxArchive());
    archive->m_zip = std::make_unique<QuaZip>(path);
    if (!archive->m_zip->open(QuaZip::mdUnzip))
        return R::failure(tr("The Excel file is damaged: its zip archive cannot be opened."));
    if (archive->m_zip->getEntriesCount() > MaxEntries)
        return R::failure(tr("The file is not an Excel workbook: its archive holds more than %1 "
                             "files.")
                              .arg(MaxEntries));
    const QList<QuaZipFileInfo64> infos = archive->m_zip->getFileInfoList64();
    if (archive->m_zip->getZipError() != UNZ_OK)
        return R::failure(tr("The Excel file is damaged: its list of contents cannot be read."));
    for (const QuaZipFileInfo64 &info : infos) {
        archive->m_entries.insert(info.name.toLower(),
                                  Entry {info.name, info.compressedSize, info.uncompressedSize});
    }
    return R::success(std::move(archive));
}

bool XlsxArchive::contains(const QString &part) const
{
    return m_entries.contains(part.toLower());
}

Result<QByteArray> XlsxArchive::read(const QString &part, qint64 maxBytes)
{
    if (!contains(part))
        return Result<QByteArray>::success(QByteArray());
    auto device = stream(part, maxBytes);
    if (!device)
        return Result<QByteArray>::failure(device.error());
    QByteArray bytes = device.value()->readAll();
    if (device.value()->failure() != BoundedDevice::Failure::None) {
        return Result<QByteArray>::failure(
            tr("The Excel file is damaged: its part %1 cannot be unpacked.").arg(part));
    }
    return Result<QByteArray>::success(std::move(bytes));
}

Result<std::unique_ptr<BoundedDevice>> XlsxArchive::stream(const QString &part, qint64 maxBytes,
                                                           qint64 maxTextRun)
{
    using R = Result<std::unique_ptr<BoundedDevice>>;
    const auto it = m_entries.constFind(part.toLower());
    if (it == m_entries.constEnd())
        return R::failure(tr("The Excel file is damaged: it lacks its part %1.").arg(part));
    const Entry &entry = *it;
    if (entry.unpacked > quint64(maxBytes)) {
        return R::failure(tr("The workbook is too large: its part %1 unpacks to %2 MB, and "
                             "LeadDesk reads at most %3 MB.")
                              .arg(part, megabytes(entry.unpacked), megabytes(quint64(maxBytes))));
    }
    if (entry.unpacked > RatioCheckFrom
        && entry.unpacked > MaxRatio * qMax<quint64>(entry.packed, 1)) {
        return R::failure(tr("The file is not a real workbook: its part %1 unpacks from %2 MB "
                             "to %3 MB, as files made to exhaust memory do.")
                              .arg(part, megabytes(entry.packed), megabytes(entry.unpacked)));
    }
    if (!m_zip->setCurrentFile(entry.name))
        return R::failure(tr("The Excel file is damaged: its part %1 cannot be found.").arg(part));
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        return R::failure(
            tr("The Excel file is damaged or encrypted: its part %1 cannot be opened.").arg(part));
    }
    return R::success(std::make_unique<BoundedDevice>(std::move(file), maxBytes, maxTextRun));
}
