#pragma once

#include "platform/requestsigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

/// The last platform exchanges, for the request inspector: one entry per
/// attempt (a retry is an entry of its own), oldest first, at most
/// capacity() of them.
///
/// Nothing secret is ever stored: the X-Api-Authorization header is kept as
/// `IWS <first characters of the key>••••:••••`, and every value handed to
/// add() as withheld (secret, signature, key) is blotted out of every field
/// before the entry is kept. The string to sign is kept as it was signed; it
/// never holds the key or the secret.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        /// Running number, unique within this log (survives the ring turning).
        qint64 id = 0;
        QDateTime startedUtc;
        QString nameSpace;
        QString action;
        QString url;
        /// The exact bytes sent.
        QByteArray requestBody;
        /// At most responseCap() bytes of the answer.
        QByteArray responseBody;
        /// Bytes received; more than responseBody.size() when the log cut it.
        qint64 responseSize = 0;
        /// 0 when no HTTP answer came (refused, dropped, timed out, cancelled).
        int httpStatus = 0;
        qint64 durationMs = 0;
        /// 1 for the first attempt of a call, 2 for its first retry, …
        int attempt = 1;
        /// "ok", or the error as a person reads it.
        QString outcome;
        /// The lower-cased string that was signed.
        QByteArray stringToSign;
        /// The headers sent, X-Api-Authorization masked.
        HeaderList headers;

        bool isOk() const { return outcome == okOutcome(); }
        bool responseCut() const { return responseSize > responseBody.size(); }
    };

    static constexpr int defaultCapacity = 200;
    static constexpr qint64 defaultResponseCap = 256 * 1024;

    explicit RequestLog(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    /// Drops the oldest entries beyond `entries` (at least 1).
    void setCapacity(int entries);
    qint64 responseCap() const { return m_responseCap; }
    void setResponseCap(qint64 bytes) { m_responseCap = qMax<qint64>(0, bytes); }

    /// Oldest first.
    const QList<Entry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    /// The entry with this id, or nullptr when it is gone.
    const Entry *find(qint64 id) const;

    /// Keeps `entry` (its id is assigned here): masks the authorization
    /// header, blots out every non-empty value of `withheld` from every field
    /// (case-insensitively: the string to sign is lower-cased), cuts the
    /// response to responseCap() and drops the oldest entry when full.
    void add(Entry entry, const QList<QByteArray> &withheld = {});
    void clear();

    /// The outcome of an exchange that went well.
    static QString okOutcome();
    /// `IWS <key> : <signature>` → `IWS ab••••:••••`: at most the first two
    /// characters of the key (fewer for short keys), never the signature.
    static QByteArray maskAuthorization(const QByteArray &value);
    static HeaderList maskHeaders(const HeaderList &headers);
    /// The exchange as a curl command line, with `$IVVY_API_KEY` and
    /// `$SIGNATURE` standing in for the key and the signature.
    static QString curlCommand(const Entry &entry);
    /// `text` in single quotes for a POSIX shell (`'` becomes `'\''`).
    static QString shellQuote(const QString &text);

Q_SIGNALS:
    /// entries().at(index) is new (the oldest may have been dropped first).
    void entryAdded(int index);
    void cleared();

private:
    QList<Entry> m_entries;
    int m_capacity = defaultCapacity;
    qint64 m_responseCap = defaultResponseCap;
    qint64 m_nextId = 1;
};
