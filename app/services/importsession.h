#pragma once

#include "import/importchoices.h"
#include "import/importdryrun.h"
#include "import/importmapping.h"
#include "model/lookupcatalog.h"
#include "model/result.h"
#include "services/importrun.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ImportLedger;
class ImportLookup;
class ImportRowsModel;
class QTimer;
class Workspace;

/// One file's import in the app (issue 14, "The import, in the app"): what the import wizard
/// asks instead of reaching the store or the platform itself. It reads the file (the rows stay
/// in memory, for editing), offers the targets and the mapping saved for files with the same
/// columns, checks every row in chunks (the window stays responsive) into an ImportRowsModel,
/// and sends the rows to send as one ImportRun, which follows what an earlier run of the same
/// file queued instead of sending it again. The same flow as the CLI's ImportCommand.
class ImportSession : public QObject
{
    Q_OBJECT

public:
    /// What the run did, counted for the summary.
    struct Tally
    {
        int sent = 0;
        int queued = 0;
        int rejected = 0;
        int notSent = 0; ///< still waiting: cancelled before they were handed over
        int earlier = 0; ///< found from an earlier run of the file, not sent again
    };

    explicit ImportSession(Workspace *workspace, QObject *parent = nullptr);
    ~ImportSession() override;

    /// Reads the file at `path` (its sheet `sheet`, or the first); fails with one message
    /// naming what is wrong with it.
    Result<bool> open(const QString &path, const QString &sheet = QString());
    QString path() const { return m_path; }
    QStringList header() const { return m_header; }
    /// XLSX: the workbook's sheets and the one read; CSV: empty.
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheetName; }
    /// CSV: the encoding and the delimiter detected, in words; XLSX: empty.
    QString encodingName() const { return m_encoding; }
    QString delimiterName() const { return m_delimiter; }
    int rowCount() const { return int(m_cells.size()); }
    /// Per column, the first value the file gives it.
    QStringList samples() const;

    /// Every target a column may take.
    QList<ImportChoices::Target> targets() const;
    /// The options a list value of `targetText` may be mapped to (key, label).
    QList<QPair<QString, QString>> valueOptions(const QString &targetText) const;
    /// The mapping to start from: the one saved for files with these columns (`*saved` true),
    /// else each header matched by name.
    ImportMapping initialMapping(bool *saved = nullptr) const;
    /// Lists the list values under `mapping` that match nothing, each once, a chunk of rows at a
    /// time (a pass over 10,000 rows would hold the window for a third of a second);
    /// unmatchedFound() follows. A newer call replaces one under way.
    void findUnmatched(const ImportMapping &mapping);
    /// Ends a findUnmatched() under way at once (the rep pressed Next and the list must be
    /// whole); unmatchedFound() follows before this returns.
    void finishUnmatched();
    /// Keeps `mapping` for the next file with these columns, for this profile.
    Result<bool> saveMapping(const ImportMapping &mapping);

    /// Checks every row under `mapping`: existing contacts and companies are looked up first,
    /// then rows are added to rows() a chunk at a time; checked() follows.
    void check(const ImportMapping &mapping);
    bool isChecked() const { return m_checked; }
    ImportRowsModel *rows() const { return m_rows; }
    /// Rows of this file that an earlier run already handed to the outbox.
    int alreadySent() const { return m_alreadySent; }
    /// Writes the rows with problems (and duplicates) as CSV with a `problems` column.
    Result<bool> exportProblems(const QString &path) const;

    /// Sends the rows to send (ImportRowsModel::rowsToSend()); progress(), then sendFinished().
    void send();
    void pause();
    void resume();
    void cancel();
    bool isSending() const { return m_run && !m_sendFinished; }
    bool isPaused() const { return m_run && m_run->isPaused(); }
    bool isSendFinished() const { return m_sendFinished; }
    Tally tally() const;
    /// Writes the rows as read (with the rep's edits) plus `leadId` and `status`.
    Result<bool> exportResults(const QString &path) const;

Q_SIGNALS:
    /// `rows` of rowCount() are checked.
    void checkProgress(int rows);
    void checked();
    /// The list values that match nothing under the mapping last given to findUnmatched().
    void unmatchedFound(const QList<ImportDryRun::Unmatched> &values);
    /// Something the rep should know: existing contacts could not be looked up, the outbox
    /// sends through the batch namespace or one request at a time.
    void notice(const QString &text);
    void progress(int done, int total, double rowsPerSecond, int secondsLeft);
    void sendFinished();
    /// Nothing (more) can be sent: the store could not be read or written.
    void failed(const QString &reason);

private:
    void lookUpParties();
    void checkChunk();
    /// Runs the unmatched-values pass over up to `rows` more rows; emits when it is through.
    void unmatchedChunk(int rows);
    Result<bool> writeCsv(const QString &path, int shape, bool onlyProblems) const;

    Workspace *m_workspace;
    QString m_profile;
    std::shared_ptr<const LookupCatalog> m_catalog;
    std::unique_ptr<ImportLedger> m_ledger;
    QString m_path;
    QString m_fileKey;
    QStringList m_header;
    QStringList m_sheetNames;
    QString m_sheetName;
    QString m_encoding;
    QString m_delimiter;
    QList<QStringList> m_cells;
    std::unique_ptr<ImportDryRun> m_dryRun;
    QPointer<ImportLookup> m_lookup;
    ImportRowsModel *m_rows;
    int m_next = 0; ///< the next row to check
    std::unique_ptr<ImportDryRun> m_unmatchedPass;
    int m_unmatchedNext = 0;
    QTimer *m_unmatchedTimer;
    bool m_checked = false;
    int m_alreadySent = 0;
    QPointer<ImportRun> m_run;
    bool m_sendFinished = false;
};
