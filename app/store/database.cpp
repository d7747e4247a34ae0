#include "store/database.h"

#include "store/importledger.h"
#include "store/radarindex.h"
#include "store/storelog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

#include <optional>

Q_LOGGING_CATEGORY(lcStore, "leaddesk.store")

namespace {

// The schema, one step per version. To change it, append a step (5 → 6 next, e.g.
// Database::Migration::sql(QStringLiteral("drafts"), {QStringLiteral("CREATE …")})); never edit
// a step that has shipped, because files out there are already past it.
const QList<Database::Migration> &builtInMigrations()
{
    static const QList<Database::Migration> steps = {
        // 0 → 1
        Database::Migration::sql(
            QStringLiteral("lookup cache, lead schema and record directory"),
            {
                QStringLiteral("CREATE TABLE lookup_cache ("
                               " profile TEXT NOT NULL,"
                               " list TEXT NOT NULL,"
                               " payload TEXT NOT NULL,"
                               " fetched_at TEXT NOT NULL,"
                               " PRIMARY KEY (profile, list))"),
                QStringLiteral("CREATE TABLE lead_schema ("
                               " profile TEXT PRIMARY KEY,"
                               " payload TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE directory ("
                               " profile TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('contact', 'company')),"
                               " id INTEGER NOT NULL,"
                               " label TEXT NOT NULL,"
                               " search TEXT NOT NULL,"
                               " payload TEXT NOT NULL,"
                               " seen_at TEXT NOT NULL,"
                               " PRIMARY KEY (profile, kind, id))"),
                // A substring match cannot use a b-tree, so this index serves what search
                // can use: the profile/kind filter and the order by label.
                QStringLiteral("CREATE INDEX directory_search"
                               " ON directory (profile, kind, label COLLATE NOCASE)"),
            }),
        // 1 → 2
        Database::Migration::sql(
            QStringLiteral("drafts and outbox"),
            {
                // A draft and an outbox item are one row: Submit moves it from 'draft' on.
                QStringLiteral("CREATE TABLE items ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " profile TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('lead', 'company', 'contact')),"
                               " state TEXT NOT NULL CHECK (state IN ('draft', 'queued', 'sending',"
                               "   'sent', 'needs-fix', 'uncertain')),"
                               " title TEXT NOT NULL DEFAULT '',"
                               " draft TEXT NOT NULL DEFAULT '{}',"
                               " body TEXT NOT NULL DEFAULT '{}',"
                               " record_id INTEGER NOT NULL DEFAULT 0,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " problems TEXT NOT NULL DEFAULT '',"
                               " next_attempt_at TEXT NOT NULL DEFAULT '',"
                               " first_sent_at TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX items_by_state ON items (profile, state, id)"),
            }),
        // 2 → 3
        Database::Migration::sql(
            QStringLiteral("sent history and due items"),
            {
                // Sent items stay as the sent history: the outbox panel reads only what waits
                // and the newest few sent, the history view pages through them by time, and
                // pruning deletes by time — none of it scans all-time history.
                QStringLiteral("CREATE INDEX items_sent ON items (profile, updated_at)"
                               " WHERE state = 'sent'"),
                QStringLiteral("CREATE INDEX items_due ON items (profile, next_attempt_at, id)"
                               " WHERE state IN ('queued', 'uncertain')"),
                // When an item last went out: a create not found on the platform may still land
                // for a while after that, so it is not sent again before then.
                QStringLiteral("ALTER TABLE items ADD COLUMN last_sent_at TEXT NOT NULL"
                               " DEFAULT ''"),
                // An uncertain create's look-up asks whether a found record is already claimed.
                QStringLiteral("CREATE INDEX items_claimed ON items (profile, kind, record_id)"
                               " WHERE state = 'sent'"),
            }),
        // 3 → 4
        Database::Migration::sql(QStringLiteral("import identity and saved mappings"),
                                 ImportLedger::schema()),
        // 4 → 5
        Database::Migration::sql(QStringLiteral("duplicate radar index"), RadarIndex::schema()),
    };
    return steps;
}

bool isSelect(const QString &sql)
{
    return sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
}

