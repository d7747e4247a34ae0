#include "dialogs/schematablemodel.h"

#include "model/customfieldschema.h"

#include <QSet>

#include <algorithm>

namespace {
const QString kFieldId = QStringLiteral("fieldId");
const QString kFieldType = QStringLiteral("fieldType");
const QString kDisplayName = QStringLiteral("displayName");
const QString kIsRequired = QStringLiteral("isRequired");
const QString kIsActive = QStringLiteral("isActive");
const QString kSortOrder = QStringLiteral("sortOrder");
const QString kSelectValues = QStringLiteral("selectValues");
const QString kFileTypes = QStringLiteral("fileTypes");
} // namespace

SchemaTableModel::SchemaTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int SchemaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchemaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const bool select = isSelectType(row.type);
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.fieldId;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.name;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return CustomFieldSchema::typeName(row.type);
        if (role == Qt::EditRole)
            return row.type;
        break;
    case RequiredColumn:
        if (role == Qt::CheckStateRole)
            return row.required ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return row.required ? tr("required") : tr("optional");
        break;
    case ActiveColumn:
        if (role == Qt::CheckStateRole)
            return row.active ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return row.active ? tr("active") : tr("inactive, hidden in forms");
        break;
    case SortColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.sortOrder;
        break;
    case ValuesColumn:
        if (role == Qt::DisplayRole) {
            if (!select)
                return QString();
            if (row.values.isEmpty())
                return tr("no values");
            return tr("%n value(s)", nullptr, int(row.values.size()));
        }
        if (role == Qt::ToolTipRole)
            return select ? tr("Edit the values in the box below the table.")
                          : tr("Only select fields have values.");
        break;
    default:
        break;
    }
    return QVariant();
}

bool SchemaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    QModelIndex last = index;
    switch (index.column()) {
    case IdColumn: {
        bool ok = false;
        const int id = value.toInt(&ok);
        if (role != Qt::EditRole || !ok)
            return false;
        row.fieldId = id;
        break;
    }
    case NameColumn:
        if (role != Qt::EditRole)
            return false;
        row.name = value.toString();
        break;
    case TypeColumn: {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (role != Qt::EditRole || !ok)
            return false;
        row.type = type;
        // The values column says whether the type has values.
        last = index.siblingAtColumn(ValuesColumn);
        break;
    }
    case RequiredColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.required = value.toInt() == Qt::Checked;
        break;
    case ActiveColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.active = value.toInt() == Qt::Checked;
        break;
    case SortColumn: {
        bool ok = false;
        const int order = value.toInt(&ok);
        if (role != Qt::EditRole || !ok)
            return false;
        row.sortOrder = order;
        break;
    }
    default:
        return false;
    }
    invalidate(index.row());
    Q_EMIT dataChanged(index, last);
    return true;
}

Qt::ItemFlags SchemaTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case RequiredColumn:
    case ActiveColumn:
        return f | Qt::ItemIsUserCheckable;
    case ValuesColumn:
        return f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QVariant SchemaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Field id");
        case NameColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Type");
        case RequiredColumn:
            return tr("Required");
        case ActiveColumn:
            return tr("Active");
        case SortColumn:
            return tr("Sort order");
        case ValuesColumn:
            return tr("Values");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("The field's id on the platform (a positive whole number, unique).");
        case ActiveColumn:
            return tr("Inactive fields are hidden in forms.");
        case SortColumn:
            return tr("Forms show the fields in this order, lowest first.");
        case ValuesColumn:
            return tr("Single, Multiple and Large Select fields offer these values.");
        default:
            break;
        }
    }
    return QVariant();
}

void SchemaTableModel::setDefinitions(const QJsonArray &definitions)
{
    QList<Row> rows;
    rows.reserve(definitions.size());
    for (int i = 0; i < definitions.size(); ++i) {
        const QJsonObject entry = definitions.at(i).toObject();
        Row row;
        row.original = entry;
        row.fieldId = entry.value(kFieldId).toInt(0);
        row.type = entry.value(kFieldType).toInt(-1);
        row.name = entry.value(kDisplayName).toString();
        row.required = entry.value(kIsRequired).toBool(false);
        row.active = entry.value(kIsActive).toBool(true);
        row.sortOrder = entry.value(kSortOrder).toInt(i);
        row.values = CustomFieldSchema::orderedSelectValues(entry);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.sortOrder < b.sortOrder; });
    beginResetModel();
    m_rows = std::move(rows);
    m_problemValid = false;
    endResetModel();
}

void SchemaTableModel::invalidate(int row)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].jsonValid = false;
    m_problemValid = false;
}

