#pragma once

#include <QStringList>

/// The field keys a platform message names in single quotes:
/// `'sourceId' is required` → sourceId, `'contact.email' …` → contact.email.
class MessageFieldKeys
{
public:
    static QStringList in(const QString &text);
};
