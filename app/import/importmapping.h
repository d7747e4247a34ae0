#pragma once

#include "import/datevalue.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// What the rep decided about one file's columns, as a value: each header's target
/// (ImportTarget text, "ignore" to drop a column), the order dates are written in, and the
/// field keys list names stand for ("Trade show 2026" → source 101). The CLI reads it from
/// MAP.json (`{"columns": {"<header>": "<target>"}, "dateFormat": "dd/MM/yyyy",
/// "values": {"sourceId": {"Trade show 2026": "101"}}}`); the store keeps one per profile and
/// header set (headerKey()) so the next file with the same columns starts from it.
///
/// Headers the mapping does not name are matched by ImportFieldNames.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    /// The target the mapping gives `header` (compared trimmed, ignoring case); empty when
    /// the mapping does not name it.
    QString target(const QString &header) const;
    /// Every header the mapping names, as written, with its target.
    const QHash<QString, QString> &columns() const { return m_columns; }
    /// Maps `header` to `target` ("ignore" drops the column).
    void setTarget(const QString &header, const QString &target);

    DateValue::Order dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateValue::Order order) { m_dateOrder = order; }

    /// The rep's choices for the list values of `targetText`, value (as written) → key.
    QHash<QString, QString> values(const QString &targetText) const
    {
        return m_values.value(targetText);
    }
    /// `value` of column target `targetText` stands for `key` (a lookup id, a select key).
    void setValue(const QString &targetText, const QString &value, const QString &key);
    const QHash<QString, QHash<QString, QString>> &allValues() const { return m_values; }

    bool isEmpty() const { return m_columns.isEmpty() && m_values.isEmpty(); }

    /// The MAP.json shape.
    QJsonObject toJson() const;
    /// Reads the MAP.json shape; fails with one message naming what is wrong (a target that
    /// is no target's shape, an unknown date format, a part of the wrong type).
    static Result<ImportMapping> fromJson(const QJsonObject &json);
    /// Reads a MAP.json file (at most 1 MiB).
    static Result<ImportMapping> load(const QString &path);

    /// What identifies a file's set of columns, whatever their order or letter case: the key a
    /// saved mapping is kept under.
    static QString headerKey(const QStringList &header);
    /// The form headers are compared in: trimmed, white space collapsed, case-folded.
    static QString foldedHeader(const QString &header);

private:
    QHash<QString, QString> m_columns; ///< header as written → target text
    QHash<QString, QString> m_folded; ///< folded header → target text
    DateValue::Order m_dateOrder = DateValue::Order::DayMonthYear;
    QHash<QString, QHash<QString, QString>> m_values;
};
