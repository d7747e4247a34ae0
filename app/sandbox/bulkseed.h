#pragma once

#include <QJsonObject>
#include <QList>

#include <random>

class SandboxStore;

/// Generated contacts and companies in bulk (leaddesk-sandbox --seed-contacts / --seed-companies),
/// so that a client can be tried against a platform holding 100,000 records without creating
/// them one request at a time. Written straight into the store in its stored form; the same
/// counts give the same records on every run and every platform.
class BulkSeed
{
public:
    /// The first id of the generated companies and contacts: past every id the compiled-in seed
    /// and its leads use, so each kind keeps a range of its own.
    static constexpr qint64 kFirstCompanyId = 300000;
    static constexpr qint64 kFirstContactId = 1000000;
    /// The most of each that may be asked for (the ranges must not meet).
    static constexpr int kMaxCompanies = 500000;
    static constexpr int kMaxContacts = 1000000;

    explicit BulkSeed(SandboxStore *store);

    /// Adds `count` companies with ids from kFirstCompanyId.
    void addCompanies(int count);
    /// Adds `count` contacts with ids from kFirstContactId; most of them work for one of the
    /// generated companies (or, when there are none, one of the seeded ones).
    void addContacts(int count);

private:
    QJsonObject company(int index);
    QJsonObject contact(int index);
    quint32 pick(quint32 size);

    SandboxStore *m_store;
    // mt19937 is specified bit for bit by the standard and only its raw output is used, so the
    // records are the same on every platform.
    std::mt19937 m_random;
    QList<qint64> m_industries;
    QList<qint64> m_companyIds;
};
