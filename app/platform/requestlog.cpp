#include "platform/requestlog.h"

#include <QStringList>

#include <algorithm>

namespace {

const QByteArray &bullets()
{
    static const QByteArray text
        = QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
    return text;
}

bool isAuthorization(const QByteArray &name)
{
    return name.compare("X-Api-Authorization", Qt::CaseInsensitive) == 0;
}

/// Replaces every occurrence of `needle` in `text`, ignoring ASCII case.
void blotOut(QByteArray &text, const QByteArray &needle)
{
    if (needle.isEmpty() || text.size() < needle.size())
        return;
    // toLower() maps ASCII only, so positions in the copy are positions in `text`.
    const QByteArray lower = text.toLower();
    const QByteArray lowerNeedle = needle.toLower();
    QList<qsizetype> hits;
    for (qsizetype at = lower.indexOf(lowerNeedle); at >= 0;
         at = lower.indexOf(lowerNeedle, at + lowerNeedle.size()))
        hits.append(at);
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        text.replace(*it, needle.size(), bullets());
}

void blotOut(QString &text, const QByteArray &needle)
{
    const QByteArray original = text.toUtf8();
    QByteArray bytes = original;
    blotOut(bytes, needle);
    if (bytes != original)
        text = QString::fromUtf8(bytes);
}

} // namespace

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{ }

void RequestLog::setCapacity(int entries)
{
    m_capacity = qMax(1, entries);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
}

const RequestLog::Entry *RequestLog::find(qint64 id) const
{
    // Ids grow with the position, so a binary search finds it.
    const auto it
        = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                           [](const Entry &entry, qint64 wanted) { return entry.id < wanted; });
    return it != m_entries.cend() && it->id == id ? &*it : nullptr;
}

void RequestLog::add(Entry entry, const QList<QByteArray> &withheld)
{
    entry.id = m_nextId++;
    entry.headers = maskHeaders(entry.headers);
    entry.responseSize = qMax<qint64>(entry.responseSize, entry.responseBody.size());
    if (entry.responseBody.size() > m_responseCap)
        entry.responseBody.truncate(m_responseCap);
    for (const QByteArray &value : withheld) {
        if (value.isEmpty())
            continue;
        blotOut(entry.url, value);
        blotOut(entry.requestBody, value);
        blotOut(entry.responseBody, value);
        blotOut(entry.outcome, value);
        blotOut(entry.stringToSign, value);
        for (auto &header : entry.headers) {
            blotOut(header.first, value);
            blotOut(header.second, value);
        }
    }
    if (m_entries.size() >= m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity + 1);
    m_entries.append(std::move(entry));
    Q_EMIT entryAdded(int(m_entries.size()) - 1);
}

void RequestLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

QString RequestLog::okOutcome()
{
    return QStringLiteral("ok");
}

QByteArray RequestLog::maskAuthorization(const QByteArray &value)
{
    QByteArray credentials = value.trimmed();
    QByteArray scheme = QByteArrayLiteral("IWS");
    if (const qsizetype space = credentials.indexOf(' '); space >= 0) {
        scheme = credentials.left(space);
        credentials = credentials.mid(space + 1).trimmed();
    }
    const qsizetype colon = credentials.lastIndexOf(':');
    const QByteArray key = colon >= 0 ? credentials.left(colon) : QByteArray();
    // Two characters say which key it was; short keys show less, or nothing.
    const qsizetype shown = qMin<qsizetype>(2, key.size() / 4);
    return scheme + ' ' + key.left(shown) + bullets() + ':' + bullets();
}

HeaderList RequestLog::maskHeaders(const HeaderList &headers)
{
    HeaderList masked = headers;
    for (auto &[name, value] : masked)
        if (isAuthorization(name))
            value = maskAuthorization(value);
    return masked;
}

QString RequestLog::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RequestLog::curlCommand(const Entry &entry)
{
    QStringList parts;
    parts << QStringLiteral("curl -X POST ") + shellQuote(entry.url);
    for (const auto &[name, value] : entry.headers) {
        if (isAuthorization(name)) {
            // Double quotes so the shell fills in the two variables.
            parts << QStringLiteral("-H \"X-Api-Authorization: IWS $IVVY_API_KEY:$SIGNATURE\"");
            continue;
        }
        parts << QStringLiteral("-H ")
                + shellQuote(QString::fromUtf8(name) + QStringLiteral(": ")
                             + QString::fromUtf8(value));
    }
    parts << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(entry.requestBody));
    return parts.join(QStringLiteral(" \\\n  "));
}
