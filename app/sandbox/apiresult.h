#pragma once

#include <QByteArray>
#include <QJsonDocument>

class SandboxError;
class QJsonArray;
class QJsonObject;

// What a handler answers: an HTTP status and a JSON body.
struct ApiResult
{
    int status = 200;
    QJsonDocument body;
    /// Sent instead of `body` when set: JSON text whose key order matters.
    QByteArray text;

    static ApiResult ok(const QJsonObject &body);
    static ApiResult ok(const QJsonArray &body);
    static ApiResult okText(const QByteArray &json);
    static ApiResult error(const SandboxError &error);
};
