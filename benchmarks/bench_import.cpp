// Reports the import's readers next to DESIGN.md's budget "100,000 rows in ≤ 200 MB":
//   read N CSV rows and N XLSX rows (shared strings, a date column) — time and peak RSS,
//   once streaming (each row dropped after it is read) and once keeping every row, as a dry
//   run's table does;
// and the dry run next to issue 14's budget "10,000 rows in ≤ 1 s": read and check every row
//   (list names, dates, in-file duplicates, shared new contacts, the form's rules), once
//   keeping only the counts (the CLI) and once keeping every checked row (the wizard's table).
//
// Each measurement runs in a child process of its own, so its peak RSS (VmHWM) is its alone.
// Run from a release build: build/release/bin/bench_import [--quick] [--rows N]

#include "import/importdryrun.h"
#include "import/tablefile.h"
#include "model/lookupcatalog.h"
#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {
// Peak resident memory of this process in KiB.
qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

const char *const Sources[] = {"Trade show 2026", "Website", "Referral", "Exhibition"};
const char *const Stages[] = {"New enquiry", "Qualified", "Proposal sent"};

struct Row
{
    QString name, first, last, email, company, source, stage, notes, phone;
    int day = 0, attendees = 0;
};

Row rowOf(int i)
{
    Row row;
    row.first = QStringLiteral("Zoë%1").arg(i % 997);
    row.last = QStringLiteral("Müller%1").arg(i / 997);
    row.name = QStringLiteral("Lead %1 for %2 %3").arg(i).arg(row.first, row.last);
    row.email = QStringLiteral("person%1@example.com").arg(i);
    row.company = QStringLiteral("Company %1 Pty Ltd").arg(i % 5000);
    row.source = QLatin1String(Sources[i % 4]);
    row.stage = QLatin1String(Stages[i % 3]);
    row.notes = i % 10 == 0
        ? QStringLiteral("Met at stand %1, wants a quote\nCall back in May").arg(i % 40)
        : QString();
    row.phone = QStringLiteral("+61 4%1").arg(10000000 + i);
    row.day = 46000 + i % 700;
    row.attendees = 10 + i % 490;
    return row;
}

QByteArray csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('"')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return "\"" + quoted.toUtf8() + "\"";
}

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Lead name,First name,Last name,Email,Company,Source,Stage,Event date,Attendees,"
               "Notes,Phone\r\n");
    for (int i = 0; i < rows; ++i) {
        const Row r = rowOf(i);
        const QDate date = QDate(1899, 12, 30).addDays(r.day);
        QByteArray line;
        for (const QString &field : {r.name, r.first, r.last, r.email, r.company, r.source, r.stage,
                                     date.toString(QStringLiteral("dd/MM/yyyy")),
                                     QString::number(r.attendees), r.notes, r.phone}) {
            line += csvField(field) + ',';
        }
        line.chop(1);
        file.write(line + "\r\n");
    }
    return true;
}

bool writeXlsx(const QString &path, int rows)
{
    // Shared strings as Excel writes them: every distinct text once.
    QStringList strings;
    QHash<QString, int> index;
    auto shared = [&](const QString &text) {
        auto it = index.constFind(text);
        if (it == index.constEnd()) {
            it = index.insert(text, int(strings.size()));
            strings.append(text);
        }
        return QString::number(*it);
    };
    const QStringList headers {
        QStringLiteral("Lead name"), QStringLiteral("First name"), QStringLiteral("Last name"),
        QStringLiteral("Email"),     QStringLiteral("Company"),    QStringLiteral("Source"),
        QStringLiteral("Stage"),     QStringLiteral("Event date"), QStringLiteral("Attendees"),
        QStringLiteral("Notes"),     QStringLiteral("Phone")};
    QList<QByteArray> chunks;
    QByteArray chunk;
    QList<QByteArray> cells;
    for (int c = 0; c < headers.size(); ++c)
        cells.append(XlsxWriter::cell(QChar(u'A' + c) + QStringLiteral("1"), shared(headers.at(c)),
                                      QStringLiteral("s")));
    chunk += XlsxWriter::row(1, cells);
    for (int i = 0; i < rows; ++i) {
        const Row r = rowOf(i);
        const QString n = QString::number(i + 2);
        cells.clear();
        const QString texts[] = {r.name, r.first, r.last, r.email, r.company, r.source, r.stage};
        for (int c = 0; c < 7; ++c)
            cells.append(
                XlsxWriter::cell(QChar(u'A' + c) + n, shared(texts[c]), QStringLiteral("s")));
        cells.append(XlsxWriter::cell(QStringLiteral("H") + n, QString::number(r.day), QString(),
                                      XlsxWriter::BuiltInDate));
        cells.append(XlsxWriter::cell(QStringLiteral("I") + n, QString::number(r.attendees)));
        if (!r.notes.isEmpty())
            cells.append(
                XlsxWriter::cell(QStringLiteral("J") + n, shared(r.notes), QStringLiteral("s")));
        cells.append(
            XlsxWriter::cell(QStringLiteral("K") + n, shared(r.phone), QStringLiteral("s")));
        chunk += XlsxWriter::row(i + 2, cells);
        if (chunk.size() > 1024 * 1024)
            chunks.append(std::exchange(chunk, QByteArray()));
    }
    chunks.append(chunk);
    XlsxWriter writer;
    writer.setSharedStrings(strings);
    qsizetype next = 0;
    writer.addStreamedSheet(QStringLiteral("Leads"), [&]() {
        return next < chunks.size() ? std::exchange(chunks[next++], QByteArray()) : QByteArray();
    });
    return writer.write(path);
}

