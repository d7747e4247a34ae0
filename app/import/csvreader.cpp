#include "import/csvreader.h"

#include "import/csvsniffer.h"

#include <QIODevice>

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}
} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
{ }

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<QIODevice> device,
                                                   const TableOptions &options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device)));
    const QString problem = reader->start(options);
    if (!problem.isEmpty())
        return Result<std::unique_ptr<CsvReader>>::failure(problem);
    return Result<std::unique_ptr<CsvReader>>::success(std::move(reader));
}

QString CsvReader::start(const TableOptions &options)
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
        return tr("The file cannot be read: %1").arg(m_device->errorString());
    QByteArray head = m_device->read(ChunkBytes);
    if (head.isEmpty())
        return tr("The file is empty.");

    int bomLength = 0;
    const TextEncoding fromBom = CsvSniffer::encodingFromBom(head, &bomLength);
    m_encoding = options.encoding != TextEncoding::Detect ? options.encoding : fromBom;
    if (m_encoding == fromBom)
        head.remove(0, bomLength);
    if (m_encoding == TextEncoding::Detect) {
        m_encoding = CsvSniffer::isUtf8(head, m_device.get()) ? TextEncoding::Utf8
                                                              : TextEncoding::Windows1252;
    }
    switch (m_encoding) {
    case TextEncoding::Detect:
    case TextEncoding::Utf8:
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        break;
    case TextEncoding::Utf16LittleEndian:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BigEndian:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Windows1252:
        // Qt decodes it through ICU, which Debian's Qt is built with.
        m_decoder = QStringDecoder("windows-1252");
        if (!m_decoder.isValid())
            return tr("This system cannot read Windows-1252 text; save the file as UTF-8 CSV.");
        break;
    }
    m_buffer = m_decoder.decode(head);
    if (m_buffer.trimmed().isEmpty() && m_device->atEnd())
        return tr("The file is empty.");
    if (CsvSniffer::looksBinary(m_buffer))
        return tr("The file is not a CSV or Excel file: it holds binary data.");

    m_delimiter = options.delimiter;
    if (m_delimiter.isNull()) {
        m_delimiter = CsvSniffer::separatorLine(m_buffer);
        if (!m_delimiter.isNull()) {
            QStringList ignored;
            readRecord(&ignored); // "sep=;" is no row of the table
            m_record = 0;
        } else {
            m_delimiter = CsvSniffer::detectDelimiter(m_buffer);
        }
    }

    QStringList cells;
    while (readRecord(&cells)) {
        if (isBlank(cells))
            continue;
        for (QString &cell : cells)
            cell = cell.trimmed();
        fitToWidth(&cells, 0);
        m_header = cells;
        return QString();
    }
    return m_error.isEmpty() ? tr("The file has no header row: it holds only empty lines.")
                             : m_error;
}

bool CsvReader::next(QStringList *cells)
{
    while (m_error.isEmpty() && readRecord(cells)) {
        if (isBlank(*cells))
            continue;
        fitToWidth(cells, m_header.size());
        return true;
    }
    return false;
}

bool CsvReader::fill()
{
    while (!m_deviceDone) {
        const QByteArray bytes = m_device->read(ChunkBytes);
        if (bytes.isEmpty()) {
            m_deviceDone = true;
            if (!m_device->atEnd()) {
                m_error
                    = tr("The file could not be read to its end: %1").arg(m_device->errorString());
            }
            break;
        }
        m_buffer = m_decoder.decode(bytes);
        m_pos = 0;
        if (!m_buffer.isEmpty())
            return true;
    }
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool CsvReader::peek(QChar *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

bool CsvReader::take(QChar *c)
{
    if (!peek(c))
        return false;
    ++m_pos;
    return true;
}

bool CsvReader::endOfField(QStringList *cells, QString *field)
{
    if (cells->size() >= MaxColumns) {
        m_error = tr("Line %1 has more than %2 columns.").arg(m_line).arg(MaxColumns);
        return false;
    }
    cells->append(std::move(*field));
    *field = QString();
    return true;
}

bool CsvReader::readRecord(QStringList *cells)
{
    cells->clear();
    QString field;
    qsizetype rowChars = 0;
    bool any = false;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qint64 quoteLine = 0;
    const QChar quote = QLatin1Char('"');
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            break;
        // Copy the run up to the next character that means something, then handle that one.
        const QChar *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        qsizetype i = m_pos;
        while (i < end && data[i] != quote && !isLineEnd(data[i])
               && (quoted || data[i] != m_delimiter)) {
            ++i;
        }
        field.append(data + m_pos, i - m_pos);
        rowChars += i - m_pos + 1;
        any = any || i > m_pos;
        m_pos = i;
        if (rowChars > MaxRowChars) {
            m_error = tr("The row that starts on line %1 is longer than %2 characters; is a "
                         "closing quote missing?")
                          .arg(m_line)
                          .arg(MaxRowChars);
            return false;
        }
        if (i == end)
            continue;
        any = true;
        const QChar c = data[m_pos++];
        QChar after;
        if (c == quote && quoted) {
            if (peek(&after) && after == quote) {
                ++m_pos;
                field.append(quote);
            } else {
                quoted = false;
            }
        } else if (c == quote) {
            // A quote opens a quoted value only as the value's first character; elsewhere it is
            // text, as Excel reads it.
            if (field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                quoteLine = m_line;
            } else {
                field.append(quote);
            }
        } else if (isLineEnd(c)) {
            ++m_line;
            if (c == QLatin1Char('\r') && peek(&after) && after == QLatin1Char('\n'))
                ++m_pos;
            if (!quoted)
                break;
            field.append(QLatin1Char('\n'));
        } else { // the delimiter
            if (!endOfField(cells, &field))
                return false;
            fieldWasQuoted = false;
        }
    }
    if (!m_error.isEmpty())
        return false;
    if (quoted) {
        m_error = tr("The quoted value that starts on line %1 is never closed.").arg(quoteLine);
        return false;
    }
    if (!any)
        return false;
    if (!endOfField(cells, &field))
        return false;
    ++m_record;
    return true;
}
