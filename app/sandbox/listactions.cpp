#include "sandbox/listactions.h"

#include "sandbox/recordviews.h"
#include "sandbox/valuecheck.h"

#include <QJsonArray>

namespace {
// venueId / venueGroupId are documented filters, but the sandbox has no venues: every record
// is treated as visible from every venue.
CollectionQuery::ExtraFilter venueFilter()
{
    return {&CollectionQuery::checkWholeNumber,
            [](const QJsonObject &, const QJsonValue &) { return true; }};
}
} // namespace

ListActions::ListActions(const SandboxStore &store, const RecordViews &views)
    : m_store(store)
    , m_views(views)
{ }

ApiResult ListActions::collection(const QList<QJsonObject> &items, const QJsonObject &body,
                                  const CollectionQuery::ExtraFilters &extras)
{
    // Every item of a list has the same keys (views write nulls rather than leave keys out).
    QSet<QString> keys;
    if (!items.isEmpty()) {
        const QStringList first = items.first().keys();
        keys = QSet<QString>(first.begin(), first.end());
    } else {
        const QStringList filterKeys = body.value(QLatin1String("filter")).toObject().keys();
        for (const QString &key : filterKeys)
            keys.insert(key.section(QStringLiteral("__"), 0, 0));
    }
    CollectionQuery query;
    if (auto error = query.parse(body, keys, extras))
        return ApiResult::error(*error);
    return ApiResult::ok(query.run(items));
}

CollectionQuery::ExtraFilters ListActions::modifiedDateFilters()
{
    const auto modifiedOf = [](const QJsonObject &item) {
        return ValueCheck::parseTimestamp(item.value(QLatin1String("modifiedDate")).toString());
    };
    CollectionQuery::ExtraFilters extras;
    extras.insert(QStringLiteral("fromModifiedDate"),
                  {&CollectionQuery::checkTimestamp,
                   [modifiedOf](const QJsonObject &item, const QJsonValue &value) {
                       const auto modified = modifiedOf(item);
                       return modified
                           && *modified >= *ValueCheck::parseTimestamp(value.toString());
                   }});
    extras.insert(QStringLiteral("toModifiedDate"),
                  {&CollectionQuery::checkTimestamp,
                   [modifiedOf](const QJsonObject &item, const QJsonValue &value) {
                       const auto modified = modifiedOf(item);
                       return modified
                           && *modified <= *ValueCheck::parseTimestamp(value.toString());
                   }});
    extras.insert(QStringLiteral("venueId"), venueFilter());
    extras.insert(QStringLiteral("venueGroupId"), venueFilter());
    return extras;
}

ApiResult ListActions::lookupList(SandboxStore::Lookup lookup, const QJsonObject &body) const
{
    CollectionQuery::ExtraFilters extras;
    if (lookup == SandboxStore::Lookup::User)
        extras.insert(QStringLiteral("venueId"), venueFilter());
    return collection(m_store.lookupList(lookup), body, extras);
}

ApiResult ListActions::leadList(const QJsonObject &body) const
{
    return collection(m_views.allLeads(), body);
}

ApiResult ListActions::contactList(const QJsonObject &body) const
{
    CollectionQuery::ExtraFilters extras = modifiedDateFilters();
    extras.insert(
        QStringLiteral("companyId"),
        {&CollectionQuery::checkWholeNumber, [](const QJsonObject &item, const QJsonValue &value) {
             qint64 wanted = 0;
             ValueCheck::wholeNumber(value, &wanted);
             const QJsonArray companies = item.value(QLatin1String("companies")).toArray();
             for (const QJsonValue &company : companies) {
                 if (company.toInteger() == wanted)
                     return true;
             }
             return false;
         }});
    return collection(m_views.allContacts(), body, extras);
}

ApiResult ListActions::companyList(const QJsonObject &body) const
{
    return collection(m_views.allCompanies(), body, modifiedDateFilters());
}

ApiResult ListActions::customFieldDefinitions(SandboxStore::Kind kind) const
{
    return ApiResult::okText(m_store.schema(kind).text());
}
