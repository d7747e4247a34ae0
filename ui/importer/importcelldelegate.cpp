#include "importer/importcelldelegate.h"

#include "services/importrowsmodel.h"

#include <QColor>

void ImportCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ImportRowsModel::ProblemRole).toBool())
        return;
    // Translucent over the base colour: readable under a light and a dark palette.
    option->backgroundBrush = QColor(220, 50, 47, 70);
}
