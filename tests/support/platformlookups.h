#pragma once

#include "model/lookupcatalog.h"

#include <QJsonArray>
#include <QMap>

#include <memory>

class PlatformClient;

/// The lists a platform (a sandbox, in the tests) answers and the catalog built from them with
/// the given lead schema, fetched as the app fetches them: for tests that make leads the
/// platform accepts (LeadGenerator) or check the rules against it.
struct PlatformLookups
{
    QMap<QString, QJsonArray> lists;
    std::shared_ptr<const LookupCatalog> catalog;
    /// Why the lookups could not be fetched or make no clean catalog; empty when they did.
    QString problem;

    /// Fetches every list through `client` (with the contact and company directory when
    /// `directory`), waiting up to 30 s.
    static PlatformLookups fetch(PlatformClient *client, const QJsonArray &leadSchema,
                                 bool directory = true);
};
