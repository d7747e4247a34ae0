#include "services/importsession.h"

#include "import/csvreader.h"
#include "import/importfieldnames.h"
#include "import/importidentity.h"
#include "import/importreport.h"
#include "import/tablefile.h"
#include "services/importlookup.h"
#include "services/importrowsmodel.h"
#include "services/outbox.h"
#include "services/workspace.h"
#include "store/importledger.h"

#include <QSaveFile>
#include <QSet>
#include <QTimer>

namespace {
/// Rows checked between two turns of the event loop: a few milliseconds of work.
constexpr int kChunk = 400;

QString encodingText(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BigEndian:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Detect:
        break;
    }
    return {};
}
} // namespace

ImportSession::ImportSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_profile(workspace->profile().name)
    , m_catalog(workspace->catalog())
    , m_ledger(std::make_unique<ImportLedger>(workspace->database()))
    , m_rows(new ImportRowsModel(this))
    , m_unmatchedTimer(new QTimer(this))
{
    m_unmatchedTimer->setSingleShot(true);
    connect(m_unmatchedTimer, &QTimer::timeout, this, [this] { unmatchedChunk(kChunk); });
    if (!m_catalog)
        m_catalog = LookupCatalog::build({}, {});
    // A check again with another mapping (Back, then Next) starts from the rep's edits, not
    // from the file as read.
    connect(m_rows, &ImportRowsModel::cellsEdited, this,
            [this](int number, const QStringList &cells) {
                if (number >= 1 && number <= m_cells.size())
                    m_cells[number - 1] = cells;
            });
}

ImportSession::~ImportSession()
{
    // The run and the look-up go before the ledger they were given.
    delete m_run;
    delete m_lookup;
}

Result<bool> ImportSession::open(const QString &path, const QString &sheet)
{
    TableOptions options;
    options.sheetName = sheet;
    auto table = TableFile::open(path, options);
    if (!table)
        return Result<bool>::failure(table.error());
    TableSource &source = *table.value();
    QList<QStringList> cells;
    QStringList row;
    while (source.next(&row))
        cells.append(row);
    if (!source.error().isEmpty())
        return Result<bool>::failure(source.error());
    if (cells.isEmpty())
        return Result<bool>::failure(tr("%1 has a header but no data rows.").arg(path));
    m_path = path;
    m_header = source.header();
    m_sheetNames = source.sheetNames();
    m_sheetName = source.sheetName();
    m_encoding.clear();
    m_delimiter.clear();
    if (const auto *csv = dynamic_cast<const CsvReader *>(&source)) {
        m_encoding = encodingText(csv->encoding());
        const QChar delimiter = csv->delimiter();
        m_delimiter = delimiter == QLatin1Char(';') ? tr("semicolon")
            : delimiter == QLatin1Char('\t')        ? tr("tab")
                                                    : tr("comma");
    }
    m_cells = std::move(cells);
    m_fileKey = ImportIdentity::fileKey(path, m_header);
    m_checked = false;
    return Result<bool>::success(true);
}

QStringList ImportSession::samples() const
{
    QStringList samples;
    for (int column = 0; column < m_header.size(); ++column) {
        QString sample;
        for (const QStringList &cells : m_cells) {
            sample = cells.value(column).trimmed();
            if (!sample.isEmpty())
                break;
        }
        samples.append(sample);
    }
    return samples;
}

QList<ImportChoices::Target> ImportSession::targets() const
{
    return ImportChoices::targets(RecordKind::Lead, *m_catalog);
}

QList<QPair<QString, QString>> ImportSession::valueOptions(const QString &targetText) const
{
    return ImportChoices::options(ImportTarget::parse(targetText), RecordKind::Lead, *m_catalog);
}

ImportMapping ImportSession::initialMapping(bool *saved) const
{
    if (saved)
        *saved = false;
    const auto kept = m_ledger->mapping(m_profile, ImportMapping::headerKey(m_header));
    if (kept && !kept.value().isEmpty()) {
        auto mapping = ImportMapping::fromJson(kept.value());
        if (mapping) {
            if (saved)
                *saved = true;
            return mapping.take();
        }
    }
    ImportMapping mapping;
    const ImportFieldNames names(RecordKind::Lead, *m_catalog);
    for (const QString &header : m_header) {
        const ImportTarget target = names.match(header);
        if (!target.isIgnored())
            mapping.setTarget(header, target.text());
    }
    return mapping;
}

void ImportSession::findUnmatched(const ImportMapping &mapping)
{
    m_unmatchedPass
        = std::make_unique<ImportDryRun>(RecordKind::Lead, m_catalog, m_header, mapping);
    m_unmatchedNext = 0;
    m_unmatchedTimer->start(0);
}

void ImportSession::finishUnmatched()
{
    m_unmatchedTimer->stop();
    if (m_unmatchedPass)
        unmatchedChunk(int(m_cells.size()));
}

void ImportSession::unmatchedChunk(int rows)
{
    const int end = int(qMin(m_cells.size(), qsizetype(m_unmatchedNext) + rows));
    for (; m_unmatchedNext < end; ++m_unmatchedNext)
        m_unmatchedPass->check(m_unmatchedNext + 1, m_cells.at(m_unmatchedNext));
    if (m_unmatchedNext < m_cells.size())
        return m_unmatchedTimer->start(0);
    const QList<ImportDryRun::Unmatched> values = m_unmatchedPass->unmatched();
    m_unmatchedPass.reset();
    Q_EMIT unmatchedFound(values);
}

