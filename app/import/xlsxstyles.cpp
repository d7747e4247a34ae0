#include "import/xlsxstyles.h"

#include <QHash>
#include <QXmlStreamReader>

namespace {
// The built-in formats' kinds (ECMA-376 part 1, 18.8.30 numFmt); locale-specific ids included.
XlsxStyles::Kind builtIn(int id)
{
    using Kind = XlsxStyles::Kind;
    if (id == 14 || id == 15 || id == 16 || id == 17 || (id >= 27 && id <= 31)
        || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
        return Kind::Date;
    }
    if (id == 22)
        return Kind::DateTime;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return Kind::Time;
    return Kind::Number;
}

// The format code without what is shown as is: quoted text, escaped characters, [colours] and
// [$-locale] blocks (but [h] [m] [s] elapsed-time blocks stay).
QString significantCode(const QString &code)
{
    QString kept;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            i = code.indexOf(QLatin1Char('"'), i + 1);
            if (i < 0)
                break;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            if (!inside.isEmpty() && inside.count(inside.at(0)) == inside.size()
                && QStringLiteral("hms").contains(inside.at(0))) {
                kept += inside;
            }
            i = close;
        } else if (c == QLatin1Char(';')) {
            break; // the first section (positive numbers) decides
        } else {
            kept += c.toLower();
        }
    }
    return kept;
}
} // namespace

XlsxStyles::Kind XlsxStyles::classify(int numberFormatId, const QString &formatCode)
{
    if (formatCode.isEmpty())
        return builtIn(numberFormatId);
    const QString code = significantCode(formatCode);
    if (code == QLatin1String("general"))
        return Kind::Number;
    const bool hasDate = code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d'));
    const bool hasTime = code.contains(QLatin1Char('h')) || code.contains(QLatin1Char('s'));
    if (hasDate)
        return hasTime ? Kind::DateTime : Kind::Date;
    if (hasTime)
        return Kind::Time;
    // "mmm" alone is a month name (a date); "m" alone is ambiguous and rare: a number.
    return code.contains(QLatin1String("mmm")) ? Kind::Date : Kind::Number;
}

std::optional<XlsxStyles> XlsxStyles::parse(const QByteArray &stylesXml)
{
    XlsxStyles styles;
    if (stylesXml.isEmpty())
        return styles;
    QHash<int, QString> customCodes;
    QXmlStreamReader reader(stylesXml);
    bool inCellFormats = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("cellXfs"))
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("numFmt")) {
            customCodes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                               attributes.value(QLatin1String("formatCode")).toString());
        } else if (reader.name() == QLatin1String("cellXfs")) {
            inCellFormats = true;
        } else if (inCellFormats && reader.name() == QLatin1String("xf")) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            styles.m_kinds.append(classify(id, customCodes.value(id)));
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return styles;
}

XlsxStyles::Kind XlsxStyles::kind(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_kinds.size() ? m_kinds.at(styleIndex) : Kind::Number;
}
