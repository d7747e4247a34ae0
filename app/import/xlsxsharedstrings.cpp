#include "import/xlsxsharedstrings.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace {
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The code of "_xHHHH_" at `i`, or -1.
int escapeAt(const QString &text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i) != QLatin1Char('_') || text.at(i + 1) != QLatin1Char('x')
        || text.at(i + 6) != QLatin1Char('_')) {
        return -1;
    }
    int code = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(text.at(k));
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}
} // namespace

QString XlsxSharedStrings::decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int code = escapeAt(text, i);
        if (code < 0) {
            decoded.append(text.at(i));
            continue;
        }
        decoded.append(QChar(char16_t(code)));
        i += 6;
    }
    return decoded;
}

QString XlsxSharedStrings::itemText(QXmlStreamReader *reader)
{
    const QString item = reader->name().toString();
    QString text;
    int phoneticDepth = 0;
    while (!reader->atEnd()) {
        const QXmlStreamReader::TokenType token = reader->readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader->name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (reader->name() == QLatin1String("t") && phoneticDepth == 0)
                text += reader->readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader->name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (reader->name() == item)
                break;
        }
    }
    return decodeEscapes(text);
}

Result<XlsxSharedStrings> XlsxSharedStrings::read(QIODevice *device)
{
    using R = Result<XlsxSharedStrings>;
    XlsxSharedStrings strings;
    QXmlStreamReader reader(device);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement
            || reader.name() != QLatin1String("si")) {
            continue;
        }
        const QByteArray utf8 = itemText(&reader).toUtf8();
        if (strings.m_text.size() + utf8.size() > MaxTextBytes) {
            return R::failure(tr("The workbook holds more than %1 MB of text; LeadDesk reads "
                                 "up to %1 MB.")
                                  .arg(MaxTextBytes / (1024 * 1024)));
        }
        if (strings.m_ends.size() >= MaxStrings) {
            return R::failure(tr("The workbook holds more than %1 different texts; LeadDesk "
                                 "reads up to %1.")
                                  .arg(MaxStrings));
        }
        strings.m_text.append(utf8);
        strings.m_ends.append(quint32(strings.m_text.size()));
    }
    if (reader.hasError()) {
        return R::failure(tr("The Excel file is damaged: its shared texts cannot be read (%1).")
                              .arg(reader.errorString()));
    }
    strings.m_text.squeeze();
    strings.m_ends.squeeze();
    return R::success(std::move(strings));
}

QString XlsxSharedStrings::at(qsizetype index) const
{
    if (index < 0 || index >= m_ends.size())
        return QString();
    const qsizetype start = index == 0 ? 0 : qsizetype(m_ends.at(index - 1));
    return QString::fromUtf8(m_text.constData() + start, qsizetype(m_ends.at(index)) - start);
}
