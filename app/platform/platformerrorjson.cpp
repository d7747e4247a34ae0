#include "platform/platformerrorjson.h"

#include <QJsonArray>

namespace {
const QString kKind = QStringLiteral("kind");
const QString kHttpStatus = QStringLiteral("httpStatus");
const QString kErrorCode = QStringLiteral("errorCode");
const QString kSpecificCode = QStringLiteral("specificCode");
const QString kMessage = QStringLiteral("message");
const QString kAdditional = QStringLiteral("additionalMessages");
const QString kFieldKeys = QStringLiteral("fieldKeys");
const QString kRetryAfter = QStringLiteral("retryAfterSeconds");
const QString kMayHaveArrived = QStringLiteral("requestMayHaveArrived");

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list.append(item.toString());
    return list;
}

PlatformError::Kind kindFrom(const QString &name)
{
    using Kind = PlatformError::Kind;
    for (Kind kind : {Kind::None, Kind::Configuration, Kind::Network, Kind::Timeout, Kind::Tls,
                      Kind::Http, Kind::Platform, Kind::Malformed, Kind::Cancelled})
        if (PlatformError::kindName(kind) == name)
            return kind;
    // An older item knew only that the platform refused it.
    return Kind::Platform;
}
} // namespace

QJsonObject PlatformErrorJson::toJson(const PlatformError &error)
{
    if (!error.isError())
        return {};
    QJsonObject json {{kKind, PlatformError::kindName(error.kind)},
                      {kMessage, error.message},
                      {kAdditional, QJsonArray::fromStringList(error.additionalMessages)},
                      {kFieldKeys, QJsonArray::fromStringList(error.fieldKeys)}};
    if (error.httpStatus)
        json.insert(kHttpStatus, error.httpStatus);
    if (error.errorCode)
        json.insert(kErrorCode, error.errorCode);
    if (error.specificCode)
        json.insert(kSpecificCode, error.specificCode);
    if (error.retryAfterSeconds >= 0)
        json.insert(kRetryAfter, error.retryAfterSeconds);
    if (error.requestMayHaveArrived)
        json.insert(kMayHaveArrived, true);
    return json;
}

PlatformError PlatformErrorJson::fromJson(const QJsonObject &json)
{
    PlatformError error;
    if (json.isEmpty())
        return error;
    error.kind = kindFrom(json.value(kKind).toString());
    error.httpStatus = json.value(kHttpStatus).toInt();
    error.errorCode = json.value(kErrorCode).toInt();
    error.specificCode = json.value(kSpecificCode).toInt();
    error.message = json.value(kMessage).toString();
    error.additionalMessages = strings(json.value(kAdditional));
    error.fieldKeys = json.contains(kFieldKeys)
        ? strings(json.value(kFieldKeys))
        : PlatformError::extractFieldKeys(error.message, error.additionalMessages);
    error.retryAfterSeconds = json.value(kRetryAfter).toInt(-1);
    error.requestMayHaveArrived = json.value(kMayHaveArrived).toBool();
    return error;
}
