#include "model/messagefieldkeys.h"

#include <QRegularExpression>

QStringList MessageFieldKeys::in(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("'([A-Za-z_][A-Za-z0-9_.\\[\\]]*)'"));
    QStringList keys;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
