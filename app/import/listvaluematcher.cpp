#include "import/listvaluematcher.h"

#include "model/fielddefinition.h"
#include "model/lookupcatalog.h"

ListValueMatcher::ListValueMatcher(QList<QPair<QString, QString>> options)
{
    for (const auto &[key, label] : options) {
        m_keys.insert(folded(key), key);
        const QString name = folded(label);
        if (name.isEmpty())
            continue;
        const auto it = m_labels.constFind(name);
        if (it != m_labels.constEnd() && *it != key)
            m_labels.insert(name, QString()); // two options by one name: neither is meant
        else
            m_labels.insert(name, key);
    }
}

ListValueMatcher ListValueMatcher::forLookup(const LookupCatalog &catalog, const QString &lookup,
                                             qint64 parentId)
{
    QList<QPair<QString, QString>> options;
    for (const LookupOption &option : catalog.options(lookup, parentId))
        options.append({QString::number(option.id), option.label});
    return ListValueMatcher(std::move(options));
}

ListValueMatcher ListValueMatcher::forSelect(const SelectOptions &options)
{
    return ListValueMatcher(options.items());
}

QString ListValueMatcher::folded(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

std::optional<QString> ListValueMatcher::match(const QString &value)
{
    const QString key = folded(value);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = m_assigned.constFind(key); it != m_assigned.constEnd())
        return *it;
    if (const auto it = m_keys.constFind(key); it != m_keys.constEnd())
        return *it;
    if (const auto it = m_labels.constFind(key); it != m_labels.constEnd() && !it->isEmpty())
        return *it;
    int &count = m_counts[key];
    if (count++ == 0)
        m_unmatched.append(value.trimmed());
    return std::nullopt;
}

std::optional<qint64> ListValueMatcher::matchId(const QString &value)
{
    const std::optional<QString> key = match(value);
    if (!key)
        return std::nullopt;
    bool ok = false;
    const qint64 id = key->toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

void ListValueMatcher::assign(const QString &value, const QString &key)
{
    const QString name = folded(value);
    m_assigned.insert(name, key);
    if (m_counts.remove(name) > 0) {
        m_unmatched.removeIf(
            [&name](const QString &unmatched) { return folded(unmatched) == name; });
    }
}

int ListValueMatcher::occurrences(const QString &value) const
{
    return m_counts.value(folded(value));
}
