#include "sandbox/collectionquery.h"

#include "sandbox/valuecheck.h"

#include <QJsonArray>

#include <algorithm>

namespace {
const QString IsNull = QStringLiteral("__ISNULL__");

// Text form of a scalar for the string modifiers; whole numbers without a fraction.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        qint64 whole = 0;
        return ValueCheck::wholeNumber(value, &whole) ? QString::number(whole)
                                                      : QString::number(value.toDouble(), 'g', 15);
    }
    return {};
}

bool isNullish(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

bool wantsNull(const QJsonValue &value)
{
    return value.isNull() || (value.isString() && value.toString() == IsNull);
}

// A number, or text that is entirely a number: compared numerically against numbers.
bool numeric(const QJsonValue &value, double *out)
{
    return ValueCheck::number(value, out);
}

bool scalarEquals(const QJsonValue &property, const QJsonValue &wanted)
{
    if (isNullish(property))
        return false;
    double a = 0;
    double b = 0;
    if (property.isDouble() && numeric(wanted, &b)) {
        a = property.toDouble();
        return a == b;
    }
    return textOf(property).compare(textOf(wanted), Qt::CaseInsensitive) == 0;
}

// Array properties (a contact's companies) match when any element does.
template<typename Predicate> bool anyElement(const QJsonValue &property, Predicate predicate)
{
    if (!property.isArray())
        return predicate(property);
    const QJsonArray elements = property.toArray();
    return std::any_of(elements.begin(), elements.end(), predicate);
}

int compareValues(const QJsonValue &property, const QJsonValue &wanted)
{
    double a = 0;
    double b = 0;
    if (property.isDouble() && numeric(wanted, &b)) {
        a = property.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    // Text order: right for the yyyy-MM-dd HH:mm:ss UTC timestamps.
    return textOf(property).compare(textOf(wanted), Qt::CaseInsensitive);
}
} // namespace

std::optional<SandboxError> CollectionQuery::parsePaging(const QJsonObject &body)
{
    if (body.contains(QLatin1String("start"))) {
        if (!ValueCheck::wholeNumber(body.value(QLatin1String("start")), &m_start) || m_start < 0)
            return SandboxError::doesNotValidate(
                QStringLiteral("start"),
                QStringLiteral("Value must be a whole number of 0 or more"));
    }
    if (body.contains(QLatin1String("perPage"))) {
        if (!ValueCheck::wholeNumber(body.value(QLatin1String("perPage")), &m_perPage)
            || m_perPage < 1) {
            return SandboxError::doesNotValidate(
                QStringLiteral("perPage"),
                QStringLiteral("Value must be a whole number of 1 or more"));
        }
        // pagination.md: a perPage above the cap has no effect beyond the cap.
        m_perPage = qMin(m_perPage, MaxPerPage);
    }
    return std::nullopt;
}

std::optional<bool> CollectionQuery::emptyWanted(const QJsonValue &v)
{
    if (v.isString()
        && (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("1")))
        return true;
    if (v.isString()
        && (v.toString() == QLatin1String("false") || v.toString() == QLatin1String("0")))
        return false;
    bool wanted = true;
    if (!ValueCheck::boolean(v, &wanted))
        return std::nullopt;
    return wanted;
}

std::optional<SandboxError> CollectionQuery::parse(const QJsonObject &body,
                                                   const QSet<QString> &propertyKeys,
                                                   const ExtraFilters &extras)
{
    m_conditions.clear();
    m_start = 0;
    m_perPage = DefaultPerPage;

    if (auto refused = parsePaging(body))
        return refused;

    const QJsonValue filterValue = body.value(QLatin1String("filter"));
    if (filterValue.isUndefined() || filterValue.isNull()
        || (filterValue.isArray() && filterValue.toArray().isEmpty())) {
        return std::nullopt; // PHP-style clients send [] for "no filter"
    }
    if (!filterValue.isObject())
        return SandboxError::doesNotValidate(QStringLiteral("filter"),
                                             QStringLiteral("Value must be an object"));

    static const std::pair<const char *, Modifier> suffixes[] = {
        {"__NOTCONTAINS", Modifier::NotContains},
        {"__CONTAINS", Modifier::Contains},
        {"__BEGINS", Modifier::Begins},
        {"__ENDS", Modifier::Ends},
        {"__LESSTHAN", Modifier::LessThan},
        {"__GREATERTHAN", Modifier::GreaterThan},
        {"__NOT", Modifier::Not},
        {"__EMPTY", Modifier::Empty},
    };
    const QJsonObject filter = filterValue.toObject();
    for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
        const QString filterKey = QStringLiteral("filter.") + it.key();
        Condition condition;
        condition.key = it.key();
        condition.value = it.value();
        for (const auto &[suffix, modifier] : suffixes) {
            if (it.key().endsWith(QLatin1String(suffix))) {
                condition.key = it.key().chopped(qsizetype(qstrlen(suffix)));
                condition.modifier = modifier;
                break;
            }
        }

        const auto extra = extras.constFind(condition.key);
        if (extra != extras.constEnd() && condition.modifier == Modifier::Equals) {
            const QString problem = extra->check ? extra->check(condition.value) : QString();
            if (!problem.isEmpty())
                return SandboxError::doesNotValidate(filterKey, problem);
            condition.extra = *extra;
            m_conditions.append(condition);
            continue;
        }
        if (!propertyKeys.contains(condition.key)) {
            return SandboxError::doesNotValidate(filterKey,
                                                 QStringLiteral("Unknown filter property"));
        }
        if (condition.value.isArray() || condition.value.isObject()) {
            return SandboxError::doesNotValidate(
                filterKey, QStringLiteral("Value must be text, a number or a boolean"));
        }
        if (condition.modifier == Modifier::Empty) {
            const auto wanted = emptyWanted(condition.value);
            if (!wanted)
                return SandboxError::doesNotValidate(filterKey,
                                                     QStringLiteral("Value must be a boolean"));
            condition.emptyWanted = *wanted;
        }
        m_conditions.append(condition);
    }
    return std::nullopt;
}

