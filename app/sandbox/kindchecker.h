#pragma once

#include "sandbox/sandboxerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The 23016 check: each listed parameter that is present must have the right JSON kind. The
// first one that does not (in the listed order) is reported, as exceptions.md describes.
class KindChecker
{
public:
    enum class Kind
    {
        WholeNumber, // JSON integer or string of digits
        Text, // string
        TextOrNumber, // string or number (phone numbers arrive both ways)
        Number, // number or numeric string
        Boolean, // true/false or 0/1
        Object,
        Array,
        ArrayOrNull, // externalUrls: null removes them all
        WholeNumberList, // array of whole numbers
    };
    struct Rule
    {
        const char *key;
        Kind kind;
    };

    static std::optional<SandboxError> check(const QJsonObject &body, const QList<Rule> &rules,
                                             const QString &prefix = {});
    static bool accepts(Kind kind, const QJsonValue &value);
    static QString reason(Kind kind);
};
