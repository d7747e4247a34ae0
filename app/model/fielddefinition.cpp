#include "model/fielddefinition.h"

SelectOptions::SelectOptions(QList<QPair<QString, QString>> options)
    : m_items(std::move(options))
{
    m_index.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items.at(i).first, i);
}

QString SelectOptions::label(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? QString() : m_items.at(*it).second;
}
