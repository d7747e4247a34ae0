#pragma once

class SandboxStore;
class QString;

// Fills a store from the seed compiled in under :/sandbox (resources/sandbox/*.json) and
// generates the seeded leads from leads.json. Deterministic: the same seed gives the same records.
class SeedLoader
{
public:
    static bool load(SandboxStore *store, const QString &directory);

private:
    static void generateLeads(SandboxStore *store, const class QJsonObject &plan);
};
