#pragma once

#include "import/importrow.h"
#include "model/lookupcatalog.h"
#include "model/recordkind.h"
#include "services/outboxchange.h"
#include "services/submissionoutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class ImportLedger;
class Outbox;
class Submission;

/// Sends the ready rows of one import through the submission path (issue 14, item 5): each
/// row becomes one outbox item, sent exactly once, with progress (rows per second, time left),
/// pause and cancel. What was sent stays sent; what was handed to the outbox stays queued
/// there and goes out by itself; rows not handed over yet are simply not sent.
///
/// Every row's outbox item is remembered in the ImportLedger under the file's and the row's
/// identity (ImportIdentity) the moment it is queued, and the item's draft carries the same
/// pair: running the same file again — after a crash, a kill or a completed run — finds each
/// row's item and follows it instead of sending the row again.
///
/// Rows that create the same new contact (or company) wait for one of them: the contact is
/// created first (kind contact, through Submission), then the rows go with its id.
class ImportRun : public QObject
{
    Q_OBJECT

public:
    /// What became of one row.
    struct Result
    {
        enum class Status
        {
            Waiting, ///< not handed to the outbox (yet, or cancelled before)
            Sent, ///< the platform created it: `leadId`
            Queued, ///< in the outbox; it goes out by itself (the platform was unreachable)
            Rejected, ///< the platform (or the rules) refused it: `problems`
        };
        qint64 row = 0;
        Status status = Status::Waiting;
        qint64 recordId = 0;
        qint64 itemId = 0;
        QString problems; ///< "field: message | …"
        bool fromEarlierRun = false; ///< the row was queued by an earlier run of this file

        /// "sent", "queued", "rejected", "ready" (never translated: REPORT.csv's words).
        QString statusName() const;
    };

    ImportRun(Submission *submission, Outbox *outbox, ImportLedger *ledger, QString profile,
              QObject *parent = nullptr);
    ~ImportRun() override;

    /// The file every row belongs to (ImportIdentity::fileKey()).
    void setFile(const QString &fileKey, RecordKind kind);
    /// The catalog the rows were checked with: the submission checks them again with it.
    void setCatalog(std::shared_ptr<const LookupCatalog> catalog);
    /// How many rows are handed to the outbox ahead of the answers (pause and cancel take
    /// effect after these).
    void setWindow(int rows) { m_window = qMax(1, rows); }
    /// A ready row (ImportDryRun) with its identity (ImportIdentity::rowKey()). A duplicate is
    /// taken too, for when the rep says to send it anyway; a row with problems is not.
    void addRow(const ImportRow &row, const QString &rowKey);

    /// Finds what earlier runs of the file queued, then sends the rest. finished() answers
    /// once every row has a result other than Waiting, or after cancel().
    void start();
    void pause();
    void resume();
    /// Stops handing rows to the outbox; rows in flight finish, the rest stay Waiting.
    void cancel();
    bool isPaused() const { return m_paused; }

    int total() const { return int(m_rows.size()); }
    int done() const { return m_done; }
    /// The result of every row added, by row number.
    const QHash<qint64, Result> &results() const { return m_results; }

Q_SIGNALS:
    /// After each row's result: `done` of `total`, the rate so far and the seconds left at it
    /// (-1 until it can be told).
    void progress(int done, int total, double rowsPerSecond, int secondsLeft);
    void rowFinished(const ImportRun::Result &result);
    /// Why nothing (more) could be sent: the ledger could not be read or written.
    void failed(const QString &reason);
    void finished();

private:
    struct Pending
    {
        ImportRow row;
        QString rowKey;
        QString contactParty; ///< party key of a shared new contact this row waits for
        QString companyParty;
    };
    struct Party
    {
        RecordKind kind = RecordKind::Contact;
        QJsonObject body;
        qint64 recordId = 0;
        qint64 itemId = 0;
        bool submitted = false; ///< handed to the outbox, by this run or an earlier one
        bool failed = false;
        bool queued = false; ///< failed only for now: it waits in the outbox
        QString problem;
        QList<qint64> waiting; ///< rows waiting for it
    };

    void recover();
    void planParties();
    void follow(qint64 itemId, const QString &key);
    void pump();
    bool ready(const Pending &pending) const;
    void submitRow(const Pending &pending);
    void submitParty(const QString &key);
    void onOutcome(const SubmissionOutcome &outcome);
    void onItemChanged(const OutboxChange &change);
    void finishRow(qint64 row, Result::Status status, qint64 recordId, qint64 itemId,
                   const QString &problems, bool earlier);
    /// What `outcome` means for the row or party `key`; `earlier`: found from an earlier run.
    void applyOutcome(const QString &key, const SubmissionOutcome &outcome, bool earlier = false);
    /// The shared contact or company `pending` waits for when it cannot come.
    const Party *failedParty(const Pending &pending) const;
    void checkDone();

    Submission *m_submission;
    Outbox *m_outbox;
    ImportLedger *m_ledger;
    QString m_profile;
    QString m_fileKey;
    RecordKind m_kind = RecordKind::Lead;
    std::shared_ptr<const LookupCatalog> m_catalog;
    int m_window = 64;
    QList<Pending> m_rows; ///< in file order
    QHash<QString, qint64> m_rowByKey; ///< row key → row number
    QHash<QString, Party> m_parties; ///< party key → shared new contact/company
    QList<int> m_queue; ///< indexes into m_rows not handed over yet
    QHash<quint64, QString> m_tickets; ///< submission ticket → row or party key
    QHash<qint64, QString> m_followed; ///< outbox item of an earlier run → row or party key
    QHash<QString, int> m_indexByTag; ///< "row:N" → index into m_rows
    QString m_submitting; ///< the key being submitted (queued() comes before submit() returns)
    QHash<qint64, Result> m_results;
    QHash<QString, qint64> m_known; ///< row/party key → outbox item, from the ledger
    int m_done = 0;
    int m_inFlight = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
};
