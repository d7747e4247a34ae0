#pragma once

#include "platform/platformerror.h"

#include <QJsonObject>

/// A PlatformError as JSON and back, so an outbox item keeps the platform's typed answer (its
/// codes and the fields it named) and a form reopened days later shows each message at its field.
namespace PlatformErrorJson {
QJsonObject toJson(const PlatformError &error);
/// Also reads the older {"message", "additionalMessages"} shape; the field keys are then taken
/// from the texts again.
PlatformError fromJson(const QJsonObject &json);
} // namespace PlatformErrorJson
