#include "cli/importcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/terminaltext.h"
#include "import/importidentity.h"
#include "import/importreport.h"
#include "import/tablefile.h"
#include "services/importlookup.h"
#include "services/importrun.h"
#include "services/outbox.h"
#include "store/importledger.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <unistd.h>

ImportCommand::ImportCommand(CliConnection *connection, const CliOptions &options, QObject *parent)
    : CatalogCommand(connection, options, parent)
{ }

ImportCommand::~ImportCommand() = default;

RecordKind ImportCommand::kind() const
{
    return recordKindFromName(m_options.kind).value_or(RecordKind::Lead);
}

Result<std::unique_ptr<TableSource>> ImportCommand::openTable() const
{
    return TableFile::open(m_path);
}

bool ImportCommand::prepare()
{
    m_path = m_options.command.value(1);
    auto table = openTable();
    if (!table) {
        fail(ExitCode::InvalidLocally, table.error());
        return false;
    }
    m_header = table.value()->header();
    if (!m_options.mapping.isEmpty()) {
        auto mapping = ImportMapping::load(m_options.mapping);
        if (!mapping) {
            fail(ExitCode::Usage, mapping.error());
            return false;
        }
        m_mapping = mapping.take();
        m_mappingGiven = true;
    }
    m_fileKey = ImportIdentity::fileKey(m_path, m_header);
    return true;
}

void ImportCommand::start()
{
    const Refresh refresh = m_options.dryRun ? Refresh::IfMissing : Refresh::IfStale;
    withCatalog(refresh, [this](std::shared_ptr<const LookupCatalog> catalog) {
        m_catalog = std::move(catalog);
        m_ledger = std::make_unique<ImportLedger>(m_connection->database());
        chooseMapping();
        m_dryRun = std::make_unique<ImportDryRun>(kind(), m_catalog, m_header, m_mapping);
        for (const QString &unknown : m_dryRun->unknownTargets())
            note(tr("the mapping's column %1 names no field of the imported records; it is "
                    "ignored.")
                     .arg(unknown));
        for (const QString &header : m_dryRun->unmappedHeaders())
            note(tr("column \"%1\" matches no field and is ignored.").arg(header));
        lookUpParties();
    });
}

void ImportCommand::chooseMapping()
{
    const QString profile = m_connection->profile();
    const QString headerKey = ImportMapping::headerKey(m_header);
    if (m_mappingGiven) {
        // Offered again for the next file with these columns (the app's wizard too).
        m_ledger->saveMapping(profile, headerKey, m_mapping.toJson());
        return;
    }
    const auto saved = m_ledger->mapping(profile, headerKey);
    if (!saved || saved.value().isEmpty())
        return;
    auto mapping = ImportMapping::fromJson(saved.value());
    if (!mapping)
        return;
    m_mapping = mapping.take();
    note(tr("using the mapping saved for files with these columns."));
}

bool ImportCommand::forEachRow(
    const std::function<void(qint64 row, const QStringList &cells)> &visit)
{
    auto table = openTable();
    if (!table) {
        fail(ExitCode::InvalidLocally, table.error());
        return false;
    }
    TableSource &source = *table.value();
    QStringList cells;
    qint64 row = 0;
    while (source.next(&cells))
        visit(++row, cells);
    if (!source.error().isEmpty()) {
        fail(ExitCode::InvalidLocally, source.error());
        return false;
    }
    return true;
}

void ImportCommand::lookUpParties()
{
    QSet<QString> emails;
    QSet<QString> names;
    if (kind() == RecordKind::Lead) {
        const bool read = forEachRow([&](qint64, const QStringList &cells) {
            emails.insert(m_dryRun->contactEmail(cells));
            names.insert(m_dryRun->companyName(cells));
        });
        if (!read)
            return;
    }
    emails.remove(QString());
    names.remove(QString());
    m_lookup = new ImportLookup(m_connection->client(), m_connection->directory(),
                                m_connection->profile(), this);
    connect(m_lookup, &ImportLookup::finished, this, [this] {
        if (!m_lookup->unreachable().isEmpty())
            note(tr("could not look up existing contacts and companies on the platform (%1); "
                    "only those seen before are used.")
                     .arg(m_lookup->unreachable()));
        m_dryRun->setExistingContacts(m_lookup->contacts());
        m_dryRun->setExistingCompanies(m_lookup->companies());
        check();
    });
    m_lookup->lookUp(emails, names);
}

