#include "model/jsonscan.h"

#include <QSet>

#include <vector>

namespace {
using Finding = JsonScan::Finding;
using Kind = JsonScan::Finding::Kind;

constexpr char kLargestExact[] = "9007199254740991"; // 2^53 − 1

bool isControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// One open object or array.
struct Frame
{
    bool object = false;
    bool needSeparator = false;
    qint64 index = 0; // elements begun so far
    QString key; // the current member's key (objects)
    QSet<QString> keys;
};

/// The walk itself: an explicit stack, so hostile nesting costs no C++ stack.
class Scanner
{
public:
    Scanner(const QByteArray &text, const JsonScan::Options &options)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_options(options)
    { }

    Finding run();

private:
    bool fail(Kind kind, const char *at, const QString &detail, const QString &path);
    bool syntax() { return fail(Kind::Syntax, m_p, QString(), currentPath()); }
    QString currentPath() const;
    void skipSpace();
    bool value();
    bool member(bool object);
    bool closeOrSeparate(Frame &frame);
    /// Where a problem inside the string being read is: the key's object, or the value's path.
    QString stringPath() const;
    bool string(QString *decoded);
    bool escape(QString *decoded, const char *start);
    /// Four hex digits of a \u escape, or -1 when they are not there.
    int hexUnit();
    bool utf8(QString *decoded);
    bool checkCodePoint(char32_t c, const char *at);
    bool number();
    bool literal(const char *word);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    JsonScan::Options m_options;
    std::vector<Frame> m_stack;
    qint64 m_values = 0;
    qint64 m_containers = 0;
    bool m_inKey = false;
    Finding m_finding;
};

bool Scanner::fail(Kind kind, const char *at, const QString &detail, const QString &path)
{
    m_finding.kind = kind;
    m_finding.offset = at - m_begin;
    m_finding.detail = detail;
    m_finding.path = path;
    int line = 1;
    const char *lineStart = m_begin;
    for (const char *c = m_begin; c < at && c < m_end; ++c) {
        if (*c == '\n') {
            ++line;
            lineStart = c + 1;
        }
    }
    m_finding.line = line;
    m_finding.column = int(at - lineStart) + 1;
    return false;
}

QString Scanner::currentPath() const
{
    QString path;
    for (const Frame &frame : m_stack) {
        if (frame.index == 0)
            break;
        if (frame.object)
            path = JsonScan::keyPath(path, frame.key);
        else
            path += QLatin1Char('[') + QString::number(frame.index - 1) + QLatin1Char(']');
    }
    return path;
}

void Scanner::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
}

Finding Scanner::run()
{
    if (m_end - m_p >= 3 && QByteArray::fromRawData(m_p, 3) == "\xEF\xBB\xBF")
        m_p += 3;
    skipSpace();
    if (!value())
        return m_finding;
    while (!m_stack.empty()) {
        skipSpace();
        if (!closeOrSeparate(m_stack.back()))
            return m_finding;
    }
    skipSpace();
    if (m_p != m_end)
        syntax();
    return m_finding;
}

// At the end of a container's first element, or after an element: a separator, the end, or (for
// a container just opened) its first element or its end.
bool Scanner::closeOrSeparate(Frame &frame)
{
    if (m_p == m_end)
        return syntax();
    const char close = frame.object ? '}' : ']';
    if (*m_p == close && (frame.needSeparator || frame.index == 0)) {
        ++m_p;
        m_stack.pop_back();
        if (!m_stack.empty())
            m_stack.back().needSeparator = true;
        return true;
    }
    if (frame.needSeparator) {
        if (*m_p != ',')
            return syntax();
        ++m_p;
        skipSpace();
    }
    return member(frame.object);
}

bool Scanner::member(bool object)
{
    Frame &frame = m_stack.back();
    QString key;
    if (object) {
        if (m_p == m_end || *m_p != '"')
            return syntax();
        const char *keyStart = m_p;
        m_inKey = true;
        const bool read = string(&key);
        m_inKey = false;
        if (!read)
            return false;
        if (m_options.duplicateKeys) {
            if (frame.keys.contains(key)) {
                m_inKey = true;
                const QString parent = stringPath();
                m_inKey = false;
                return fail(Kind::DuplicateKey, keyStart, key, JsonScan::keyPath(parent, key));
            }
            frame.keys.insert(key);
        }
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return syntax();
        ++m_p;
        skipSpace();
        frame.key = key;
    }
    ++frame.index;
    frame.needSeparator = true;
    // value() may push a frame: `frame` is not used after this line.
    return value();
}

