#include "services/radarindexwriter.h"

#include "services/radarrecords.h"
#include "store/database.h"
#include "store/radarindex.h"

RadarIndexWriter::RadarIndexWriter(QString databasePath, QString profile, QString region)
    : m_path(std::move(databasePath))
    , m_profile(std::move(profile))
    , m_records(std::make_unique<RadarRecords>(region))
{ }

RadarIndexWriter::~RadarIndexWriter()
{
    // The index points into the database: it goes first.
    m_index.reset();
    delete m_database;
}

QString RadarIndexWriter::open()
{
    if (m_index)
        return {};
    // Made here, on the writer's thread, so that the connection belongs to it.
    auto database = std::make_unique<Database>();
    auto opened = database->open(m_path);
    if (!opened)
        return opened.error();
    m_database = database.release();
    m_index = std::make_unique<RadarIndex>(m_database);
    return {};
}

void RadarIndexWriter::write(const QString &kind, const QJsonArray &records)
{
    if (const QString problem = open(); !problem.isEmpty())
        return Q_EMIT written(kind, 0, problem);
    int stored = 0;
    QList<RadarEntry> slice;
    slice.reserve(kTransactionSize);
    for (qsizetype i = 0; i < records.size(); ++i) {
        RadarEntry entry = m_records->entry(kind, records.at(i).toObject());
        if (entry.id > 0)
            slice.append(std::move(entry));
        if (slice.size() < kTransactionSize && i + 1 < records.size())
            continue;
        auto done = m_index->put(m_profile, kind, slice);
        if (!done)
            return Q_EMIT written(kind, stored, done.error());
        stored += int(slice.size());
        slice.clear();
    }
    Q_EMIT written(kind, stored, QString());
}

void RadarIndexWriter::findStart(const QString &kind)
{
    QString since;
    if (open().isEmpty()) {
        // Unreadable: a full pass, which stores every record again, is still right.
        auto newest = m_index->newestModified(m_profile, kind);
        if (newest)
            since = newest.value();
    }
    Q_EMIT startFound(kind, since);
}
