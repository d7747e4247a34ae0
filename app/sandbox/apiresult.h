#pragma once

#include <QJsonDocument>

class SandboxError;
class QJsonArray;
class QJsonObject;

// What a handler answers: an HTTP status and a JSON body.
struct ApiResult
{
    int status = 200;
    QJsonDocument body;

    static ApiResult ok(const QJsonObject &body);
    static ApiResult ok(const QJsonArray &body);
    static ApiResult error(const SandboxError &error);
};
