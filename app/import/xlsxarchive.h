#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class BoundedDevice;
class QuaZip;

/// The zip archive of an XLSX workbook, read with QuaZip: its parts by name (case-insensitive,
/// as Excel treats them), each unpacked through a byte budget so a crafted archive (a "zip
/// bomb") costs bounded time and memory.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchive)
public:
    /// Opens the archive at `path`; fails for a file that is no readable zip archive.
    static Result<std::unique_ptr<XlsxArchive>> open(const QString &path);
    ~XlsxArchive();

    bool contains(const QString &part) const;
    /// The unpacked bytes of a small part (workbook, relationships, styles), at most
    /// `maxBytes`; an absent part reads as empty.
    Result<QByteArray> read(const QString &part, qint64 maxBytes);
    /// Streams a part. Refused at once when the archive says it unpacks to more than
    /// `maxBytes`, or to more than 64 MiB at a ratio no real workbook reaches; the stream itself
    /// fails past `maxBytes` whatever the archive says. Only one stream may be open at a time.
    Result<std::unique_ptr<BoundedDevice>> stream(const QString &part, qint64 maxBytes,
                                                  qint64 maxTextRun = 0);

    /// Most entries an archive may have; XLSX files have a few dozen.
    static constexpr int MaxEntries = 10000;

private:
    struct Entry
    {
        QString name;
        quint64 packed = 0;
        quint64 unpacked = 0;
    };
    XlsxArchive();

    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; ///< by lower-case name
};
