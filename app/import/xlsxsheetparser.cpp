#include "import/xlsxsheetparser.h"

#include "import/excelserialdate.h"
#include "import/tablesource.h"
#include "import/xlsxsharedstrings.h"

#include <algorithm>

XlsxSheetParser::XlsxSheetParser(QIODevice *device, const XlsxSharedStrings &strings,
                                 const XlsxStyles &styles, bool date1904)
    : m_xml(device)
    , m_strings(strings)
    , m_styles(styles)
    , m_date1904(date1904)
{ }

int XlsxSheetParser::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t u = reference.at(i).toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
    }
    if (i == 0 || column > TableSource::MaxColumns)
        return -1;
    return column - 1;
}

qint64 XlsxSheetParser::rowOf(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter())
        ++i;
    bool ok = false;
    const qint64 row = reference.mid(i).toLongLong(&ok);
    return ok ? row : 0;
}

QString XlsxSheetParser::numberText(const QString &raw)
{
    // Integers of up to 15 digits are exact in a double: kept as written (phone numbers, ids).
    const qsizetype digits = raw.startsWith(QLatin1Char('-')) ? raw.size() - 1 : raw.size();
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (digits > 0 && digits <= 15 && std::all_of(raw.cend() - digits, raw.cend(), isDigit))
        return raw;
    bool ok = false;
    const double value = raw.toDouble(&ok);
    return ok ? QString::number(value, 'g', 15) : raw;
}

QString XlsxSheetParser::dateText(const QString &raw, XlsxStyles::Kind kind, bool date1904)
{
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (kind == XlsxStyles::Kind::Time && serial >= 0 && serial < 1)
        return ExcelSerialDate::timeOfDay(serial).toString(QStringLiteral("HH:mm:ss"));
    const auto dateTime = ExcelSerialDate::toDateTime(serial, date1904);
    if (!dateTime)
        return numberText(raw);
    if (kind == XlsxStyles::Kind::Date)
        return dateTime->date().toString(Qt::ISODate);
    if (kind == XlsxStyles::Kind::Time)
        return dateTime->time().toString(QStringLiteral("HH:mm:ss"));
    return dateTime->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool XlsxSheetParser::readRow(QStringList *cells)
{
    cells->clear();
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("sheetData"))
            return false;
        if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("row"))
            continue;
        const QStringView r = m_xml.attributes().value(QLatin1String("r"));
        bool ok = false;
        const qint64 number = r.toLongLong(&ok);
        m_row = ok ? number : m_row + 1;
        if (m_row < 1 || m_row > MaxRows) {
            m_error = tr("The sheet is damaged: it names row %1, and sheets have rows 1 to %2.")
                          .arg(m_row)
                          .arg(MaxRows);
            return false;
        }
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = m_xml.readNext();
            if (inner == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row"))
                return true;
            if (inner == QXmlStreamReader::StartElement) {
                if (m_xml.name() != QLatin1String("c"))
                    m_xml.skipCurrentElement();
                else if (!readCell(cells, &nextColumn))
                    return false;
            }
        }
    }
    if (m_xml.hasError())
        m_error = m_xml.errorString();
    return false;
}

bool XlsxSheetParser::readCell(QStringList *cells, int *nextColumn)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    const int column = reference.isEmpty() ? *nextColumn : columnOf(reference);
    if (column < 0 || column >= TableSource::MaxColumns) {
        m_error = tr("The sheet is damaged: row %1 has a cell outside the %2 columns a sheet has.")
                      .arg(m_row)
                      .arg(TableSource::MaxColumns);
        return false;
    }
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString raw;
    QString inlineText;
    bool isInline = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("v")) {
            raw = m_xml.readElementText();
        } else if (m_xml.name() == QLatin1String("is")) {
            inlineText = XlsxSharedStrings::itemText(&m_xml);
            isInline = true;
        } else {
            m_xml.skipCurrentElement(); // formulas, extensions
        }
    }
    *nextColumn = column + 1;
    QString text = isInline ? inlineText : cellText(type, raw, style);
    if (text.isEmpty() && !m_error.isEmpty())
        return false;
    while (cells->size() <= column)
        cells->append(QString());
    (*cells)[column] = std::move(text);
    return true;
}

QString XlsxSheetParser::cellText(QStringView type, const QString &raw, int style)
{
    if (raw.isEmpty())
        return QString();
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = raw.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size()) {
            m_error = tr("The sheet is damaged: row %1 names shared text %2 of %3.")
                          .arg(m_row)
                          .arg(raw)
                          .arg(m_strings.size());
            return QString();
        }
        return m_strings.at(index);
    }
    if (type == QLatin1String("b"))
        return raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e")
        || type == QLatin1String("inlineStr")) {
        return XlsxSharedStrings::decodeEscapes(raw);
    }
    if (type == QLatin1String("d")) {
        // Strict OOXML's ISO 8601 dates.
        const QDateTime dateTime = QDateTime::fromString(raw, Qt::ISODate);
        if (!dateTime.isValid())
            return raw;
        return raw.size() <= 10 ? dateTime.date().toString(Qt::ISODate)
                                : dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    const XlsxStyles::Kind kind = m_styles.kind(style);
    return kind == XlsxStyles::Kind::Number ? numberText(raw) : dateText(raw, kind, m_date1904);
}