// A catalog like a small account's: the lists the dry-run file's names refer to, and a lead
// schema with a required date and a whole number.
std::shared_ptr<const LookupCatalog> benchCatalog()
{
    const QJsonObject all = QJsonDocument::fromJson(R"({
        "types": [{"id": 1, "type": "Corporate Event", "subtypes": []},
                  {"id": 2, "type": "Wedding", "subtypes": []}],
        "stages": [{"id": 10, "name": "New enquiry", "reasons": []},
                   {"id": 11, "name": "Qualified", "reasons": []},
                   {"id": 12, "name": "Proposal sent", "reasons": []}],
        "sources": [{"id": 100, "name": "Trade show 2026"}, {"id": 101, "name": "Website"},
                    {"id": 102, "name": "Referral"}, {"id": 103, "name": "Exhibition"}],
        "qualities": [], "channels": [], "users": [],
        "industries": [{"id": 400, "name": "Education"}, {"id": 401, "name": "Finance"}]})")
                                .object();
    QMap<QString, QJsonArray> lists;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        lists.insert(it.key(), it.value().toArray());
    const QJsonArray schema = QJsonDocument::fromJson(R"([
        {"fieldId": 900, "fieldType": 5, "displayName": "Event date", "isRequired": true,
         "isActive": true, "sortOrder": 1},
        {"fieldId": 901, "fieldType": 8, "displayName": "Attendees", "isRequired": true,
         "isActive": true, "sortOrder": 2}])")
                                  .array();
    return LookupCatalog::build(lists, schema);
}

// A trade show's file: every 50th row has a date that does not exist, every 100th repeats the
// row before it, and three rows in a row share one new contact.
bool writeDryRunCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Lead name,Source,Type,Stage,Industry,First name,Last name,Email,Event date,"
               "Attendees,Notes\r\n");
    for (int i = 0; i < rows; ++i) {
        const int of = i % 100 == 99 ? i - 1 : i;
        const Row r = rowOf(of);
        const QDate date = QDate(1899, 12, 30).addDays(r.day);
        const QString day = i % 50 == 17 ? QStringLiteral("31/02/2026")
                                         : date.toString(QStringLiteral("dd/MM/yyyy"));
        QByteArray line;
        for (const QString &field : {r.name, r.source, QStringLiteral("corporate event"), r.stage,
                                     QStringLiteral("Education"), r.first, r.last,
                                     QStringLiteral("person%1@example.com").arg(of / 3), day,
                                     QString::number(r.attendees), r.notes}) {
            line += csvField(field) + ',';
        }
        line.chop(1);
        file.write(line + "\r\n");
    }
    return true;
}

// The child: dry-runs `path`, prints "rows ms peakKb cpuMs ready".
int dryRunFile(const QString &path, bool keep)
{
    const auto catalog = benchCatalog();
    QElapsedTimer timer;
    timer.start();
    auto source = TableFile::open(path);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error()));
        return 1;
    }
    ImportDryRun dryRun(RecordKind::Lead, catalog, source.value()->header());
    QList<ImportRow> kept;
    QStringList cells;
    qint64 rows = 0;
    while (source.value()->next(&cells)) {
        ImportRow row = dryRun.check(++rows, cells);
        if (keep)
            kept.append(std::move(row));
    }
    if (!source.value()->error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(source.value()->error()));
        return 1;
    }
    const auto cpuMs = qint64(double(std::clock()) * 1000.0 / CLOCKS_PER_SEC);
    std::printf("%lld %lld %lld %lld %lld\n", rows, timer.elapsed(), peakKb(), cpuMs,
                dryRun.summary().ready);
    return 0;
}

