#include "services/importrowsmodel.h"

ImportRowsModel::ImportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportRowsModel::reset(const QStringList &header, Recheck recheck)
{
    beginResetModel();
    m_header = header;
    m_recheck = std::move(recheck);
    m_rows.clear();
    m_sendAnyway.clear();
    m_counts = {};
    endResetModel();
    Q_EMIT countsChanged();
}

void ImportRowsModel::append(const QList<ImportRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const ImportRow &row : rows) {
        m_rows.append(row);
        m_sendAnyway.append(false);
        count(row, false, 1);
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void ImportRowsModel::count(const ImportRow &row, bool sendAnyway, int sign)
{
    m_counts.rows += sign;
    switch (row.status) {
    case ImportRow::Status::Ready:
        m_counts.ready += sign;
        break;
    case ImportRow::Status::Problem:
        m_counts.problems += sign;
        break;
    case ImportRow::Status::Duplicate:
        m_counts.duplicates += sign;
        m_counts.sendAnyway += sendAnyway ? sign : 0;
        break;
    }
}

QList<ImportRow> ImportRowsModel::rowsToSend() const
{
    QList<ImportRow> list;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &row = m_rows.at(i);
        if (row.isReady() || (row.status == ImportRow::Status::Duplicate && m_sendAnyway.at(i)))
            list.append(row);
    }
    return list;
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + int(m_header.size());
}

QStringList ImportRowsModel::cellProblems(const ImportRow &row, int column) const
{
    QStringList messages;
    for (int i = 0; i < row.problems.size(); ++i) {
        if (row.problemColumns.value(i, -1) == column)
            messages.append(row.problems.at(i).message);
    }
    return messages;
}

QVariant ImportRowsModel::statusData(const ImportRow &row, int index, int role) const
{
    const bool duplicate = row.status == ImportRow::Status::Duplicate;
    switch (role) {
    case Qt::DisplayRole:
        if (duplicate)
            return tr("duplicate of row %1").arg(row.duplicateOf);
        return row.isReady() ? tr("ready") : tr("problem");
    case Qt::CheckStateRole:
        if (duplicate)
            return m_sendAnyway.at(index) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (duplicate)
            return tr("The same lead name and contact as row %1. Tick to send it anyway.")
                .arg(row.duplicateOf);
        return row.isReady() ? QVariant()
                             : QVariant(row.problemText(ImportRow::FieldNames::Labels));
    case ProblemRole:
        return !row.isReady();
    default:
        return {};
    }
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRow &row = m_rows.at(index.row());
    if (role == StatusRole)
        return int(row.status);
    if (index.column() == StatusColumn)
        return statusData(row, index.row(), role);
    if (index.column() == ProblemsColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.status == ImportRow::Status::Problem
                ? row.problemText(ImportRow::FieldNames::Labels)
                : QString();
        return {};
    }
    const int column = index.column() - FirstFileColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.cells.value(column);
    case Qt::ToolTipRole: {
        const QStringList messages = cellProblems(row, column);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case ProblemRole:
        return row.status == ImportRow::Status::Problem && row.problemColumns.contains(column);
    default:
        return {};
    }
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? QVariant(m_rows.at(section).number) : QVariant();
    if (section == StatusColumn)
        return tr("Status");
    if (section == ProblemsColumn)
        return tr("Problems");
    return m_header.value(section - FirstFileColumn);
}

Qt::ItemFlags ImportRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() >= FirstFileColumn && m_recheck)
        flags |= Qt::ItemIsEditable;
    if (index.column() == StatusColumn
        && m_rows.at(index.row()).status == ImportRow::Status::Duplicate)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ImportRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const int at = index.row();
    ImportRow &row = m_rows[at];
    if (index.column() == StatusColumn && role == Qt::CheckStateRole) {
        if (row.status != ImportRow::Status::Duplicate)
            return false;
        count(row, m_sendAnyway.at(at), -1);
        m_sendAnyway[at] = value.toInt() == Qt::Checked;
        count(row, m_sendAnyway.at(at), 1);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT countsChanged();
        return true;
    }
    const int column = index.column() - FirstFileColumn;
    if (column < 0 || role != Qt::EditRole || !m_recheck)
        return false;
    if (row.cells.value(column) == value.toString())
        return true;
    ImportRow edited = row;
    while (edited.cells.size() <= column)
        edited.cells.append(QString());
    edited.cells[column] = value.toString();
    count(row, m_sendAnyway.at(at), -1);
    row = m_recheck(edited);
    if (row.status != ImportRow::Status::Duplicate)
        m_sendAnyway[at] = false;
    count(row, m_sendAnyway.at(at), 1);
    Q_EMIT dataChanged(this->index(at, 0), this->index(at, columnCount() - 1));
    Q_EMIT countsChanged();
    Q_EMIT cellsEdited(edited.number, edited.cells);
    return true;
}
