#pragma once

#include "sandbox/sandboxerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

// Paging (pagination.md) and filtering (filtering.md) of a collection (collections.md).
class CollectionQuery
{
public:
    static constexpr qint64 DefaultPerPage = 100;
    static constexpr qint64 MaxPerPage = 100;

    // A documented filter that is not a result property (e.g. fromModifiedDate): check returns
    // an error reason for a bad value (empty when fine), match decides for one item.
    struct ExtraFilter
    {
        std::function<QString(const QJsonValue &value)> check;
        std::function<bool(const QJsonObject &item, const QJsonValue &value)> match;
    };
    using ExtraFilters = QHash<QString, ExtraFilter>;

    // propertyKeys: the result properties that may be filtered on.
    std::optional<SandboxError> parse(const QJsonObject &body, const QSet<QString> &propertyKeys,
                                      const ExtraFilters &extras = {});
    // {"meta": {...}, "results": [...]} for the items (given in id order).
    QJsonObject run(const QList<QJsonObject> &items) const;

    // Helpers for ExtraFilter::check.
    static QString checkTimestamp(const QJsonValue &value);
    static QString checkWholeNumber(const QJsonValue &value);

private:
    /// start and perPage (pagination.md).
    std::optional<SandboxError> parsePaging(const QJsonObject &body);
    /// What a __EMPTY filter asks: true, false, or nothing a boolean can be read from.
    static std::optional<bool> emptyWanted(const QJsonValue &value);
    enum class Modifier
    {
        Equals,
        Contains,
        NotContains,
        Begins,
        Ends,
        LessThan,
        GreaterThan,
        Not,
        Empty
    };
    struct Condition
    {
        QString key;
        Modifier modifier = Modifier::Equals;
        QJsonValue value;
        bool emptyWanted = true;
        ExtraFilter extra;
    };

    bool matches(const QJsonObject &item) const;
    static bool matchesCondition(const QJsonValue &property, const Condition &condition);

    qint64 m_start = 0;
    qint64 m_perPage = DefaultPerPage;
    QList<Condition> m_conditions;
};
