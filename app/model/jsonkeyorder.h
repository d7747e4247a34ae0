#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QStringList>

/// The order in which JSON text writes an object's keys, which QJsonObject forgets: it keeps
/// its keys sorted. A select field's options ("1-10", "11-50", … "More than 1000") are meant
/// in the order the platform or the admin wrote them, so that order is read from the text.
class JsonKeyOrder
{
public:
    /// For text holding a JSON array of objects: per element, the keys of its member `member`
    /// in the order the text writes them; an empty list where the element is not an object or
    /// `member` is not an object. Empty when the text is not a JSON array; reading stops at
    /// the first thing that is not JSON, keeping what came before.
    static QList<QStringList> ofMember(const QByteArray &text, QLatin1String member);
};
