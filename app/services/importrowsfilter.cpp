#include "services/importrowsfilter.h"

#include "import/importrow.h"
#include "services/importrowsmodel.h"

ImportRowsFilter::ImportRowsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void ImportRowsFilter::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    invalidateFilter();
}

bool ImportRowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyProblems)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ImportRowsModel::StatusRole).toInt() != int(ImportRow::Status::Ready);
}