// The child: reads `path`, prints "rows ms peakKb".
int readFile(const QString &path, bool keep)
{
    QElapsedTimer timer;
    timer.start();
    auto source = TableFile::open(path);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error()));
        return 1;
    }
    QList<QStringList> kept;
    QStringList cells;
    qint64 rows = 0;
    while (source.value()->next(&cells)) {
        ++rows;
        if (keep)
            kept.append(cells);
    }
    if (!source.value()->error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(source.value()->error()));
        return 1;
    }
    // CPU time too: on a shared machine the wall clock also counts other processes' turns.
    const auto cpuMs = qint64(double(std::clock()) * 1000.0 / CLOCKS_PER_SEC);
    std::printf("%lld %lld %lld %lld\n", rows, timer.elapsed(), peakKb(), cpuMs);
    return 0;
}

/// Runs this program as a child in `mode` ("--read" or "--dry-run") over `path` and prints its
/// line: each measure in a fresh process, so peak RSS is the measure's own.
void measure(const QString &label, const QString &mode, const QString &path, bool keep)
{
    QProcess child;
    QStringList arguments {mode, path};
    if (keep)
        arguments.append(QStringLiteral("--keep"));
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(600000);
    // "rows ms peakKb cpuMs", and a dry run's ready count after them.
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || parts.size() < 4) {
        std::printf("%-34s failed: %s\n", qPrintable(label),
                    child.readAllStandardError().constData());
        return;
    }
    const double rows = parts.at(0).toDouble();
    const double ms = parts.at(1).toDouble();
    const QByteArray ready
        = parts.size() > 4 ? QByteArray("  (") + parts.at(4) + " ready)" : QByteArray();
    std::printf("%-22s %7.0f rows  %6.0f ms (CPU %6.0f ms)  %7.0f rows/s  peak RSS %6.1f MB%s\n",
                qPrintable(label), rows, ms, parts.at(3).toDouble(),
                ms > 0 ? rows * 1000.0 / ms : 0.0, parts.at(2).toDouble() / 1024.0,
                ready.constData());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--read"))
        return readFile(args.at(2), args.contains(QStringLiteral("--keep")));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--dry-run"))
        return dryRunFile(args.at(2), args.contains(QStringLiteral("--keep")));

    int rows = args.contains(QStringLiteral("--quick")) ? 2000 : 100000;
    const qsizetype at = args.indexOf(QStringLiteral("--rows"));
    if (at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toInt();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("leads.xlsx"));
    if (!writeCsv(csv, rows) || !writeXlsx(xlsx, rows)) {
        std::fprintf(stderr, "bench_import: cannot write the test files\n");
        return 1;
    }
    std::printf("%d rows, 11 columns: CSV %.1f MB, XLSX %.1f MB (budget: 100,000 rows in "
                "<= 200 MB)\n",
                rows, double(QFileInfo(csv).size()) / 1048576.0,
                double(QFileInfo(xlsx).size()) / 1048576.0);
    measure(QStringLiteral("CSV, streamed"), QStringLiteral("--read"), csv, false);
    measure(QStringLiteral("CSV, every row kept"), QStringLiteral("--read"), csv, true);
    measure(QStringLiteral("XLSX, streamed"), QStringLiteral("--read"), xlsx, false);
    measure(QStringLiteral("XLSX, every row kept"), QStringLiteral("--read"), xlsx, true);

    // The dry run's budget is for 10,000 rows (issue 14); --quick keeps it short.
    const int dryRows = args.contains(QStringLiteral("--quick")) ? 2000 : 10000;
    const QString dry = dir.filePath(QStringLiteral("dry-run.csv"));
    if (!writeDryRunCsv(dry, dryRows)) {
        std::fprintf(stderr, "bench_import: cannot write the dry-run file\n");
        return 1;
    }
    std::printf("dry run of %d rows (budget: 10,000 rows in <= 1 s)\n", dryRows);
    measure(QStringLiteral("dry run, counts only"), QStringLiteral("--dry-run"), dry, false);
    measure(QStringLiteral("dry run, rows kept"), QStringLiteral("--dry-run"), dry, true);
    return 0;
}