bool Scanner::value()
{
    if (m_p == m_end)
        return syntax();
    ++m_values;
    if (m_options.maxValues >= 0 && m_values > m_options.maxValues)
        return fail(Kind::TooManyValues, m_p, QString::number(m_options.maxValues), QString());
    switch (*m_p) {
    case '{':
    case '[': {
        if (int(m_stack.size()) >= m_options.maxDepth)
            return fail(Kind::TooDeep, m_p, QString::number(m_options.maxDepth), currentPath());
        ++m_containers;
        if (m_options.maxContainers >= 0 && m_containers > m_options.maxContainers)
            return fail(Kind::TooManyValues, m_p, QString::number(m_options.maxContainers),
                        QString());
        Frame frame;
        frame.object = *m_p == '{';
        m_stack.push_back(std::move(frame));
        ++m_p;
        skipSpace();
        return true;
    }
    case '"':
        return string(nullptr);
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}

bool Scanner::literal(const char *word)
{
    const qint64 length = qint64(qstrlen(word));
    if (m_end - m_p < length || QByteArray::fromRawData(m_p, length) != word)
        return syntax();
    m_p += length;
    return true;
}

bool Scanner::number()
{
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    const char *digits = m_p;
    if (m_p == m_end || *m_p < '0' || *m_p > '9')
        return syntax();
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    const qint64 integerDigits = m_p - digits;
    bool whole = true;
    if (m_p < m_end && *m_p == '.') {
        whole = false;
        ++m_p;
        const char *fraction = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == fraction)
            return syntax();
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        whole = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        const char *exponent = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == exponent)
            return syntax();
    }
    if (whole && m_options.inexactIntegers) {
        const qint64 limit = qint64(sizeof(kLargestExact) - 1);
        const QByteArray written = QByteArray::fromRawData(digits, integerDigits);
        if (integerDigits > limit || (integerDigits == limit && written > kLargestExact)) {
            QString shown = QString::fromLatin1(start, int(qMin<qint64>(m_p - start, 40)));
            if (m_p - start > 40)
                shown += QChar(0x2026);
            return fail(Kind::InexactInteger, start, shown, currentPath());
        }
    }
    return true;
}

QString Scanner::stringPath() const
{
    if (!m_inKey || m_stack.empty())
        return currentPath();
    // Inside a key: the path of its object, which the key does not belong to yet.
    QString path;
    for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
        const Frame &frame = m_stack[i];
        if (frame.object)
            path = JsonScan::keyPath(path, frame.key);
        else
            path += QLatin1Char('[') + QString::number(frame.index - 1) + QLatin1Char(']');
    }
    return path;
}

bool Scanner::string(QString *decoded)
{
    ++m_p; // the opening quote
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            if (!escape(decoded, m_p))
                return false;
            continue;
        }
        if (c < 0x80) {
            if (!checkCodePoint(c, m_p))
                return false;
            if (decoded)
                decoded->append(QLatin1Char(char(c)));
            ++m_p;
            continue;
        }
        if (!utf8(decoded))
            return false;
    }
    return syntax();
}

/// What a one-letter escape stands for: 0 for \\u (four hex digits follow), -1 for none.
int simpleEscape(char kind)
{
    switch (kind) {
    case '"':
    case '\\':
    case '/':
        return kind;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'u':
        return 0;
    default:
        return -1;
    }
}

