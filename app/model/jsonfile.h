#pragma once

#include "model/result.h"

#include <QJsonArray>
#include <QJsonObject>

/// Reads the JSON files people hand to LeadDesk (request bodies, schemas) and
/// says in one line what is wrong with a bad one.
class JsonFile
{
public:
    static Result<QJsonObject> readObject(const QString &path);
    static Result<QJsonArray> readArray(const QString &path);
    /// Parses bytes that claim to be JSON; `what` names them in messages.
    static Result<QJsonValue> parse(const QByteArray &bytes, const QString &what);

    /// Files larger than this are refused unread.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

private:
    static Result<QJsonValue> read(const QString &path);
};
