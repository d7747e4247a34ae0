#include "sandbox/kindchecker.h"

#include "sandbox/valuecheck.h"

#include <QJsonArray>

std::optional<SandboxError> KindChecker::check(const QJsonObject &body, const QList<Rule> &rules,
                                               const QString &prefix)
{
    for (const Rule &rule : rules) {
        const QJsonValue value = body.value(QLatin1String(rule.key));
        if (!value.isUndefined() && !accepts(rule.kind, value))
            return SandboxError::doesNotValidate(prefix + QLatin1String(rule.key),
                                                 reason(rule.kind));
    }
    return std::nullopt;
}

bool KindChecker::accepts(Kind kind, const QJsonValue &value)
{
    switch (kind) {
    case Kind::WholeNumber:
        return ValueCheck::wholeNumber(value);
    case Kind::Text:
        return value.isString();
    case Kind::TextOrNumber:
        return value.isString() || (value.isDouble() && ValueCheck::wholeNumber(value));
    case Kind::Number:
        return ValueCheck::number(value);
    case Kind::Boolean:
        return ValueCheck::boolean(value);
    case Kind::Object:
        return value.isObject();
    case Kind::Array:
        return value.isArray();
    case Kind::ArrayOrNull:
        return value.isArray() || value.isNull();
    case Kind::WholeNumberList: {
        if (!value.isArray())
            return false;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!ValueCheck::wholeNumber(item))
                return false;
        }
        return true;
    }
    }
    return false;
}

QString KindChecker::reason(Kind kind)
{
    switch (kind) {
    case Kind::WholeNumber:
        return QStringLiteral("Value must be a whole number");
    case Kind::Text:
        return QStringLiteral("Value must be a string");
    case Kind::TextOrNumber:
        return QStringLiteral("Value must be a string or a whole number");
    case Kind::Number:
        return QStringLiteral("Value must be a number");
    case Kind::Boolean:
        return QStringLiteral("Value must be a boolean");
    case Kind::Object:
        return QStringLiteral("Value must be an object");
    case Kind::Array:
        return QStringLiteral("Value must be an array");
    case Kind::ArrayOrNull:
        return QStringLiteral("Value must be an array or null");
    case Kind::WholeNumberList:
        return QStringLiteral("Value must be an array of whole numbers");
    }
    return {};
}