int Scanner::hexUnit()
{
    if (m_end - m_p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(m_p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    m_p += 4;
    return value;
}

bool Scanner::escape(QString *decoded, const char *start)
{
    ++m_p;
    if (m_p == m_end)
        return syntax();
    const int simple = simpleEscape(*m_p++);
    if (simple < 0) {
        m_p = start;
        return syntax();
    }
    if (simple > 0) {
        if (!checkCodePoint(char32_t(simple), start))
            return false;
        if (decoded)
            decoded->append(QChar(char16_t(simple)));
        return true;
    }
    const int first = hexUnit();
    if (first < 0)
        return syntax();
    char32_t codePoint = char32_t(first);
    if (QChar::isLowSurrogate(codePoint)) {
        if (m_options.unsafeText)
            return fail(Kind::LoneSurrogate, start, JsonScan::codePointName(codePoint),
                        stringPath());
    } else if (QChar::isHighSurrogate(codePoint)) {
        const char *second = m_p;
        int low = -1;
        if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
            m_p += 2;
            low = hexUnit();
        }
        if (low < 0 || !QChar::isLowSurrogate(char32_t(low))) {
            if (m_options.unsafeText)
                return fail(Kind::LoneSurrogate, start, JsonScan::codePointName(codePoint),
                            stringPath());
            m_p = second; // not a pair: what follows is read on its own
        } else {
            codePoint = QChar::surrogateToUcs4(char16_t(first), char16_t(low));
        }
    }
    if (!checkCodePoint(codePoint, start))
        return false;
    if (decoded)
        decoded->append(QString::fromUcs4(&codePoint, 1));
    return true;
}

bool Scanner::utf8(QString *decoded)
{
    const char *start = m_p;
    const unsigned char lead = static_cast<unsigned char>(*m_p);
    int more = 0;
    char32_t codePoint = 0;
    char32_t least = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1;
        codePoint = lead & 0x1F;
        least = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        more = 2;
        codePoint = lead & 0x0F;
        least = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3;
        codePoint = lead & 0x07;
        least = 0x10000;
    }
    bool valid = more > 0 && m_end - m_p > more;
    for (int i = 1; valid && i <= more; ++i) {
        const unsigned char next = static_cast<unsigned char>(m_p[i]);
        valid = (next & 0xC0) == 0x80;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    valid = valid && codePoint >= least && codePoint <= 0x10FFFF
        && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
    if (!valid) {
        if (m_options.unsafeText)
            return fail(Kind::InvalidUtf8, start,
                        QStringLiteral("0x")
                            + QStringLiteral("%1").arg(lead, 2, 16, QLatin1Char('0')).toUpper(),
                        stringPath());
        ++m_p; // QJsonDocument decides what such a byte becomes
        if (decoded)
            decoded->append(QChar::ReplacementCharacter);
        return true;
    }
    if (!checkCodePoint(codePoint, start))
        return false;
    m_p += more + 1;
    if (decoded)
        decoded->append(QString::fromUcs4(&codePoint, 1));
    return true;
}

bool Scanner::checkCodePoint(char32_t c, const char *at)
{
    if (m_options.unsafeText && isControl(c))
        return fail(Kind::ControlCharacter, at, JsonScan::codePointName(c), stringPath());
    return true;
}
} // namespace

JsonScan::Options JsonScan::forFiles()
{
    return Options();
}

JsonScan::Options JsonScan::forAnswers()
{
    Options options;
    options.unsafeText = false;
    options.inexactIntegers = false;
    options.maxDepth = 128;
    // 16 MB of `[[[[1]]]]` is 6.7 million containers and a gigabyte in QJsonDocument. These
    // limits keep any answer's parse well under 100 MB; a page of 100 contacts uses a few
    // thousand values and a few hundred containers.
    options.maxValues = 2'000'000;
    options.maxContainers = 250'000;
    return options;
}

JsonScan::Finding JsonScan::check(const QByteArray &text, const Options &options)
{
    return Scanner(text, options).run();
}

QString JsonScan::keyPath(const QString &parent, const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key)
        plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char(':'));
    if (!plain) {
        QString shown;
        for (const QChar c : key)
            shown += isControl(c.unicode()) || c.isSurrogate() ? codePointName(c.unicode())
                                                               : QString(c);
        return parent + QStringLiteral("[\"") + shown + QStringLiteral("\"]");
    }
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString JsonScan::codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

QString JsonScan::Finding::describe() const
{
    const QString where = path.isEmpty() ? JsonScan::tr("the text") : path;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Syntax:
        return JsonScan::tr("the text is not valid JSON at line %1, column %2")
            .arg(line)
            .arg(column);
    case Kind::DuplicateKey:
        return JsonScan::tr(
                   "the key %1 appears twice in one object (line %2, column %3); remove one of "
                   "them")
            .arg(path)
            .arg(line)
            .arg(column);
    case Kind::ControlCharacter:
        return JsonScan::tr("%1 holds the control character %2 (line %3, column %4); remove it")
            .arg(where, detail)
            .arg(line)
            .arg(column);
    case Kind::LoneSurrogate:
        return JsonScan::tr(
                   "%1 holds %2, half of a surrogate pair and no character (line %3, column %4)")
            .arg(where, detail)
            .arg(line)
            .arg(column);
    case Kind::InvalidUtf8:
        return JsonScan::tr("%1 holds the byte %2, which is not UTF-8 text (line %3, column %4)")
            .arg(where, detail)
            .arg(line)
            .arg(column);
    case Kind::InexactInteger:
        return JsonScan::tr(
                   "%1 is %2, too large to be read exactly: whole numbers in JSON are exact up "
                   "to %3 (line %4, column %5)")
            .arg(where, detail, QLatin1String(kLargestExact))
            .arg(line)
            .arg(column);
    case Kind::TooDeep:
        return JsonScan::tr("%1 nests objects and arrays more than %2 deep (line %3, column %4)")
            .arg(where, detail)
            .arg(line)
            .arg(column);
    case Kind::TooManyValues:
        return JsonScan::tr("the text holds more than %1 values or containers (line %2, column %3)")
            .arg(detail)
            .arg(line)
            .arg(column);
    }
    return QString();
}
