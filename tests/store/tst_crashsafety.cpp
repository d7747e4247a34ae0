#include "store/database.h"
#include "store/outboxstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

/// DESIGN.md "Store": a crash or kill never corrupts or loses a saved draft.
/// crashwriter saves drafts and moves outbox items as fast as it can and
/// says what it wrote; it is killed with SIGKILL at a random moment, 200
/// times over the same file. After each kill the file must pass
/// `PRAGMA integrity_check`, and everything crashwriter reported must be
/// there: each draft at the sequence it last reported or later, each sent
/// item still sent with its record id.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRuns = 200;

    struct Reported
    {
        QHash<qint64, int> seq; ///< the newest sequence reported per draft
        QHash<qint64, qint64> sent; ///< record id per item reported sent
        int lines = 0;
        int recovered = 0;
    };

    static void take(const QByteArray &output, Reported &reported)
    {
        const QList<QByteArray> lines = output.split('\n');
        // The last piece is empty or a line the kill cut short: it was never reported.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> words = lines.at(i).split(' ');
            const QByteArray &what = words.value(0);
            const qint64 id = words.value(1).toLongLong();
            ++reported.lines;
            if (what == "saved" || what == "queued") {
                const int seq = words.value(2).toInt();
                reported.seq[id] = qMax(reported.seq.value(id, -1), seq);
            } else if (what == "sent") {
                reported.sent[id] = words.value(2).toLongLong();
            } else if (what == "recovered") {
                reported.recovered += int(id);
            }
        }
    }

    // Opens the file as LeadDesk would after the kill and checks it against the reports.
    static QString check(const QString &path, const Reported &reported)
    {
        Database database;
        const auto opened = database.open(path);
        if (!opened)
            return "cannot open: " + opened.error();
        const auto integrity = database.select("PRAGMA integrity_check");
        if (!integrity)
            return integrity.error();
        QStringList answers;
        for (const QVariantList &row : integrity.value())
            answers << row.value(0).toString();
        if (answers != QStringList {"ok"})
            return "integrity_check: " + answers.join("; ");

        const auto rows = database.select("SELECT id, state, draft, record_id FROM items");
        if (!rows)
            return rows.error();
        static const QSet<QString> states {"draft", "queued",    "sending",
                                           "sent",  "needs-fix", "uncertain"};
        QHash<qint64, QVariantList> items;
        for (const QVariantList &row : rows.value()) {
            items.insert(row.value(0).toLongLong(), row);
            if (!states.contains(row.value(1).toString()))
                return QStringLiteral("item %1 has the state \"%2\"")
                    .arg(row.value(0).toLongLong())
                    .arg(row.value(1).toString());
        }
        for (auto it = reported.seq.cbegin(); it != reported.seq.cend(); ++it) {
            if (!items.contains(it.key()))
                return QStringLiteral("draft %1 (saved at %2) is gone")
                    .arg(it.key())
                    .arg(it.value());
            const QJsonObject draft
                = QJsonDocument::fromJson(items.value(it.key()).value(2).toString().toUtf8())
                      .object();
            const int stored = draft.value("seq").toInt(-1);
            if (stored < it.value())
                return QStringLiteral("draft %1 was saved at %2 but holds %3")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(stored);
        }
        for (auto it = reported.sent.cbegin(); it != reported.sent.cend(); ++it) {
            const QVariantList row = items.value(it.key());
            if (row.value(1).toString() != "sent" || row.value(3).toLongLong() != it.value())
                return QStringLiteral("item %1 was sent as %2 but is %3 with %4")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(row.value(1).toString())
                    .arg(row.value(3).toLongLong());
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules("leaddesk.store.info=false"); }

    void killedWritersLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("leaddesk.sqlite");
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        Reported reported;
        QElapsedTimer clock;
        clock.start();
        int sending = 0;

        for (int run = 0; run < kRuns; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(CRASHWRITER_PATH, {path, QString::number(seed + quint32(run))});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Killed only once it is writing, at a random moment after that.
            while (!writer.canReadLine() && writer.state() == QProcess::Running)
                writer.waitForReadyRead(10000);
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable("crashwriter stopped by itself: "
                                + QString::fromUtf8(writer.readAllStandardError())));
            QThread::msleep(5 + random.bounded(56));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            take(writer.readAllStandardOutput(), reported);

            const QString problem = check(path, reported);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("after kill %1: %2").arg(run + 1).arg(problem)));
        }

        // What the last kill left "sending" is recovered as uncertain, nothing else changes.
        {
            Database database;
            QVERIFY(database.open(path).ok());
            OutboxStore store(&database);
            const auto recovered = store.recoverInterrupted("crash");
            QVERIFY(recovered.ok());
            sending = recovered.value();
            const auto left = database.select("SELECT COUNT(*) FROM items WHERE state = 'sending'");
            QVERIFY(left.ok());
            QCOMPARE(left.value().value(0).value(0).toInt(), 0);
        }
        QCOMPARE(check(path, reported), QString());
        const int total = [&path] {
            Database database;
            if (!database.open(path))
                return -1;
            const auto rows = database.select("SELECT COUNT(*) FROM items");
            return rows ? rows.value().value(0).value(0).toInt() : -1;
        }();
        qInfo("%d kills in %lld ms: %d reported writes, %lld drafts and %lld sent items "
              "checked, %d items recovered from 'sending' (+%d at the end), %d items in the file",
              kRuns, clock.elapsed(), reported.lines, qint64(reported.seq.size()),
              qint64(reported.sent.size()), reported.recovered, sending, total);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
