#pragma once

#include "model/lookupcatalog.h"

#include <QFile>
#include <QJsonDocument>

/// The lookup fixture in tests/data/catalog.json, as a catalog.
inline std::shared_ptr<const LookupCatalog> testCatalog()
{
    QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/catalog.json is missing");
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    QMap<QString, QJsonArray> lists;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        if (it.key() != QStringLiteral("leadSchema"))
            lists.insert(it.key(), it.value().toArray());
    auto catalog = LookupCatalog::build(lists, all.value(QStringLiteral("leadSchema")).toArray(),
                                        QDateTime::currentDateTimeUtc());
    if (!catalog->problems().isEmpty())
        qFatal("fixture catalog: %s", qPrintable(catalog->problems().join(QLatin1Char('\n'))));
    return catalog;
}