// SQLite's own words ("disk I/O error") when there are some, rather than Qt's concatenation.
QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.driverText() : text;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("leaddesk.store.%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Migration Database::Migration::sql(QString name, QStringList statements)
{
    return {std::move(name), [statements = std::move(statements)](Database &db) {
                for (const QString &statement : statements) {
                    auto done = db.exec(statement);
                    if (!done)
                        return done;
                }
                return Result<bool>::success(true);
            }};
}

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
    , m_migrations(builtInMigrations())
{ }

Database::~Database()
{
    close();
    // removeDatabase() wants no QSqlDatabase copy left for this connection.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<bool> Database::open(const QString &path)
{
    if (isOpen())
        return Result<bool>::failure(tr("The database %1 is already open.").arg(m_path));
    auto opened = checkedOpen(path);
    if (!opened) {
        qCWarning(lcStore).noquote() << opened.error();
        close();
        return opened;
    }
    qCInfo(lcStore).noquote() << "opened" << m_path << "at schema version" << m_version;
    return opened;
}

Result<bool> Database::checkedOpen(const QString &path)
{
    if (!m_db.isValid())
        return Result<bool>::failure(
            tr("Qt's SQLite driver (QSQLITE) is not installed; the database cannot be opened."));
    if (path.trimmed().isEmpty())
        return Result<bool>::failure(tr("No database file was given."));

    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (info.isDir())
        return Result<bool>::failure(tr("%1 is a folder, not a database file.").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return Result<bool>::failure(
            tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    if (!QFileInfo::exists(file)) {
        auto created = create(file);
        if (!created)
            return created;
    }
    // Every file LeadDesk makes is complete before it has this name (create()): an empty one
    // was cut short by something else, and a new database in its place would hide the loss.
    if (QFileInfo(file).size() == 0)
        return Result<bool>::failure(
            tr("%1 is empty (0 bytes), so it is not a LeadDesk database; LeadDesk left it as "
               "it is. Restore it from a backup, or move it away to start with an empty one.")
                .arg(file));

    m_db.setDatabaseName(file);
    if (!m_db.open())
        return Result<bool>::failure(
            tr("Cannot open the database %1: %2").arg(file, errorText(m_db.lastError())));
    m_path = file;

    // Wait for another LeadDesk (say, the CLI) holding a lock instead of failing at once.
    auto busy = run(QStringLiteral("PRAGMA busy_timeout = 5000"), {}, false);
    if (!busy)
        return busy;

    // Read the version before anything writes: a file from a newer LeadDesk must stay exactly
    // as it is (even switching it to WAL rewrites its header).
    auto version = readUserVersion();
    if (!version)
        return Result<bool>::failure(
            tr("%1 is not a LeadDesk database or cannot be read: %2").arg(file, version.error()));
    m_version = version.value();
    auto ours = checkOwnership(file);
    if (!ours)
        return ours;
    const int known = int(m_migrations.size());
    if (m_version > known || m_version < 0)
        return Result<bool>::failure(
            tr("%1 was written by a newer LeadDesk (schema version %2; this one knows up to %3); "
               "it was left untouched.")
                .arg(file)
                .arg(m_version)
                .arg(known));

    auto configured = configure();
    if (!configured)
        return configured;
    auto migrated = migrate();
    if (!migrated)
        return migrated;
    markAsOurs();
    return migrated;
}

Result<bool> Database::create(const QString &file)
{
    // Built under another name and renamed when whole: whoever finds `file` finds a complete
    // database, never the empty file SQLite makes on its first read.
    const QString temporary = QStringLiteral("%1.new-%2-%3")
                                  .arg(file)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(m_connectionName.section(QLatin1Char('.'), -1));
    const auto removeTemporary = [&temporary] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    removeTemporary();
    m_db.setDatabaseName(temporary);
    if (!m_db.open())
        return Result<bool>::failure(
            tr("Cannot create the database %1: %2").arg(file, errorText(m_db.lastError())));
    m_path = file; // for messages: the temporary name means nothing to a person
    m_version = 0;
    auto built = run(QStringLiteral("PRAGMA busy_timeout = 5000"), {}, false);
    if (built)
        built = configure();
    if (built)
        built = migrate();
    if (built)
        built = markAsOurs();
    if (built)
        built = run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, false);
    close();
    if (!built) {
        removeTemporary();
        return Result<bool>::failure(
            tr("Cannot create the database %1; nothing was kept: %2").arg(file, built.error()));
    }
    if (!QFile::rename(temporary, file)) {
        const bool someoneElse = QFileInfo::exists(file);
        removeTemporary();
        // Another LeadDesk made it meanwhile: that one is as good.
        if (!someoneElse)
            return Result<bool>::failure(
                tr("Cannot create the database %1: renaming %2 failed.").arg(file, temporary));
    }
    removeTemporary(); // the -wal and -shm a clean close leaves empty, if any
    return Result<bool>::success(true);
}

Result<bool> Database::checkOwnership(const QString &file)
{
    const auto refuse = [&file](const QString &why) {
        return Result<bool>::failure(
            tr("%1 is not a LeadDesk database (%2); LeadDesk left it as it is. Move it away, or "
               "put LeadDesk's own file back.")
                .arg(file, why));
    };
    auto id = select(QStringLiteral("PRAGMA application_id"));
    if (!id)
        return refuse(id.error());
    const qint64 applicationId
        = id.value().isEmpty() ? 0 : id.value().constFirst().value(0).toLongLong();
    if (applicationId == kApplicationId)
        return Result<bool>::success(true);
    if (applicationId != 0)
        return refuse(tr("it belongs to another program, application id %1").arg(applicationId));
    // Files made before LeadDesk set its application id: known by their tables.
    auto tables = select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return refuse(tables.error());
    QStringList names;
    for (const QVariantList &row : tables.value())
        names << row.value(0).toString();
    if (m_version == 0 && !names.isEmpty())
        return refuse(tr("it holds tables but no LeadDesk schema version"));
    if (m_version > 0 && !names.contains(QLatin1String("lookup_cache")))
        return refuse(tr("schema version %1 without LeadDesk's tables").arg(m_version));
    return Result<bool>::success(true);
}

Result<bool> Database::markAsOurs()
{
    auto id = select(QStringLiteral("PRAGMA application_id"));
    if (id && !id.value().isEmpty()
        && id.value().constFirst().value(0).toLongLong() == kApplicationId)
        return Result<bool>::success(true);
    // PRAGMA takes no bound values; the number is ours.
    auto marked = run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, true);
    if (!marked)
        qCInfo(lcStore).noquote() << "could not mark" << m_path
                                  << "as LeadDesk's:" << marked.error();
    return marked;
}

Result<bool> Database::configure()
{
    // WAL + synchronous=FULL: a commit that returned is on disk, and a crash or power cut
    // never leaves a half-written draft (DESIGN.md "Store").
    // Switching a new file to WAL needs it to itself, and SQLite answers "locked" at once
    // rather than waiting when another connection is opening it too: try again briefly.
    auto mode = select(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (int attempt = 0; !mode && attempt < 100 && mode.error().contains(QLatin1String("locked"));
         ++attempt) {
        QThread::msleep(20);
        mode = select(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    if (!mode)
        return Result<bool>::failure(mode.error());
    const QString journal = mode.value().isEmpty() || mode.value().constFirst().isEmpty()
        ? QString()
        : mode.value().constFirst().constFirst().toString();
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Result<bool>::failure(
            tr("Cannot switch the database %1 to write-ahead logging (the journal mode stayed "
               "\"%2\"); is it on a network or read-only file system?")
                .arg(m_path, journal));
    for (const auto &pragma : {QStringLiteral("PRAGMA synchronous = FULL"),
                               QStringLiteral("PRAGMA foreign_keys = ON")}) {
        auto done = run(pragma, {}, false);
        if (!done)
            return done;
    }
    return Result<bool>::success(true);
}

Result<bool> Database::migrate()
{
    const int target = int(m_migrations.size());
    for (int from = m_version; from < target; ++from) {
        const Migration &step = m_migrations.at(from);
        qCInfo(lcStore).noquote() << QStringLiteral(
                                         "migrating %1 from schema version %2 to %3 (%4)")
                                         .arg(m_path)
                                         .arg(from)
                                         .arg(from + 1)
                                         .arg(step.name);
        bool alreadyDone = false;
        auto applied = transaction([&]() {
            // Another connection (another LeadDesk process, or the start-up
            // preloader) may have taken this step since we looked: look again
            // inside the write lock.
            const auto current = readUserVersion();
            if (!current)
                return Result<bool>::failure(current.error());
            if (current.value() > from) {
                alreadyDone = true;
                return Result<bool>::success(true);
            }
            auto done = step.apply(*this);
            if (!done)
                return done;
            // PRAGMA takes no bound values; the number is ours, not user data.
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
        });
        if (!applied)
            return Result<bool>::failure(
                tr("Cannot update the database %1 to schema version %2 (%3); it stays at "
                   "version %4: %5")
                    .arg(m_path)
                    .arg(from + 1)
                    .arg(step.name)
                    .arg(from)
                    .arg(applied.error()));
        if (alreadyDone) {
            const auto current = readUserVersion();
            m_version = current ? current.value() : from + 1;
            from = m_version - 1;
            continue;
        }
        m_version = from + 1;
    }
    return Result<bool>::success(true);
}

Result<int> Database::readUserVersion() const
{
    auto rows = select(QStringLiteral("PRAGMA user_version"));
    if (!rows)
        return Result<int>::failure(rows.error());
    if (rows.value().isEmpty() || rows.value().constFirst().isEmpty())
        return Result<int>::failure(tr("PRAGMA user_version gave no answer."));
    return Result<int>::success(rows.value().constFirst().constFirst().toInt());
}

void Database::close()
{
    if (m_db.isOpen()) {
        if (m_inTransaction)
            run(QStringLiteral("ROLLBACK"), {}, false);
        m_db.close();
    }
    m_inTransaction = false;
    m_version = 0;
    m_path.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

Result<bool> Database::transaction(const std::function<Result<bool>()> &work)
{
    if (!isOpen())
        return Result<bool>::failure(tr("The database is not open."));
    if (m_inTransaction) {
        // A nested BEGIN would fail inside SQLite anyway; say plainly what went wrong.
        qCCritical(lcStore) << "nested transaction refused";
        return Result<bool>::failure(
            tr("Nested database transactions are not supported; finish the running one first."));
    }

    // IMMEDIATE takes the write lock now, so a busy database fails here rather than half-way.
    auto begun = run(QStringLiteral("BEGIN IMMEDIATE"), {}, false);
    if (!begun)
        return begun;
    m_inTransaction = true;

    const auto rollback = [this]() {
        // After some I/O errors SQLite has already rolled back; a failing ROLLBACK is then
        // expected and harmless.
        auto undone = run(QStringLiteral("ROLLBACK"), {}, false);
        if (!undone)
            qCDebug(lcStore).noquote() << undone.error();
        m_inTransaction = false;
    };

    std::optional<Result<bool>> outcome;
    try {
        outcome.emplace(work());
    } catch (...) {
        rollback();
        throw;
    }
    if (!outcome->ok()) {
        rollback();
        return *outcome;
    }
    auto committed = run(QStringLiteral("COMMIT"), {}, true);
    if (!committed) {
        rollback();
        return committed;
    }
    m_inTransaction = false;
    return *outcome;
}

Result<bool> Database::exec(const QString &sql, const QVariantList &bind)
{
    return run(sql, bind, !isSelect(sql));
}

Result<bool> Database::run(const QString &sql, const QVariantList &bind, bool isWrite)
{
    if (!isOpen())
        return Result<bool>::failure(
            tr("The database is not open (while running %1).").arg(describe(sql)));

    if (isWrite && m_writesBeforeFault >= 0) {
        if (m_writesBeforeFault == 0) {
            const QString reason
                = m_faultReason.isEmpty() ? tr("simulated disk failure") : m_faultReason;
            m_writesBeforeFault = -1;
            m_faultReason.clear();
            qCWarning(lcStore).noquote() << "injected write failure at" << describe(sql);
            return Result<bool>::failure(
                tr("Could not write to the database (%1) while running %2.")
                    .arg(reason, describe(sql)));
        }
        --m_writesBeforeFault;
    }

    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Result<bool>::failure(
            tr("Database error in %1: %2").arg(describe(sql), errorText(query.lastError())));
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec())
        return Result<bool>::failure(
            tr("Database error in %1: %2").arg(describe(sql), errorText(query.lastError())));
    return Result<bool>::success(true);
}

Result<QList<QVariantList>> Database::select(const QString &sql, const QVariantList &bind) const
{
    using Rows = Result<QList<QVariantList>>;
    if (!isOpen())
        return Rows::failure(tr("The database is not open (while running %1).").arg(describe(sql)));

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Rows::failure(
            tr("Database error in %1: %2").arg(describe(sql), errorText(query.lastError())));
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec())
        return Rows::failure(
            tr("Database error in %1: %2").arg(describe(sql), errorText(query.lastError())));

    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column));
        rows.append(std::move(row));
    }
    // next() also returns false when stepping failed half-way.
    if (query.lastError().isValid())
        return Rows::failure(
            tr("Database error in %1: %2").arg(describe(sql), errorText(query.lastError())));
    // Finish now: an unfinished statement would hold a read lock past this call.
    query.finish();
    return Rows::success(std::move(rows));
}

void Database::failNextWrite(const QString &reason)
{
    failWriteAfter(0, reason);
}

void Database::failWriteAfter(int successfulWrites, const QString &reason)
{
    m_writesBeforeFault = qMax(0, successfulWrites);
    m_faultReason = reason;
}

void Database::setMigrationsForTesting(QList<Migration> steps)
{
    Q_ASSERT_X(!isOpen(), "Database::setMigrationsForTesting", "call before open()");
    m_migrations = std::move(steps);
}

int Database::latestVersion()
{
    return int(builtInMigrations().size());
}

QString Database::defaultPath(const QString &dataDir)
{
    const QString folder = dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : dataDir;
    return QDir(folder).filePath(QStringLiteral("leaddesk.sqlite"));
}

// The statement for an error message: the SQL only, whose values are all bound, so no personal
// data reaches a message or a log.
QString Database::describe(const QString &sql) const
{
    constexpr int maxLength = 100;
    QString text = sql.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return QLatin1Char('"') + text + QLatin1Char('"');
}
