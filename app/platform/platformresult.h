#pragma once

#include "platform/platformerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

/// The one answer a platform call ends with: the parsed JSON on success, or
/// a PlatformError.
struct PlatformResult
{
    PlatformError error;
    QJsonValue data;
    int httpStatus = 0;
    int attempts = 0;
    /// Bytes of the answer's body as read (for the caps of paged lists).
    qint64 bytes = 0;
    /// The answer's body as read, for what `data` cannot hold (QJsonObject sorts its keys).
    QByteArray body;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return data.toObject(); }
    QJsonArray array() const { return data.toArray(); }
};

Q_DECLARE_METATYPE(PlatformResult)
