#pragma once

#include <QStyledItemDelegate>

/// Tints the cells of the import's dry-run table that have a problem (ImportRowsModel's
/// ProblemRole), so the eye finds them; the words are in the tooltip and the problems column.
class ImportCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
