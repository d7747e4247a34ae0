#include "sandbox/apiresult.h"

#include "sandbox/sandboxerror.h"

#include <QJsonArray>
#include <QJsonObject>

ApiResult ApiResult::ok(const QJsonObject &body)
{
    return {200, QJsonDocument(body), {}};
}

ApiResult ApiResult::ok(const QJsonArray &body)
{
    return {200, QJsonDocument(body), {}};
}

ApiResult ApiResult::okText(const QByteArray &json)
{
    return {200, QJsonDocument::fromJson(json), json};
}

ApiResult ApiResult::error(const SandboxError &error)
{
    return {error.status(), QJsonDocument(error.toJson()), {}};
}
