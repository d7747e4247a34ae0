#pragma once

#include "cli/catalogcommand.h"
#include "import/importdryrun.h"
#include "import/importmapping.h"
#include "import/importrow.h"
#include "model/recordkind.h"
#include "model/result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class ImportLedger;
class ImportLookup;
class ImportRun;
class TableSource;

/// `import [--kind lead] [--mapping MAP.json] [--dry-run] [--report REPORT.csv] [--no-batch]
/// FILE` (issue 14): reads a .csv or .xlsx file, checks every row like the form does
/// (ImportDryRun), prints "N rows: A ready, B with problems, C duplicates", and — without
/// --dry-run — sends the ready rows through the submission path as one ImportRun, each exactly
/// once even when the same file is run again. REPORT.csv is the original columns plus `row`,
/// `status`, `leadId` and `problems`.
///
/// Exit codes: dry run 0 when every row is ready, else 2; sending 0 when every row was ready
/// and created, 2 when some rows had problems or were duplicates (the others sent), 3 when the
/// platform refused some, 4 when some remain queued. A file that cannot be read: one line,
/// exit 2; a MAP.json that cannot: exit 1.
class ImportCommand : public CatalogCommand
{
    Q_OBJECT

public:
    ImportCommand(CliConnection *connection, const CliOptions &options, QObject *parent = nullptr);
    ~ImportCommand() override;
    bool prepare() override;
    void start() override;

private:
    /// What the dry run said about one row, kept for the report.
    struct Note
    {
        ImportRow::Status status = ImportRow::Status::Ready;
        QString problems;
    };

    RecordKind kind() const;
    Result<std::unique_ptr<TableSource>> openTable() const;
    /// Reads every data row of the file in order; false after failing the command.
    bool forEachRow(const std::function<void(qint64 row, const QStringList &cells)> &visit);
    void chooseMapping();
    void lookUpParties();
    void check();
    void send();
    void finishSending();
    void writeReport(const std::function<void(qint64 row, QString *status, qint64 *leadId,
                                              QString *problems)> &describe);
    void printProgress(int done, int total, double rowsPerSecond, int secondsLeft);

    QString m_path;
    QStringList m_header;
    ImportMapping m_mapping;
    bool m_mappingGiven = false;
    QString m_fileKey;
    std::shared_ptr<const LookupCatalog> m_catalog;
    std::unique_ptr<ImportDryRun> m_dryRun;
    std::unique_ptr<ImportLedger> m_ledger;
    ImportLookup *m_lookup = nullptr;
    ImportRun *m_run = nullptr;
    QHash<qint64, Note> m_notes;
    bool m_progressShown = false;
};
