#include "import/csvreader.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/outbox.h"
#include "services/profilestore.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/delayproxy.h"
#include "support/processrunner.h"
#include "xlsxwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <csignal>
#include <memory>

/// `leaddesk-cli import` end to end against a sandbox 80 ms away (issue 14): the dry run's
/// report, ready rows sent once with a shared new contact created once, the same file run
/// again sending nothing, a run killed mid-import resumed without a duplicate, and files that
/// are no lead list refused in one line. Every path that sends counts the sandbox's leads.
class TestImportCli : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    std::unique_ptr<DelayProxy> m_proxy;
    QTemporaryDir m_dir;
    const QString m_profile = QStringLiteral("Trade show");

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<QProcess> startCli(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env;
        env.insert(QStringLiteral("LEADDESK_DATA_DIR"), dataDir());
        env.insert(QStringLiteral("IVVY_API_SECRET"), SandboxServer::defaultApiSecret());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process->setProcessEnvironment(env);
        process->start(ProcessRunner::binary(QStringLiteral("leaddesk-cli")),
                       QStringList {QStringLiteral("--profile"), m_profile} + arguments);
        if (!process->waitForStarted(10000))
            qFatal("leaddesk-cli did not start");
        return process;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run runCli(const QStringList &arguments)
    {
        auto process = startCli(arguments);
        if (!ProcessRunner::waitServing(*process))
            qFatal("leaddesk-cli hangs");
        return {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process->readAllStandardError()).trimmed()};
    }

    static QString header()
    {
        return QStringLiteral("Lead name,Source,Type,Subtype,Stage,Industry,First name,"
                              "Last name,Email,Job title,Event date,Expected attendees,"
                              "Budget band,Preferred venue\n");
    }
    static QString row(const QString &name, const QString &email,
                       const QString &date = QStringLiteral("24/12/2026"))
    {
        return QStringLiteral("%1,iVvy Marketplace,Corporate Event,Conference,New enquiry,400,"
                              "Noor,Haddad,%2,CEO,%3,50,under-5k,V1000\n")
            .arg(name, email, date);
    }
    QString writeFile(const QString &name, const QString &text)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    /// The report's rows (without its header), each as its cells.
    static QList<QStringList> readReport(const QString &file)
    {
        auto device = std::make_unique<QFile>(file);
        auto reader = CsvReader::open(std::move(device));
        if (!reader)
            qFatal("report: %s", qPrintable(reader.error()));
        QList<QStringList> rows;
        QStringList cells;
        while (reader.value()->next(&cells))
            rows.append(cells);
        return rows;
    }

    /// How many times the sandbox was asked to create a contact with `email`, on its own or
    /// inside a lead.
    int contactsCreatedFor(const QString &email) const
    {
        int created = 0;
        for (const SandboxServer::Call &call : m_sandbox->calls()) {
            if (call.action == QStringLiteral("addOrUpdateContact")
                && call.body.value("email").toString().compare(email, Qt::CaseInsensitive) == 0)
                ++created;
            if (call.action == QStringLiteral("addOrUpdateLead")
                && call.body.value("contact").toObject().value("email").toString().compare(
                       email, Qt::CaseInsensitive)
                    == 0)
                ++created;
        }
        return created;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_proxy = std::make_unique<DelayProxy>(m_sandbox->port(), 40);
        QVERIFY(m_proxy->start());
        ProfileStore profiles(dataDir());
        QVERIFY(
            profiles.save({m_profile, m_proxy->url(), SandboxServer::defaultApiKey(), false}).ok());
        const Run schema = runCli(
            {"schema", "import", "lead",
             QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json")});
        QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
        const Run lookups = runCli({"lookups", "refresh"});
        QVERIFY2(lookups.exitCode == 0, qPrintable(lookups.err));
    }

    void theDryRunReportsEveryRowAndSendsNothing()
    {
        const QString file = writeFile("dry.csv",
                                       header() + row("Dry gala", "dry@example.com")
                                           + row("Dry broken", "dry@example.com", "31/02/2026")
                                           + row("dry GALA", "DRY@example.com"));
        const int leadsBefore = m_sandbox->leadCount();
        m_sandbox->clearCalls();
        const Run run = runCli({"import", "--dry-run", "--report", path("dry-report.csv"), file});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QStringLiteral("3 rows: 1 ready, 1 with problems, 1 duplicates"));
        QCOMPARE(m_sandbox->leadCount(), leadsBefore);
        for (const SandboxServer::Call &call : m_sandbox->calls())
            QVERIFY2(!call.action.startsWith("addOrUpdate"), qPrintable(call.action));
        const QList<QStringList> report = readReport(path("dry-report.csv"));
        QCOMPARE(report.size(), 3);
        // The original columns, then row, status, leadId, problems.
        QCOMPARE(report.at(0).mid(14), QStringList({"1", "ready", "", ""}));
        QCOMPARE(report.at(1).mid(14, 3), QStringList({"2", "problem", ""}));
        QVERIFY2(report.at(1).at(17).startsWith("custom:900: '31/02/2026' is not a date"),
                 qPrintable(report.at(1).at(17)));
        QCOMPARE(report.at(2).mid(14),
                 QStringList({"3", "duplicate", "", "the same lead name and contact as row 1"}));
    }

    void readyRowsAreSentOnceAndTheSameFileAgainSendsNothing()
    {
        const QString file
            = writeFile("show.csv",
                        header() + row("Show lead 1", "shared@example.com")
                            + row("Show lead 2", "SHARED@example.com")
                            + row("Show lead 3", "ava.smith@acme.example")
                            + row("Show lead 4", "broken@example.com", "not a date"));
        const int leadsBefore = m_sandbox->leadCount();
        m_sandbox->clearCalls();
        const Run run = runCli({"import", "--report", path("show-report.csv"), file});
        QVERIFY2(run.exitCode == 2, qPrintable(run.err));
        QCOMPARE(run.out,
                 QStringLiteral("4 rows: 3 ready, 1 with problems, 0 duplicates\n"
                                "3 sent, 0 queued, 0 rejected"));
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + 3);
        // Two rows share a new contact: it is created once, and both leads use it.
        QCOMPARE(contactsCreatedFor("shared@example.com"), 1);
        const QList<QStringList> report = readReport(path("show-report.csv"));
        QCOMPARE(report.size(), 4);
        QList<qint64> leadIds;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(report.at(i).at(15), QStringLiteral("sent"));
            leadIds.append(report.at(i).at(16).toLongLong());
            QCOMPARE(m_sandbox->lead(leadIds.last()).value("name").toString(),
                     QStringLiteral("Show lead %1").arg(i + 1));
        }
        QCOMPARE(report.at(3).at(15), QStringLiteral("problem"));
        const auto contactOf = [this](qint64 lead) {
            const QJsonValue contact = m_sandbox->lead(lead).value("contact");
            return contact.isObject() ? contact.toObject().value("id").toVariant().toLongLong()
                                      : contact.toVariant().toLongLong();
        };
        QVERIFY(contactOf(leadIds.at(0)) > 0);
        QCOMPARE(contactOf(leadIds.at(1)), contactOf(leadIds.at(0)));
        // An existing contact is used by its email.
        QCOMPARE(contactOf(leadIds.at(2)), 5000);

        // The same file again: nothing is sent, and the report names the same leads.
        m_sandbox->clearCalls();
        const Run again = runCli({"import", "--report", path("again-report.csv"), file});
        QVERIFY2(again.exitCode == 2, qPrintable(again.err));
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + 3);
        QCOMPARE(contactsCreatedFor("shared@example.com"), 0);
        QVERIFY2(again.err.contains("had been queued by an earlier import of this file"),
                 qPrintable(again.err));
        const QList<QStringList> second = readReport(path("again-report.csv"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(second.at(i).at(15), QStringLiteral("sent"));
            QCOMPARE(second.at(i).at(16).toLongLong(), leadIds.at(i));
        }
    }

    void aKilledImportResumesAndSendsEveryRowOnce()
    {
        constexpr int kRows = 80;
        QString text = header();
        for (int i = 1; i <= kRows; ++i)
            text += row(QStringLiteral("Resumed lead %1").arg(i),
                        QStringLiteral("resumed%1@example.com").arg(i));
        const QString file = writeFile("resume.csv", text);
        const int leadsBefore = m_sandbox->leadCount();
        m_proxy->setAnswerDelayMs(60);
        auto killed = startCli({"import", file});
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->leadCount() >= leadsBefore + 10, 60000);
        ::kill(pid_t(killed->processId()), SIGKILL);
        QVERIFY(ProcessRunner::waitServing(*killed));
        const int sentBeforeTheKill = m_sandbox->leadCount() - leadsBefore;
        QVERIFY2(sentBeforeTheKill < kRows, "the import ended before it could be killed");
        m_proxy->setAnswerDelayMs(0);

        // The same command again: what the killed run had on its way is looked up, the rest
        // is sent. Creates the killed run took but never sent may still land for a while, so
        // they may stay queued (exit 4): the app, with a short landing window, sends them.
        const Run resumed = runCli({"import", file});
        QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 4, qPrintable(resumed.err));
        if (resumed.exitCode == 4) {
            Database database;
            QVERIFY(database.open(Database::defaultPath(dataDir())).ok());
            OutboxStore store(&database);
            PlatformClient client;
            QVERIFY(client
                        .configure(m_proxy->url(), SandboxServer::defaultApiKey(),
                                   SandboxServer::defaultApiSecret().toUtf8())
                        .isEmpty());
            Outbox outbox(&client, &store, m_profile);
            Outbox::Settings settings;
            settings.landingWindowSeconds = 2;
            settings.probeIntervalMs = 200;
            settings.retry.baseDelayMs = 50;
            settings.retry.maxDelayMs = 500;
            outbox.setSettings(settings);
            outbox.start();
            outbox.sendNow();
            const auto waiting = [&database, this] {
                const auto rows = database.select(
                    "SELECT state, last_error, COUNT(*) FROM items WHERE profile = ?"
                    " AND state <> 'sent' GROUP BY state, last_error",
                    {m_profile});
                QStringList states;
                for (const QVariantList &row : rows.value())
                    states << QStringLiteral("%1 × %2 (%3)")
                                  .arg(row.value(2).toString(), row.value(0).toString(),
                                       row.value(1).toString());
                return states.join(QStringLiteral("; "));
            };
            QTRY_VERIFY2_WITH_TIMEOUT(waiting().isEmpty(), qPrintable(waiting()), 90000);
            outbox.stop();
        }
        const Run last = runCli({"import", "--report", path("resume-report.csv"), file});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + kRows);
        const QList<QStringList> report = readReport(path("resume-report.csv"));
        QCOMPARE(report.size(), kRows);
        QSet<qint64> leads;
        for (const QStringList &cells : report) {
            QCOMPARE(cells.at(15), QStringLiteral("sent"));
            const qint64 lead = cells.at(16).toLongLong();
            QCOMPARE(m_sandbox->lead(lead).value("name").toString(), cells.at(0));
            leads.insert(lead);
        }
        QCOMPARE(leads.size(), kRows);
        qInfo("%d of %d rows were sent before the kill", sentBeforeTheKill, kRows);
    }

    void filesThatAreNoLeadListAreRefusedInOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << writeFile("empty.csv", {}) << "The file is empty.";
        QByteArray elf("\x7f"
                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                       16);
        QFile binary(path("program.csv"));
        binary.open(QIODevice::WriteOnly);
        binary.write(elf + QByteArray(4096, '\0'));
        binary.close();
        QTest::newRow("binary") << binary.fileName() << "it holds binary data";
        QTest::newRow("header only")
            << writeFile("header.csv", header()) << "has a header but no data rows";

        XlsxWriter writer;
        QByteArray rows = XlsxWriter::row(1, {XlsxWriter::cell("A1", "Lead name", "inlineStr")});
        for (int i = 2; i < 400; ++i)
            rows += XlsxWriter::row(
                i,
                {XlsxWriter::cell(QStringLiteral("A%1").arg(i), QStringLiteral("Lead %1").arg(i),
                                  "inlineStr")});
        writer.addSheet("Leads", rows);
        writer.write(path("whole.xlsx"));
        QFile whole(path("whole.xlsx"));
        whole.open(QIODevice::ReadOnly);
        const QByteArray bytes = whole.readAll();
        QFile truncated(path("truncated.xlsx"));
        truncated.open(QIODevice::WriteOnly);
        truncated.write(bytes.left(bytes.size() / 2));
        truncated.close();
        QTest::newRow("truncated xlsx") << truncated.fileName() << "The Excel file is damaged";

        // A sheet whose zip entry says it unpacks to 3 GB.
        QList<QPair<QString, QByteArray>> parts;
        QuaZip source(path("whole.xlsx"));
        source.open(QuaZip::mdUnzip);
        for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
            QuaZipFile part(&source);
            part.open(QIODevice::ReadOnly);
            if (source.getCurrentFileName() != "xl/worksheets/sheet1.xml")
                parts.append({source.getCurrentFileName(), part.readAll()});
        }
        source.close();
        XlsxWriter::writeZip(path("bomb.xlsx"), parts);
        QuaZip bomb(path("bomb.xlsx"));
        bomb.open(QuaZip::mdAdd);
        QuaZipFile raw(&bomb);
        QuaZipNewInfo info("xl/worksheets/sheet1.xml");
        info.uncompressedSize = 3ULL * 1024 * 1024 * 1024;
        raw.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION, true);
        raw.write(QByteArray(1024, '\0'));
        raw.close();
        bomb.close();
        QTest::newRow("zip bomb") << path("bomb.xlsx") << "The workbook is too large";
    }

    void filesThatAreNoLeadListAreRefusedInOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const int leadsBefore = m_sandbox->leadCount();
        const Run run = runCli({"import", file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("leaddesk-cli: ") && run.err.contains(message)
                     && !run.err.contains('\n'),
                 qPrintable(run.err));
        QCOMPARE(m_sandbox->leadCount(), leadsBefore);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