QJsonObject CollectionQuery::run(const QList<QJsonObject> &items) const
{
    QList<const QJsonObject *> matching;
    for (const QJsonObject &item : items) {
        if (matches(item))
            matching.append(&item);
    }
    const auto byId = [](const QJsonObject *a, const QJsonObject *b) {
        return a->value(QLatin1String("id")).toDouble() < b->value(QLatin1String("id")).toDouble();
    };
    // Records come in id order already; sorting 100,000 bulk-seeded contacts for every page
    // would make paging through them take minutes.
    if (!std::is_sorted(matching.begin(), matching.end(), byId))
        std::stable_sort(matching.begin(), matching.end(), byId);
    QJsonArray results;
    const qint64 total = matching.size();
    for (qint64 i = m_start; i < total && i < m_start + m_perPage; ++i)
        results.append(*matching.at(qsizetype(i)));
    const QJsonObject meta {{QLatin1String("totalResults"), total},
                            {QLatin1String("start"), m_start},
                            {QLatin1String("perPage"), m_perPage},
                            {QLatin1String("count"), results.size()}};
    return QJsonObject {{QLatin1String("meta"), meta}, {QLatin1String("results"), results}};
}

bool CollectionQuery::matches(const QJsonObject &item) const
{
    for (const Condition &condition : m_conditions) {
        if (condition.extra.match) {
            if (!condition.extra.match(item, condition.value))
                return false;
        } else if (!matchesCondition(item.value(condition.key), condition)) {
            return false;
        }
    }
    return true;
}

bool CollectionQuery::matchesCondition(const QJsonValue &property, const Condition &condition)
{
    const QJsonValue &wanted = condition.value;
    const auto text = [&wanted]() { return textOf(wanted); };
    switch (condition.modifier) {
    case Modifier::Equals:
        if (wantsNull(wanted))
            return isNullish(property);
        return anyElement(property,
                          [&wanted](const QJsonValue &p) { return scalarEquals(p, wanted); });
    case Modifier::Not:
        if (wantsNull(wanted))
            return !isNullish(property);
        return !anyElement(property,
                           [&wanted](const QJsonValue &p) { return scalarEquals(p, wanted); });
    case Modifier::Contains:
        return anyElement(property, [&text](const QJsonValue &p) {
            return !isNullish(p) && textOf(p).contains(text(), Qt::CaseInsensitive);
        });
    case Modifier::NotContains:
        return !anyElement(property, [&text](const QJsonValue &p) {
            return !isNullish(p) && textOf(p).contains(text(), Qt::CaseInsensitive);
        });
    case Modifier::Begins:
        return anyElement(property, [&text](const QJsonValue &p) {
            return !isNullish(p) && textOf(p).startsWith(text(), Qt::CaseInsensitive);
        });
    case Modifier::Ends:
        return anyElement(property, [&text](const QJsonValue &p) {
            return !isNullish(p) && textOf(p).endsWith(text(), Qt::CaseInsensitive);
        });
    case Modifier::LessThan:
        return anyElement(property, [&wanted](const QJsonValue &p) {
            return !isNullish(p) && compareValues(p, wanted) <= 0;
        });
    case Modifier::GreaterThan:
        return anyElement(property, [&wanted](const QJsonValue &p) {
            return !isNullish(p) && compareValues(p, wanted) >= 0;
        });
    case Modifier::Empty:
        return ValueCheck::isEmpty(property) == condition.emptyWanted;
    }
    return false;
}

QString CollectionQuery::checkTimestamp(const QJsonValue &value)
{
    if (value.isString() && ValueCheck::parseTimestamp(value.toString()))
        return {};
    return QStringLiteral("Value must be a timestamp yyyy-mm-dd HH:mm:ss UTC");
}

QString CollectionQuery::checkWholeNumber(const QJsonValue &value)
{
    return ValueCheck::wholeNumber(value) ? QString()
                                          : QStringLiteral("Value must be a whole number");
}
