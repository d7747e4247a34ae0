#include "fields/selectoptionsmodel.h"

#include "model/fielddefinition.h"

SelectOptionsModel::SelectOptionsModel(std::shared_ptr<const SelectOptions> options,
                                       QObject *parent)
    : QAbstractListModel(parent)
    , m_options(std::move(options))
{ }

int SelectOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_options ? 0 : m_options->size();
}

QVariant SelectOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!m_options || !index.isValid() || index.row() >= m_options->size())
        return QVariant();
    const auto &item = m_options->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return item.second;
    case KeyRole:
        return item.first;
    default:
        return QVariant();
    }
}