Result<bool> ImportSession::saveMapping(const ImportMapping &mapping)
{
    return m_ledger->saveMapping(m_profile, ImportMapping::headerKey(m_header), mapping.toJson());
}

void ImportSession::check(const ImportMapping &mapping)
{
    if (m_lookup)
        m_lookup->deleteLater();
    m_checked = false;
    m_dryRun = std::make_unique<ImportDryRun>(RecordKind::Lead, m_catalog, m_header, mapping);
    m_rows->reset(m_header, [this](const ImportRow &row) { return m_dryRun->recheck(row); });
    const auto earlier = m_ledger->items(m_profile, m_fileKey);
    m_alreadySent = earlier ? int(earlier.value().size()) : 0;
    lookUpParties();
}

void ImportSession::lookUpParties()
{
    QSet<QString> emails;
    QSet<QString> names;
    for (const QStringList &cells : std::as_const(m_cells)) {
        emails.insert(m_dryRun->contactEmail(cells));
        names.insert(m_dryRun->companyName(cells));
    }
    emails.remove(QString());
    names.remove(QString());
    m_lookup = new ImportLookup(m_workspace->client(), m_workspace->directory(), m_profile, this);
    connect(m_lookup, &ImportLookup::finished, this, [this, lookup = m_lookup.data()] {
        lookup->deleteLater();
        if (lookup != m_lookup)
            return; // a newer check started
        if (!lookup->unreachable().isEmpty())
            Q_EMIT notice(tr("Existing contacts and companies could not be looked up on the "
                             "platform (%1); only those seen before are used.")
                              .arg(lookup->unreachable()));
        m_dryRun->setExistingContacts(lookup->contacts());
        m_dryRun->setExistingCompanies(lookup->companies());
        m_next = 0;
        checkChunk();
    });
    m_lookup->lookUp(emails, names);
}

void ImportSession::checkChunk()
{
    QList<ImportRow> chunk;
    const int end = qMin(int(m_cells.size()), m_next + kChunk);
    chunk.reserve(end - m_next);
    for (; m_next < end; ++m_next)
        chunk.append(m_dryRun->check(m_next + 1, m_cells.at(m_next)));
    m_rows->append(chunk);
    Q_EMIT checkProgress(m_next);
    if (m_next < m_cells.size()) {
        QTimer::singleShot(0, this, &ImportSession::checkChunk);
        return;
    }
    m_checked = true;
    Q_EMIT checked();
}

Result<bool> ImportSession::exportProblems(const QString &path) const
{
    return writeCsv(path, int(ImportReport::Shape::Problems), true);
}

Result<bool> ImportSession::exportResults(const QString &path) const
{
    return writeCsv(path, int(ImportReport::Shape::Results), false);
}

Result<bool> ImportSession::writeCsv(const QString &path, int shape, bool onlyProblems) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    ImportReport report(&file, m_header, ImportReport::Shape(shape));
    const QHash<qint64, ImportRun::Result> results
        = m_run ? m_run->results() : QHash<qint64, ImportRun::Result>();
    for (const ImportRow &row : m_rows->rows()) {
        if (onlyProblems && row.isReady())
            continue;
        QString status = ImportRow::statusName(row.status);
        qint64 leadId = 0;
        QString problems = row.problemText();
        if (const auto it = results.constFind(row.number); it != results.constEnd()) {
            status = it->statusName();
            leadId = it->recordId;
            problems = it->problems;
        }
        report.write(row.cells, row.number, status, leadId, problems);
    }
    if (!report.error().isEmpty())
        return Result<bool>::failure(report.error());
    if (!file.commit())
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result<bool>::success(true);
}

void ImportSession::send()
{
    if (m_run || !m_checked)
        return;
    m_run = new ImportRun(m_workspace->submission(), m_workspace->outbox(), m_ledger.get(),
                          m_profile, this);
    m_run->setFile(m_fileKey, RecordKind::Lead);
    m_run->setCatalog(m_catalog);
    // Keys over every row in file order, as the CLI makes them: the same file, the same keys.
    ImportIdentity identity;
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const ImportRow &row = m_rows->row(i);
        const QString key = identity.rowKey(row.cells);
        if (row.isReady() || (row.status == ImportRow::Status::Duplicate && m_rows->sendsAnyway(i)))
            m_run->addRow(row, key);
    }
    Outbox *outbox = m_workspace->outbox();
    connect(outbox, &Outbox::batchNotice, this, &ImportSession::notice);
    connect(outbox, &Outbox::batchRefused, this, &ImportSession::notice);
    connect(m_run, &ImportRun::progress, this, &ImportSession::progress);
    connect(m_run, &ImportRun::failed, this, &ImportSession::failed);
    connect(m_run, &ImportRun::finished, this, [this, outbox] {
        disconnect(outbox, nullptr, this, nullptr);
        m_sendFinished = true;
        Q_EMIT sendFinished();
    });
    m_run->start();
}

void ImportSession::pause()
{
    if (m_run)
        m_run->pause();
}

void ImportSession::resume()
{
    if (m_run)
        m_run->resume();
}

void ImportSession::cancel()
{
    if (m_run)
        m_run->cancel();
}

ImportSession::Tally ImportSession::tally() const
{
    Tally tally;
    if (!m_run)
        return tally;
    using Status = ImportRun::Result::Status;
    for (const ImportRun::Result &result : m_run->results()) {
        tally.sent += result.status == Status::Sent;
        tally.queued += result.status == Status::Queued;
        tally.rejected += result.status == Status::Rejected;
        tally.notSent += result.status == Status::Waiting;
        tally.earlier += result.fromEarlierRun;
    }
    return tally;
}
