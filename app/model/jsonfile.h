#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

/// Reads the JSON files people hand to LeadDesk (request bodies, schemas) and
/// says in one line what is wrong with a bad one.
///
/// Strict where QJsonDocument is lenient (see JsonScan): a key given twice, a control
/// character, a lone surrogate, bytes that are not UTF-8 or a whole number too large to be
/// exact refuse the file, naming the field.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    /// A request body: a JSON object of at most kMaxRequestBodyBytes.
    static Result<QJsonObject> readObject(const QString &path);
    /// A list (a custom-field schema) of at most kMaxBytes; `text`, when given, receives the
    /// file's bytes (for what QJsonArray forgets, such as the order of an object's keys).
    static Result<QJsonArray> readArray(const QString &path, QByteArray *text = nullptr);
    /// Parses bytes that claim to be JSON; `what` names them in messages.
    static Result<QJsonValue> parse(const QByteArray &bytes, const QString &what);

    /// Lists larger than this are refused unread.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    /// Request bodies larger than this are refused unread: the sandbox answers 413 above it, as
    /// the platform does for bodies it will not take, and a lead needs a few kilobytes.
    static constexpr qint64 kMaxRequestBodyBytes = 1024 * 1024;

private:
    static Result<QJsonValue> read(const QString &path, qint64 maxBytes,
                                   QByteArray *text = nullptr);
    static QString tooLarge(const QString &path, qint64 size, qint64 maxBytes);
};
