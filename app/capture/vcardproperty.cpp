#include "capture/vcardproperty.h"

#include "capture/quotedprintable.h"
#include "capture/textdecoder.h"

namespace {

/// Where the value starts: the first ':' outside double quotes.
qsizetype valueColon(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

/// Splits at `separator` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QByteArray headOf(const QByteArray &line)
{
    const qsizetype colon = valueColon(line);
    return (colon < 0 ? line : line.left(colon)).toUpper();
}

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += next;
    }
    return out;
}

} // namespace

bool VCardProperty::isQuotedPrintable(const QByteArray &line)
{
    return headOf(line).contains("QUOTED-PRINTABLE");
}

bool VCardProperty::isBase64(const QByteArray &line)
{
    const QByteArray head = headOf(line);
    return head.contains("BASE64") || head.contains("ENCODING=B;") || head.endsWith("ENCODING=B");
}

std::optional<VCardProperty> VCardProperty::parse(const QByteArray &line)
{
    const qsizetype colon = valueColon(line);
    if (colon <= 0)
        return std::nullopt;
    const QList<QByteArray> head = splitOutsideQuotes(line.left(colon), ';');
    VCardProperty property;
    property.name = head.first().trimmed().toUpper();
    const qsizetype dot = property.name.lastIndexOf('.');
    if (dot >= 0)
        property.name = property.name.mid(dot + 1);
    QByteArray charset;
    bool quotedPrintable = false;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray &parameter = head.at(i);
        const qsizetype eq = parameter.indexOf('=');
        QByteArray key = (eq < 0 ? QByteArray() : parameter.left(eq)).trimmed().toUpper();
        QByteArray value = (eq < 0 ? parameter : parameter.mid(eq + 1)).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (key.isEmpty()) {
            const QByteArray upper = value.toUpper();
            key = (upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "8BIT")
                ? QByteArrayLiteral("ENCODING")
                : QByteArrayLiteral("TYPE");
        }
        if (key == "CHARSET")
            charset = value;
        if (key == "ENCODING" && value.toUpper() == "QUOTED-PRINTABLE")
            quotedPrintable = true;
        property.parameters.append({key, QString::fromUtf8(value)});
    }
    QByteArray raw = line.mid(colon + 1);
    if (quotedPrintable)
        raw = QuotedPrintable::decode(raw);
    property.value = TextDecoder::decode(raw, charset);
    return property;
}

QStringList VCardProperty::types() const
{
    QStringList list;
    for (const auto &[key, value] : parameters) {
        if (key == "TYPE") {
            for (const QString &type : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.append(type.trimmed().toLower());
        } else if (key == "PREF") {
            list.append(QStringLiteral("pref"));
        }
    }
    return list;
}

bool VCardProperty::isBinary() const
{
    for (const auto &[key, value] : parameters) {
        const QString upper = value.toUpper();
        if (key == "ENCODING" && (upper == QLatin1String("B") || upper == QLatin1String("BASE64")))
            return true;
    }
    return false;
}

QStringList VCardProperty::components() const
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == QLatin1Char(';')) {
            parts.append(unescape(current).trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescape(current).trimmed());
    return parts;
}

QString VCardProperty::text() const
{
    return unescape(value).trimmed();
}
