#include "model/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
/// Walks JSON text without building anything; every step says whether the text was JSON.
class Reader
{
public:
    explicit Reader(const QByteArray &text)
        : m_text(text)
    { }

    bool peek(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text.at(m_at) == c;
    }

    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++m_at;
        return true;
    }

    /// A string as written, quotes and escapes included.
    bool rawString(QByteArray *raw)
    {
        if (!peek('"'))
            return false;
        const qsizetype start = m_at++;
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c == '\\') {
                m_at += 2;
                continue;
            }
            ++m_at;
            if (c == '"') {
                if (raw)
                    *raw = m_text.mid(start, m_at - start);
                return true;
            }
        }
        return false;
    }

    bool skipValue(int depth)
    {
        skipSpace();
        if (m_at >= m_text.size() || depth > kMaxDepth)
            return false;
        const char c = m_text.at(m_at);
        if (c == '"')
            return rawString(nullptr);
        if (c != '{' && c != '[') {
            const qsizetype start = m_at;
            while (m_at < m_text.size() && !isDelimiter(m_text.at(m_at)))
                ++m_at;
            return m_at > start;
        }
        ++m_at;
        const char close = c == '{' ? '}' : ']';
        if (eat(close))
            return true;
        do {
            if (c == '{' && (!rawString(nullptr) || !eat(':')))
                return false;
            if (!skipValue(depth + 1))
                return false;
        } while (eat(','));
        return eat(close);
    }

private:
    static constexpr int kMaxDepth = 64;

    static bool isDelimiter(char c)
    {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_at;
        }
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
};

/// A key as written ("a\u00e9") to its text; QJsonDocument knows every escape.
QString decodeKey(const QByteArray &raw)
{
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

/// The keys of the object the reader stands at, in order.
bool readKeys(Reader &reader, QStringList *keys)
{
    if (!reader.eat('{'))
        return false;
    if (reader.eat('}'))
        return true;
    do {
        QByteArray raw;
        if (!reader.rawString(&raw) || !reader.eat(':') || !reader.skipValue(1))
            return false;
        keys->append(decodeKey(raw));
    } while (reader.eat(','));
    return reader.eat('}');
}

/// One element of the array: the keys of its `member` when that is an object.
bool readElement(Reader &reader, QLatin1String member, QStringList *keys)
{
    if (!reader.peek('{'))
        return reader.skipValue(0);
    reader.eat('{');
    if (reader.eat('}'))
        return true;
    do {
        QByteArray raw;
        if (!reader.rawString(&raw) || !reader.eat(':'))
            return false;
        const bool wanted = reader.peek('{') && decodeKey(raw) == member;
        if (wanted ? !readKeys(reader, keys) : !reader.skipValue(1))
            return false;
    } while (reader.eat(','));
    return reader.eat('}');
}
} // namespace

QList<QStringList> JsonKeyOrder::ofMember(const QByteArray &text, QLatin1String member)
{
    QList<QStringList> orders;
    Reader reader(text);
    if (!reader.eat('[') || reader.eat(']'))
        return orders;
    do {
        QStringList keys;
        const bool ok = readElement(reader, member, &keys);
        orders.append(keys);
        if (!ok)
            break;
    } while (reader.eat(','));
    return orders;
}
