#pragma once

#include "sandbox/apiresult.h"
#include "sandbox/collectionquery.h"
#include "sandbox/sandboxstore.h"

class RecordViews;

// The read calls: lookup lists, leads, contacts and companies as collections, and the
// custom-field definitions as plain arrays.
class ListActions
{
public:
    ListActions(const SandboxStore &store, const RecordViews &views);

    ApiResult lookupList(SandboxStore::Lookup lookup, const QJsonObject &body) const;
    ApiResult leadList(const QJsonObject &body) const;
    ApiResult contactList(const QJsonObject &body) const;
    ApiResult companyList(const QJsonObject &body) const;
    ApiResult customFieldDefinitions(SandboxStore::Kind kind) const;

private:
    static ApiResult collection(const QList<QJsonObject> &items, const QJsonObject &body,
                                const CollectionQuery::ExtraFilters &extras = {});
    static CollectionQuery::ExtraFilters modifiedDateFilters();

    const SandboxStore &m_store;
    const RecordViews &m_views;
};
