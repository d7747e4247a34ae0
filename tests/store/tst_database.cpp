#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <thread>

namespace {

// Reads a file with its own plain connection, independent of Database, so a test sees what is
// really on disk.
QVariant rawScalar(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_database.raw.%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void rawRun(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_database.rawrun");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open the raw test database");
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                qFatal("raw test statement failed");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int fileVersion(const QString &path)
{
    return rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt();
}

QString fileTables(const QString &path)
{
    return rawScalar(path,
                     QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                    "sqlite_master WHERE type = 'table' ORDER BY name)"))
        .toString();
}

QByteArray fileBytes(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bind = {})
{
    auto rows = db.select(sql, bind);
    if (!rows || rows.value().isEmpty())
        return {};
    return rows.value().constFirst().value(0);
}

int countRows(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM t")).toInt();
}

Result<bool> insert(Database &db, int x)
{
    return db.exec(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {x});
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Stand-ins for the built-in steps, for files already at the latest version: a test adds
    // its own step on top.
    static QList<Database::Migration> alreadyApplied()
    {
        QList<Database::Migration> steps;
        for (int i = 0; i < Database::latestVersion(); ++i)
            steps.append(Database::Migration::sql(QStringLiteral("already applied"), {}));
        return steps;
    }

    // A fresh database with a scratch table t(x) for the transaction tests.
    void openScratch(Database &db, const QString &name)
    {
        auto opened = db.open(m_dir.filePath(name));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void freshFileMigratesToLatest()
    {
        QVERIFY(Database::latestVersion() >= 1);
        const QString path = m_dir.filePath(QStringLiteral("fresh/nested/leaddesk.sqlite"));
        {
            Database db;
            auto opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY(db.isOpen());
            QCOMPARE(db.schemaVersion(), Database::latestVersion());
            QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                           "'index' AND name = 'directory_search'"))
                         .toInt(),
                     1);
        }
        QCOMPARE(fileVersion(path), Database::latestVersion());
        const QString tables = fileTables(path);
        for (const char *table : {"directory", "lead_schema", "lookup_cache"})
            QVERIFY2(tables.split(QLatin1Char(',')).contains(QLatin1String(table)),
                     qPrintable(tables));
    }

    void twoConnectionsMigrateAFreshFileOnce()
    {
        // LeadDesk's start-up preloader and its main thread may open a new file together.
        for (int round = 0; round < 10; ++round) {
            const QString path = m_dir.filePath(QString("race-%1.sqlite").arg(round));
            Result<bool> fromThread = Result<bool>::failure("not run");
            std::thread other([&] {
                Database db;
                fromThread = db.open(path);
            });
            Database db;
            const auto here = db.open(path);
            other.join();
            QVERIFY2(here.ok(), qPrintable(here.error()));
            QVERIFY2(fromThread.ok(), qPrintable(fromThread.error()));
            QCOMPARE(db.schemaVersion(), Database::latestVersion());
        }
    }

    void pragmasAreInEffect()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))).ok());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    }

    void schemaChecksRecordKind()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("kind.sqlite"))).ok());
        const QString sql = QStringLiteral(
            "INSERT INTO directory (profile, kind, id, label, search, payload, seen_at)"
            " VALUES (?, ?, 1, ?, ?, ?, ?)");
        const auto row = [](const char *kind) {
            return QVariantList {QStringLiteral("p"), QLatin1String(kind),  QStringLiteral("l"),
                                 QStringLiteral("s"), QStringLiteral("{}"), QStringLiteral("t")};
        };
        QVERIFY(db.exec(sql, row("contact")).ok());
        QVERIFY(db.exec(sql, row("company")).ok());
        QVERIFY(!db.exec(sql, row("venue")).ok());
    }

    void reopeningKeepsDataAndVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO lead_schema VALUES (?, ?, ?)"),
                            {QStringLiteral("p"), QStringLiteral("[]"), QStringLiteral("now")})
                        .ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lead_schema")).toInt(), 1);
    }

    void fileFromTheFutureIsRefusedUntouched()
    {
        // A plain (rollback-journal) file: switching it to WAL would change its header.
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        const int future = Database::latestVersion() + 1;
        rawRun(path,
               {QStringLiteral("CREATE TABLE lookup_cache (x)"),
                QStringLiteral("CREATE TABLE newer_things (x)"),
                QStringLiteral("INSERT INTO newer_things VALUES (1)"),
                QStringLiteral("PRAGMA user_version = %1").arg(future)});
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        Database db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer LeadDesk")),
                 qPrintable(opened.error()));
        QVERIFY(opened.error().contains(QStringLiteral("version %1").arg(future)));
        QVERIFY(opened.error().contains(QStringLiteral("left untouched")));
        QVERIFY(!opened.error().contains(QLatin1Char('\n')));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(fileVersion(path), future);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void futureWalFileIsRefusedUntouched()
    {
        // A WAL file left by a "newer build": the known steps plus one more.
        const QString path = m_dir.filePath(QStringLiteral("future-wal.sqlite"));
        {
            Database current;
            QVERIFY(current.open(path).ok());
        }
        {
            Database newer;
            auto steps = alreadyApplied();
            steps.append(Database::Migration::sql(QStringLiteral("newer"),
                                                  {QStringLiteral("CREATE TABLE drafts_v9 (x)")}));
            newer.setMigrationsForTesting(steps);
            auto opened = newer.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QCOMPARE(newer.schemaVersion(), Database::latestVersion() + 1);
        }
        const QByteArray before = fileBytes(path);
        Database db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer LeadDesk")),
                 qPrintable(opened.error()));
        QCOMPARE(fileBytes(path), before);
    }

    void failingMigrationStepRollsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-step.sqlite"));
        {
            Database current;
            QVERIFY(current.open(path).ok());
        }
        auto steps = alreadyApplied();
        steps.append({QStringLiteral("broken step"), [](Database &db) {
                          auto made = db.exec(QStringLiteral("CREATE TABLE half_done (x)"));
                          if (!made)
                              return made;
                          return db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                      }});
        {
            Database db;
            db.setMigrationsForTesting(steps);
            auto opened = db.open(path);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(QStringLiteral("broken step")),
                     qPrintable(opened.error()));
            QVERIFY(opened.error().contains(
                QStringLiteral("stays at version %1").arg(Database::latestVersion())));
            QVERIFY(opened.error().contains(QStringLiteral("no_such_table")));
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(fileVersion(path), Database::latestVersion());
        QVERIFY(!fileTables(path).contains(QStringLiteral("half_done")));

        Database again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.schemaVersion(), Database::latestVersion());
    }

    void writeFailureWhileCreatingLeavesNoFile_data()
    {
        QTest::addColumn<int>("successfulWrites");
        // Version 1 is four statements, the user_version update and the COMMIT.
        for (int n = 0; n <= 5; ++n)
            QTest::addRow("write %d fails", n + 1) << n;
    }

    void writeFailureWhileCreatingLeavesNoFile()
    {
        QFETCH(int, successfulWrites);
        const QString folder
            = m_dir.filePath(QStringLiteral("create-fault-%1").arg(successfulWrites));
        const QString path = folder + QStringLiteral("/leaddesk.sqlite");
        {
            Database db;
            db.failWriteAfter(successfulWrites, QStringLiteral("disk full"));
            auto opened = db.open(path);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(QStringLiteral("disk full")),
                     qPrintable(opened.error()));
            QVERIFY(opened.error().contains(QStringLiteral("Cannot create the database")));
        }
        // Nothing half-made is left, under its name or another: the next start begins afresh.
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());

        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    void transactionCommits()
    {
        Database db;
        openScratch(db, QStringLiteral("tx-commit.sqlite"));
        auto done = db.transaction([&]() {
            auto first = insert(db, 1);
            if (!first)
                return first;
            return insert(db, 2);
        });
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QVERIFY(!db.inTransaction());
        QCOMPARE(countRows(db), 2);
    }

    void transactionRollsBackWhenWorkFails()
    {
        Database db;
        openScratch(db, QStringLiteral("tx-fail.sqlite"));
        QVERIFY(insert(db, 0).ok());
        auto done = db.transaction([&]() {
            insert(db, 1);
            insert(db, 2);
            return Result<bool>::failure(QStringLiteral("the work gave up"));
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error(), QStringLiteral("the work gave up"));
        QVERIFY(!db.inTransaction());
        QCOMPARE(countRows(db), 1);
        QVERIFY(db.transaction([&]() { return insert(db, 3); }).ok());
        QCOMPARE(countRows(db), 2);
    }

    void transactionRollsBackWhenWorkThrows()
    {
        Database db;
        openScratch(db, QStringLiteral("tx-throw.sqlite"));
        bool caught = false;
        try {
            db.transaction([&]() -> Result<bool> {
                insert(db, 1);
                throw std::runtime_error("boom");
            });
        } catch (const std::runtime_error &) {
            caught = true;
        }
        QVERIFY(caught);
        QVERIFY(!db.inTransaction());
        QCOMPARE(countRows(db), 0);
        QVERIFY(db.transaction([&]() { return insert(db, 2); }).ok());
        QCOMPARE(countRows(db), 1);
    }

    void transactionRollsBackWhenCommitFails()
    {
        Database db;
        openScratch(db, QStringLiteral("tx-commit-fails.sqlite"));
        db.failWriteAfter(2);
        auto done = db.transaction([&]() {
            auto first = insert(db, 1);
            if (!first)
                return first;
            return insert(db, 2);
        });
        QVERIFY(!done.ok());
        QVERIFY2(done.error().contains(QStringLiteral("COMMIT")), qPrintable(done.error()));
        QVERIFY(done.error().contains(QStringLiteral("simulated disk failure")));
        QCOMPARE(countRows(db), 0);
    }

    void nestedTransactionIsRefused()
    {
        Database db;
        openScratch(db, QStringLiteral("tx-nested.sqlite"));
        QString inner;
        auto done = db.transaction([&]() {
            insert(db, 1);
            auto nested = db.transaction([&]() { return insert(db, 2); });
            inner = nested.error();
            return nested;
        });
        QVERIFY(!done.ok());
        QVERIFY2(inner.contains(QStringLiteral("Nested")), qPrintable(inner));
        QCOMPARE(countRows(db), 0);
    }

    void failNextWriteHitsOnlyTheNextWrite()
    {
        Database db;
        openScratch(db, QStringLiteral("fault-once.sqlite"));
        db.failNextWrite(QStringLiteral("disk unplugged"));
        // Reads pass; the fault waits for a write.
        QCOMPARE(countRows(db), 0);
        auto failed = insert(db, 1);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().contains(QStringLiteral("disk unplugged")));
        QVERIFY(failed.error().contains(QStringLiteral("INSERT INTO t")));
        QCOMPARE(countRows(db), 0);
        QVERIFY(insert(db, 2).ok());
        QCOMPARE(countRows(db), 1);
    }

    void errorsNameTheStatementNotTheValues()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("errors.sqlite"))).ok());
        const QString personal = QStringLiteral("jane.doe@example.com");
        auto failed
            = db.exec(QStringLiteral("INSERT INTO lookup_cache (profile) VALUES (?)"), {personal});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("INSERT INTO lookup_cache")),
                 qPrintable(failed.error()));
        QVERIFY(!failed.error().contains(personal));

        auto badSelect = db.select(
            QStringLiteral("SELECT nothing FROM lookup_cache WHERE profile = ?"), {personal});
        QVERIFY(!badSelect.ok());
        QVERIFY(badSelect.error().contains(QStringLiteral("SELECT nothing")));
        QVERIFY(!badSelect.error().contains(personal));
    }

    void selectReturnsRows()
    {
        Database db;
        openScratch(db, QStringLiteral("select.sqlite"));
        for (int x : {3, 1, 2})
            QVERIFY(insert(db, x).ok());
        auto rows
            = db.select(QStringLiteral("SELECT x, x * 10 FROM t WHERE x > ? ORDER BY x"), {1});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(0), (QVariantList {2, 20}));
        QCOMPARE(rows.value().at(1), (QVariantList {3, 30}));
    }

    void badPathsGiveClearMessages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << "No database file";
        QTest::newRow("folder") << "a-folder"
                                << "is a folder";
        QTest::newRow("under a file") << "plain-file/leaddesk.sqlite"
                                      << "Cannot create the folder";
        QTest::newRow("not a database") << "garbage.sqlite"
                                        << "is not a LeadDesk database";
    }

    void badPathsGiveClearMessages()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        QDir(m_dir.path()).mkpath(QStringLiteral("a-folder"));
        for (const char *file : {"plain-file", "garbage.sqlite"}) {
            QFile f(m_dir.filePath(QLatin1String(file)));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("this is not an SQLite file, just some text long enough to "
                               "cover the 100-byte header SQLite checks first...............")
                        .repeated(4));
        }
        const QString path = name.isEmpty() ? QString() : m_dir.filePath(name);
        const QByteArray before = fileBytes(path);

        Database db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(says), qPrintable(opened.error()));
        QVERIFY(!opened.error().contains(QLatin1Char('\n')));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM t")).ok());
    }

    void emptyFileIsRefusedAndKept()
    {
        // A file cut to 0 bytes held someone's outbox: a new empty database in its place
        // would hide the loss.
        const QString folder = m_dir.filePath(QStringLiteral("zero"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/leaddesk.sqlite");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Database db;
        const auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("0 bytes")), qPrintable(opened.error()));
        QVERIFY(opened.error().contains(QStringLiteral("not a LeadDesk database")));
        QVERIFY(!opened.error().contains(QLatin1Char('\n')));
        QVERIFY(!db.isOpen());
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {"leaddesk.sqlite"});
    }

    void otherDatabasesAreRefusedAndKept_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("says");
        QTest::newRow("tables, no version")
            << QStringList {"CREATE TABLE moz_places (url TEXT)",
                            "INSERT INTO moz_places VALUES ('https://example.invalid')"}
            << "no LeadDesk schema version";
        QTest::newRow("a version, other tables")
            << QStringList {"CREATE TABLE notes (x)", "PRAGMA user_version = 1"}
            << "without LeadDesk's tables";
        QTest::newRow("another program's id")
            << QStringList {"PRAGMA application_id = 1234", "CREATE TABLE lookup_cache (x)",
                            "PRAGMA user_version = 1"}
            << "application id 1234";
        QTest::newRow("another program from the future")
            << QStringList {"CREATE TABLE things (x)", "PRAGMA user_version = 70"}
            << "without LeadDesk's tables";
    }

    void otherDatabasesAreRefusedAndKept()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(
            QStringLiteral("other-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
        rawRun(path, statements);
        const QByteArray before = fileBytes(path);
        Database db;
        const auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("not a LeadDesk database")),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(says), qPrintable(opened.error()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void newFilesAreMarkedAndCompleteUnderTheirName()
    {
        const QString folder = m_dir.filePath(QStringLiteral("marked"));
        const QString path = folder + QStringLiteral("/leaddesk.sqlite");
        {
            Database db;
            QVERIFY(db.open(path).ok());
            // Only the file itself (and SQLite's WAL companions while it is open).
            for (const QString &name : QDir(folder).entryList(QDir::Files))
                QVERIFY2(!name.contains(QStringLiteral(".new-")), qPrintable(name));
        }
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA application_id")).toLongLong(),
                 0x4C44534BLL);
        QCOMPARE(fileVersion(path), Database::latestVersion());
    }

    void openTwiceIsRefused()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("twice.sqlite"))).ok());
        auto again = db.open(m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("already open")));
        db.close();
        QVERIFY(!db.isOpen());
        QVERIFY(!db.select(QStringLiteral("SELECT 1")).ok());
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("other.sqlite"))).ok());
    }

    void connectionsAreSeparateAndRemoved()
    {
        const auto before = QSqlDatabase::connectionNames().size();
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            auto owner = std::make_unique<QObject>();
            auto *a = new Database(owner.get()); // owned by its parent
            auto *b = new Database(owner.get());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
            QVERIFY(a->open(path).ok());
            QVERIFY(b->open(path).ok());
            QVERIFY(a->exec(QStringLiteral("INSERT INTO lead_schema VALUES (?, ?, ?)"),
                            {QStringLiteral("p"), QStringLiteral("[]"), QStringLiteral("now")})
                        .ok());
            QCOMPARE(scalar(*b, QStringLiteral("SELECT COUNT(*) FROM lead_schema")).toInt(), 1);
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    }

    void defaultPath()
    {
        QCOMPARE(Database::defaultPath(QStringLiteral("/some/data")),
                 QStringLiteral("/some/data/leaddesk.sqlite"));
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QCOMPARE(Database::defaultPath(), appData + QStringLiteral("/leaddesk.sqlite"));
        QCOMPARE(Database::defaultPath(QString()), Database::defaultPath());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