void ImportCommand::check()
{
    if (!m_options.dryRun) {
        m_run = new ImportRun(m_connection->submission(), m_connection->outbox(), m_ledger.get(),
                              m_connection->profile(), this);
        m_run->setFile(m_fileKey, kind());
        m_run->setCatalog(m_catalog);
    }
    ImportIdentity identity;
    int existing = 0;
    int created = 0;
    int sharing = 0;
    const bool read = forEachRow([&](qint64 number, const QStringList &cells) {
        const ImportRow row = m_dryRun->check(number, cells);
        const QString rowKey = identity.rowKey(cells);
        m_notes.insert(number, {row.status, row.problemText()});
        existing += row.contact == ImportRow::Party::Existing;
        created += row.contact == ImportRow::Party::New;
        sharing += row.contact == ImportRow::Party::Shared;
        if (m_run && row.isReady())
            m_run->addRow(row, rowKey);
    });
    if (!read)
        return;
    const ImportDryRun::Summary summary = m_dryRun->summary();
    if (summary.rows == 0)
        return fail(ExitCode::InvalidLocally, tr("%1 has a header but no data rows.").arg(m_path));
    for (const ImportDryRun::Unmatched &value : m_dryRun->unmatched())
        note(tr("\"%1\" in column %2 matches no %3 (%n row(s)); map it with \"values\" in "
                "MAP.json.",
                nullptr, value.occurrences)
                 .arg(value.value, value.target, value.field));
    if (existing + created > 0)
        note(tr("contacts: %1 ready rows use an existing one, %2 create a new one, %3 use a new "
                "one that another row creates.")
                 .arg(existing)
                 .arg(created)
                 .arg(sharing));
    out() << ImportDryRun::summaryLine(summary) << Qt::endl;
    if (m_options.dryRun) {
        writeReport([this](qint64 row, QString *status, qint64 *, QString *problems) {
            const Note note = m_notes.value(row);
            *status = ImportRow::statusName(note.status);
            *problems = note.problems;
        });
        return end(summary.ready == summary.rows ? ExitCode::Done : ExitCode::InvalidLocally);
    }
    send();
}

void ImportCommand::send()
{
    Outbox *outbox = m_connection->outbox();
    // Only this import's rows go out now (and those an earlier run of it queued); anything
    // else in the outbox waits for `outbox flush` or the app.
    outbox->setSendOnlyQueuedHere(true);
    prepareOutbox(outbox);
    outbox->start();
    connect(m_run, &ImportRun::progress, this, &ImportCommand::printProgress);
    connect(m_run, &ImportRun::failed, this, [](const QString &reason) { note(reason); });
    connect(m_run, &ImportRun::finished, this, &ImportCommand::finishSending);
    m_run->start();
}

void ImportCommand::printProgress(int done, int total, double rowsPerSecond, int secondsLeft)
{
    if (!isatty(STDERR_FILENO))
        return;
    m_progressShown = true;
    QTextStream err(stderr);
    err << '\r'
        << tr("%1 of %2 rows, %3 rows/s, %4 s left")
               .arg(done)
               .arg(total)
               .arg(rowsPerSecond, 0, 'f', 1)
               .arg(secondsLeft < 0 ? QStringLiteral("?") : QString::number(secondsLeft))
        << "\x1b[K";
    err.flush();
}

void ImportCommand::finishSending()
{
    if (m_progressShown)
        QTextStream(stderr) << "\n";
    const auto &results = m_run->results();
    int sent = 0;
    int queued = 0;
    int rejected = 0;
    int earlier = 0;
    for (const ImportRun::Result &result : results) {
        sent += result.status == ImportRun::Result::Status::Sent;
        queued += result.status == ImportRun::Result::Status::Queued
            || result.status == ImportRun::Result::Status::Waiting;
        rejected += result.status == ImportRun::Result::Status::Rejected;
        earlier += result.fromEarlierRun;
    }
    out() << tr("%1 sent, %2 queued, %3 rejected").arg(sent).arg(queued).arg(rejected) << Qt::endl;
    if (earlier > 0)
        note(tr("%n row(s) had been queued by an earlier import of this file and were not sent "
                "again.",
                nullptr, earlier));
    writeReport([&results, this](qint64 row, QString *status, qint64 *leadId, QString *problems) {
        const auto it = results.constFind(row);
        const Note note = m_notes.value(row);
        if (it == results.constEnd()) {
            *status = ImportRow::statusName(note.status);
            *problems = note.problems;
            return;
        }
        *status = it->status == ImportRun::Result::Status::Waiting ? QStringLiteral("queued")
                                                                   : it->statusName();
        *leadId = it->recordId;
        *problems = it->problems;
    });
    const ImportDryRun::Summary summary = m_dryRun->summary();
    ExitCode code = summary.ready == summary.rows ? ExitCode::Done : ExitCode::InvalidLocally;
    if (rejected > 0)
        code = ExitCode::Rejected;
    if (queued > 0)
        code = ExitCode::Unreachable;
    end(code);
}

void ImportCommand::writeReport(
    const std::function<void(qint64 row, QString *status, qint64 *leadId, QString *problems)>
        &describe)
{
    if (m_options.report.isEmpty())
        return;
    QSaveFile file(m_options.report);
    if (!file.open(QIODevice::WriteOnly)) {
        note(tr("cannot write the report %1: %2").arg(m_options.report, file.errorString()));
        return;
    }
    ImportReport report(&file, m_header, ImportReport::Shape::Report);
    forEachRow([&](qint64 row, const QStringList &cells) {
        QString status;
        QString problems;
        qint64 leadId = 0;
        describe(row, &status, &leadId, &problems);
        report.write(cells, row, status, leadId, problems);
    });
    if (!report.error().isEmpty() || !file.commit())
        note(report.error().isEmpty()
                 ? tr("cannot write the report %1: %2").arg(m_options.report, file.errorString())
                 : report.error());
}
