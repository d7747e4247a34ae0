#pragma once

#include "model/lookupcatalog.h"

#include <QJsonArray>
#include <QMap>

#include <memory>

class PlatformClient;
class SandboxServer;

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
    /// Starts `sandbox` on a free port, signs `client` in to it with the sandbox's own key and
    /// fetches its lookups (and directory) through that client: where a test that sends to an
    /// in-process sandbox begins.
    static PlatformLookups startSandbox(SandboxServer *sandbox, PlatformClient *client);
};
