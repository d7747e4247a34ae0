#pragma once

#include "import/importrow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

/// The dry run's rows as a table for the import wizard (issue 14, item 3): a status column
/// (ready, problem, duplicate — a duplicate checkable to send it anyway), a problems column,
/// then the file's columns. A cell with a problem says so in ProblemRole and its tooltip.
/// Editing a cell checks that row again at once (the recheck function) and updates only that
/// row. Everything shown is kept as values: no parsing while painting, so 10,000 rows scroll.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProblemRole = Qt::UserRole + 1, ///< bool: this cell (or row, in the status column) has one
        StatusRole, ///< int: ImportRow::Status
    };
    enum Column
    {
        StatusColumn,
        ProblemsColumn,
        FirstFileColumn,
    };
    /// Counts of the rows by status.
    struct Counts
    {
        int rows = 0;
        int ready = 0;
        int problems = 0;
        int duplicates = 0;
        int sendAnyway = 0; ///< duplicates the rep ticked
    };
    using Recheck = std::function<ImportRow(const ImportRow &row)>;

    explicit ImportRowsModel(QObject *parent = nullptr);

    /// Empties the table for a file with `header`; edited rows go through `recheck`.
    void reset(const QStringList &header, Recheck recheck);
    /// Adds checked rows at the end.
    void append(const QList<ImportRow> &rows);

    const ImportRow &row(int index) const { return m_rows.at(index); }
    const QList<ImportRow> &rows() const { return m_rows; }
    /// Whether the rep ticked duplicate row `index` to send it anyway.
    bool sendsAnyway(int index) const { return m_sendAnyway.at(index); }
    /// Ready rows and the duplicates to send anyway, in file order.
    QList<ImportRow> rowsToSend() const;
    Counts counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The counts changed (rows added, a row checked again, a duplicate ticked).
    void countsChanged();
    /// The rep edited a cell of file row `number` (1-based), which now reads `cells`.
    void cellsEdited(int number, const QStringList &cells);

private:
    QVariant statusData(const ImportRow &row, int index, int role) const;
    /// The messages of the problems under file column `column` of `row`.
    QStringList cellProblems(const ImportRow &row, int column) const;
    void count(const ImportRow &row, bool sendAnyway, int sign);

    QStringList m_header;
    Recheck m_recheck;
    QList<ImportRow> m_rows;
    QList<bool> m_sendAnyway;
    Counts m_counts;
};
