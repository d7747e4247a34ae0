#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

/// Writes what an import did as CSV next to the original columns, one row at a time (RFC 4180
/// quoting, UTF-8 with a byte-order mark so that spreadsheet programs read accents right):
/// - Report: the CLI's REPORT.csv, adding `row`, `status`, `leadId`, `problems`;
/// - Problems: the problem rows for whoever owns the spreadsheet, adding `problems`;
/// - Results: the original file plus `leadId` and `status`.
/// Cells that a spreadsheet would run as a formula (=, +, -, @ first) are written with a
/// leading apostrophe.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Shape
    {
        Report,
        Problems,
        Results,
    };

    /// Writes the header line to `device` (open for writing; not owned).
    ImportReport(QIODevice *device, const QStringList &header, Shape shape);

    /// One data row. `problems` is ImportRow::problemText(); `leadId` 0 leaves it empty.
    bool write(const QStringList &cells, qint64 row, const QString &status, qint64 leadId,
               const QString &problems);
    /// Why a write failed; empty while all is well.
    QString error() const { return m_error; }

    /// `text` as one CSV field.
    static QString field(const QString &text);

private:
    bool writeLine(const QStringList &fields);

    QIODevice *m_device;
    int m_width;
    Shape m_shape;
    QString m_error;
};
