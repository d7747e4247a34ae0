#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

/// Everything that can go wrong with one platform call, as one value.
///
/// Built in one place (ResponseMapper) from the transport outcome, the HTTP
/// status and the platform's JSON error body, so every caller reads the same
/// facts: what kind of failure, what the platform said, and which fields it
/// named.
struct PlatformError
{
    enum class Kind
    {
        None,
        Configuration, ///< bad address, missing key or secret: nothing was sent
        Network, ///< connection refused, dropped, host not found
        Timeout, ///< no progress within the transfer timeout
        Tls, ///< certificate or handshake failure (never ignored)
        Http, ///< an HTTP error status without a platform error body
        Platform, ///< the platform's own error: errorCode/specificCode/message
        Malformed, ///< an answer that is not the JSON it should be, or too large
        Cancelled, ///< the caller aborted the call
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int errorCode = 0;
    int specificCode = 0;
    QString message;
    QStringList additionalMessages;
    /// Field keys named in the messages, e.g. `'sourceId' is required` → "sourceId".
    QStringList fieldKeys;
    /// Seconds the platform asked us to wait (429/503 Retry-After), or -1.
    int retryAfterSeconds = -1;
    /// False when the request certainly never reached the platform (refused
    /// connection, bad address, TLS handshake). True when it may have been
    /// processed: the outbox then looks before it sends a create again.
    bool requestMayHaveArrived = false;

    bool isError() const { return kind != Kind::None; }
    /// The platform refused the key or secret (not a stale clock).
    bool isCredentialProblem() const;
    /// The platform said the request's date is outside its window (23005).
    bool isStaleRequest() const;
    /// Worth sending again later, untouched: the platform was unreachable or busy.
    bool isTransient() const;

    /// One line for a person: what went wrong, with the platform's words and codes.
    QString toString() const;
    static QString kindName(Kind kind);

    /// The quoted keys in the texts: `'contact.email' is invalid` → contact.email.
    static QStringList extractFieldKeys(const QString &message, const QStringList &additional);
};

Q_DECLARE_METATYPE(PlatformError)