QJsonObject SchemaTableModel::toJson(const Row &row) const
{
    if (row.jsonValid)
        return row.json;
    QJsonObject entry = row.original;
    entry.insert(kFieldId, row.fieldId);
    entry.insert(kFieldType, row.type);
    entry.insert(kDisplayName, row.name);
    entry.insert(kIsRequired, row.required);
    entry.insert(kIsActive, row.active);
    entry.insert(kSortOrder, row.sortOrder);
    if (isSelectType(row.type) && !row.values.isEmpty()) {
        CustomFieldSchema::setSelectValues(entry, row.values);
    } else {
        entry.insert(kSelectValues, QJsonValue::Null);
        entry.remove(QStringLiteral("selectValuesOrder"));
    }
    if (!entry.value(kFileTypes).isArray())
        entry.insert(kFileTypes, QJsonValue::Null);
    row.json = entry;
    row.jsonValid = true;
    return entry;
}

QJsonArray SchemaTableModel::definitions() const
{
    QJsonArray out;
    for (const Row &row : m_rows)
        out.append(toJson(row));
    return out;
}

QString SchemaTableModel::valuesProblem(int index) const
{
    const Row &row = m_rows.at(index);
    if (!isSelectType(row.type))
        return QString();
    QSet<QString> keys;
    keys.reserve(row.values.size());
    auto bad = [&](const QString &what) {
        return tr("The table, entry %1 (fieldId %2, '%3'): %4")
            .arg(index + 1)
            .arg(row.fieldId)
            .arg(row.name.trimmed(), what);
    };
    for (const auto &[key, label] : row.values) {
        if (key.isEmpty())
            return bad(tr("the select value '%1' has no key").arg(label));
        if (keys.contains(key))
            return bad(tr("the select value key '%1' appears twice").arg(key));
        keys.insert(key);
    }
    return QString();
}

QString SchemaTableModel::problem() const
{
    if (m_problemValid)
        return m_problem;
    m_problem.clear();
    m_problemValid = true;
    // JSON objects cannot hold two equal keys, so duplicates are caught here
    // before they would silently collapse into one value.
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString values = valuesProblem(i);
        if (!values.isEmpty())
            return m_problem = values;
    }
    const auto parsed = CustomFieldSchema::parse(definitions(), tr("The table"));
    if (!parsed)
        m_problem = parsed.error();
    return m_problem;
}

int SchemaTableModel::addField()
{
    int id = 0;
    int order = -1;
    for (const Row &row : std::as_const(m_rows)) {
        id = std::max(id, row.fieldId);
        order = std::max(order, row.sortOrder);
    }
    Row row;
    row.fieldId = id + 1;
    row.sortOrder = order + 1;
    const int at = int(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_rows.append(row);
    m_problemValid = false;
    endInsertRows();
    return at;
}

void SchemaTableModel::removeField(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_problemValid = false;
    endRemoveRows();
}

bool SchemaTableModel::moveField(int row, int delta)
{
    const int other = row + delta;
    if ((delta != -1 && delta != 1) || row < 0 || other < 0 || row >= m_rows.size()
        || other >= m_rows.size())
        return false;
    const int first = std::min(row, other);
    // beginMoveRows wants the destination before which the row lands.
    if (!beginMoveRows(QModelIndex(), first, first, QModelIndex(), first + 2))
        return false;
    std::swap(m_rows[first].sortOrder, m_rows[first + 1].sortOrder);
    m_rows.swapItemsAt(first, first + 1);
    invalidate(first);
    invalidate(first + 1);
    endMoveRows();
    Q_EMIT dataChanged(index(first, SortColumn), index(first + 1, SortColumn));
    return true;
}

int SchemaTableModel::fieldId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).fieldId : 0;
}

QString SchemaTableModel::displayName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int SchemaTableModel::fieldType(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).type : -1;
}

SchemaTableModel::SelectValues SchemaTableModel::selectValues(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : SelectValues();
}

void SchemaTableModel::setSelectValues(int row, const SelectValues &values)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).values == values)
        return;
    m_rows[row].values = values;
    invalidate(row);
    const QModelIndex cell = index(row, ValuesColumn);
    Q_EMIT dataChanged(cell, cell);
}

bool SchemaTableModel::isSelectType(int type)
{
    return type == 2 || type == 3 || type == 9;
}

QString SchemaTableModel::valuesToText(const SelectValues &values)
{
    QStringList lines;
    lines.reserve(values.size());
    for (const auto &[key, label] : values)
        lines.append(key + QStringLiteral(" = ") + label);
    return lines.join(QLatin1Char('\n'));
}

SchemaTableModel::SelectValues SchemaTableModel::valuesFromText(const QString &text)
{
    SelectValues values;
    const QStringList lines = text.split(QLatin1Char('\n'));
    values.reserve(lines.size());
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals < 0) {
            values.append({trimmed, trimmed});
            continue;
        }
        values.append({trimmed.left(equals).trimmed(), trimmed.mid(equals + 1).trimmed()});
    }
    return values;
}
