#pragma once

#include <QString>

/// The lookup lists a Choice field names (FieldDefinition::lookup).
namespace LookupNames {
inline const QString types = QStringLiteral("types");
inline const QString subtypes = QStringLiteral("subtypes");
inline const QString stages = QStringLiteral("stages");
inline const QString reasons = QStringLiteral("reasons");
inline const QString sources = QStringLiteral("sources");
inline const QString qualities = QStringLiteral("qualities");
inline const QString channels = QStringLiteral("channels");
inline const QString industries = QStringLiteral("industries");
inline const QString users = QStringLiteral("users");
} // namespace LookupNames
