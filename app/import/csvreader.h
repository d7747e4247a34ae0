#pragma once

#include "import/tableoptions.h"
#include "import/tablesource.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <memory>

class QIODevice;

/// Streams the rows of a CSV file (RFC 4180): values in double quotes may hold the delimiter,
/// line breaks and doubled quotes; lines end in CRLF, LF or CR; rows may be ragged. The encoding
/// (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and the delimiter (',' ';'
/// or tab, or Excel's "sep=" line) are detected unless TableOptions names them.
///
/// Memory: one 64 KiB chunk and one row; a row over MaxRowChars characters (a quote that is
/// never closed swallows the rest of the file) stops the reading with an error.
class CsvReader final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Reads `device` (opened read-only here when it is not open). Fails with one message for
    /// a file that cannot be read, is empty, is binary, or has no header row.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<QIODevice> device,
                                                   const TableOptions &options = {});
    ~CsvReader() override;

    QStringList header() const override { return m_header; }
    bool next(QStringList *cells) override;
    QString error() const override { return m_error; }
    qint64 rowNumber() const override { return m_record; }

    /// What was detected or chosen.
    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    static constexpr qsizetype MaxRowChars = 1024 * 1024;

private:
    explicit CsvReader(std::unique_ptr<QIODevice> device);
    QString start(const TableOptions &options);
    bool readRecord(QStringList *cells);
    bool endOfField(QStringList *cells, QString *field);
    // The next character, reading a new chunk when needed; false at the end of the file.
    bool take(QChar *c);
    bool peek(QChar *c);
    bool fill();

    std::unique_ptr<QIODevice> m_device;
    QStringDecoder m_decoder;
    TextEncoding m_encoding = TextEncoding::Detect;
    QChar m_delimiter;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    QStringList m_header;
    QString m_error;
    qint64 m_record = 0; ///< records read so far, the header's included
    qint64 m_line = 1; ///< the physical line of the next character
};
