#pragma once

#include <QSortFilterProxyModel>

/// The import wizard's "only rows that need a look" filter over an ImportRowsModel: with it on,
/// ready rows are hidden. A row the rep fixes stays in view until the filter is switched again,
/// so the table does not jump under the cursor while editing.
class ImportRowsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImportRowsFilter(QObject *parent = nullptr);

    bool onlyProblems() const { return m_onlyProblems; }
    /// Shows only rows with problems and duplicates (true), or every row.
    void setOnlyProblems(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyProblems = false;
};
