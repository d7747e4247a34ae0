#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/// The rows of a lead custom-field schema as the schema editor edits them:
/// one row per definition in the JSON shape of getCustomFieldDefinition.
/// It checks nothing itself beyond what JSON cannot hold (duplicate select
/// keys); CustomFieldSchema::parse judges the rest.
class SchemaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        TypeColumn,
        RequiredColumn,
        ActiveColumn,
        SortColumn,
        ValuesColumn,
        ColumnCount
    };
    using SelectValues = QList<QPair<QString, QString>>;

    explicit SchemaTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Replaces every row; rows follow `sortOrder` (stable), as forms show them.
    void setDefinitions(const QJsonArray &definitions);
    /// The rows in table order, in the JSON shape of getCustomFieldDefinition.
    QJsonArray definitions() const;
    /// What is wrong with the rows, in words naming the entry; empty when fine.
    QString problem() const;

    /// Appends a Small Text field with the next free id and sort order; returns its row.
    int addField();
    void removeField(int row);
    /// Swaps `row` with its neighbour (`delta` -1 or +1), sort orders included.
    bool moveField(int row, int delta);

    int fieldId(int row) const;
    QString displayName(int row) const;
    int fieldType(int row) const;
    SelectValues selectValues(int row) const;
    void setSelectValues(int row, const SelectValues &values);

    static bool isSelectType(int type);
    /// "key = label", one per line.
    static QString valuesToText(const SelectValues &values);
    /// Reads "key = label" lines (a line without "=" is both key and label;
    /// blank lines are skipped).
    static SelectValues valuesFromText(const QString &text);

private:
    struct Row
    {
        QJsonObject original; ///< keys this editor does not show survive a round trip
        int fieldId = 0;
        QString name;
        int type = 0;
        bool required = false;
        bool active = true;
        int sortOrder = 0;
        SelectValues values;
        /// definitions() is asked after every keystroke; a 5,000-value
        /// select is turned into JSON only when it changed.
        mutable QJsonObject json;
        mutable bool jsonValid = false;
    };

    QJsonObject toJson(const Row &row) const;
    QString valuesProblem(int row) const;
    void invalidate(int row);

    QList<Row> m_rows;
    mutable QString m_problem;
    mutable bool m_problemValid = false;
};
