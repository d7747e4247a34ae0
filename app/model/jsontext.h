#pragma once

#include <QJsonValue>
#include <QString>

/// A JSON value as a person reads it: text as it is, numbers and booleans as
/// written, objects and arrays as compact JSON.
class JsonText
{
public:
    static QString of(const QJsonValue &value);
};
