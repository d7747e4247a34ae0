#pragma once

#include "model/result.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

/// The one owner of LeadDesk's SQLite connection (DESIGN.md "Store"; STYLE.md habit 8).
///
/// Opens the file with WAL, synchronous=FULL, foreign keys and a busy timeout, and brings the
/// schema forward through `PRAGMA user_version` migrations. Every multi-row change goes through
/// transaction(). Use it from the thread that created it only (a Qt SQL connection is bound to
/// its thread).
class Database : public QObject
{
    Q_OBJECT

public:
    /// One forward schema step. The step at index N of the list brings a database from version
    /// N to N + 1; it runs inside a transaction that also sets user_version, so it applies
    /// whole or not at all.
    struct Migration
    {
        QString name; ///< what the step does, for the log and error messages
        std::function<Result<bool>(Database &db)> apply;

        /// A step made of plain SQL statements, one statement per entry.
        static Migration sql(QString name, QStringList statements);
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    /// Opens (creating when missing, folder included) the database at \a path and migrates it
    /// to latestVersion(). A file written by a newer LeadDesk, an empty (0-byte) file and one
    /// that is not a LeadDesk database are refused and left untouched. A new file is built
    /// under another name and renamed into place when complete.
    Result<bool> open(const QString &path);
    void close();
    bool isOpen() const;

    /// Runs \a work inside BEGIN IMMEDIATE … COMMIT. Rolls back when \a work fails, throws (the
    /// exception is passed on) or the commit fails. Nested calls are refused.
    Result<bool> transaction(const std::function<Result<bool>()> &work);

    /// Runs one statement with positional (`?`) bound values. Error messages name the
    /// statement, never the values (they may be personal data).
    Result<bool> exec(const QString &sql, const QVariantList &bind = {});
    /// Runs one statement and returns its rows, each a list of column values.
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &bind = {}) const;

    /// Test seam: the next write (exec() of a statement that is not a SELECT, or a COMMIT)
    /// fails as if the disk had failed, with \a reason in its message.
    void failNextWrite(const QString &reason = {});
    /// Test seam: let \a successfulWrites writes through, then fail the one after (see
    /// failNextWrite()). Shows that a change failing half-way leaves the old data whole.
    void failWriteAfter(int successfulWrites, const QString &reason = {});

    /// Test seam: use \a steps instead of the built-in migrations; call before open().
    void setMigrationsForTesting(QList<Migration> steps);

    int schemaVersion() const { return m_version; }
    QString path() const { return m_path; }
    bool inTransaction() const { return m_inTransaction; }

    /// The schema version this build creates and understands.
    static int latestVersion();
    /// `<dataDir>/leaddesk.sqlite`; an empty \a dataDir means the per-user AppDataLocation.
    static QString defaultPath(const QString &dataDir = {});

private:
    Result<bool> run(const QString &sql, const QVariantList &bind, bool isWrite);
    Result<bool> configure();
    Result<bool> migrate();
    Result<int> readUserVersion() const;
    Result<bool> checkedOpen(const QString &path);
    Result<bool> create(const QString &file);
    Result<bool> checkOwnership(const QString &file);
    /// Sets LeadDesk's application id in the file's header (SQLite's "which program" field).
    Result<bool> markAsOurs();
    QString describe(const QString &sql) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    QList<Migration> m_migrations;
    /// "LDSK" in the SQLite header's application id.
    static constexpr qint64 kApplicationId = 0x4C44534B;
    int m_version = 0;
    bool m_inTransaction = false;
    int m_writesBeforeFault = -1; // -1: no fault armed
    QString m_faultReason;
};
