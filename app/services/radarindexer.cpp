#include "services/radarindexer.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/radarindexwriter.h"

#include <QThread>

namespace {
QString actionFor(const QString &kind)
{
    return kind == QStringLiteral("contact") ? QStringLiteral("getContactList")
                                             : QStringLiteral("getCompanyList");
}
} // namespace

RadarIndexer::RadarIndexer(PlatformClient *client, const QString &databasePath,
                           const QString &profile, const QString &region, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_thread(new QThread(this))
    , m_writer(new RadarIndexWriter(databasePath, profile, region))
{
    m_thread->setObjectName(QStringLiteral("radar index"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(this, &RadarIndexer::writeRequested, m_writer, &RadarIndexWriter::write);
    connect(m_writer, &RadarIndexWriter::written, this, &RadarIndexer::onWritten);
    connect(this, &RadarIndexer::startRequested, m_writer, &RadarIndexWriter::findStart);
    connect(m_writer, &RadarIndexWriter::startFound, this, &RadarIndexer::onStartFound);
    m_thread->start(QThread::LowPriority);
}

RadarIndexer::~RadarIndexer()
{
    if (m_pass.reply)
        m_pass.reply->abort();
    m_thread->quit();
    m_thread->wait();
}

bool RadarIndexer::isRunning() const
{
    return m_running;
}

void RadarIndexer::refresh()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_pagesDone = false;
    m_indexed = 0;
    m_problem.clear();
    // Companies first: a contact's company name is what the contact radar compares.
    m_kindsLeft = {QStringLiteral("company"), QStringLiteral("contact")};
    nextKind();
}

void RadarIndexer::nextKind()
{
    if (m_kindsLeft.isEmpty()) {
        m_pagesDone = true;
        if (m_writesPending == 0)
            end(m_problem);
        return;
    }
    m_pass = Pass();
    m_pass.kind = m_kindsLeft.takeFirst();
    // Where the index stands is read on the writer's thread: with 100,000 records indexed the
    // look-up takes longer than a frame.
    Q_EMIT startRequested(m_pass.kind);
}

void RadarIndexer::onStartFound(const QString &kind, const QString &since)
{
    if (!m_running || kind != m_pass.kind || m_pass.reply)
        return;
    m_pass.since = since;
    askPage();
}

void RadarIndexer::askPage()
{
    QJsonObject body {{QStringLiteral("perPage"), kPerPage},
                      {QStringLiteral("start"), m_pass.start}};
    if (!m_pass.since.isEmpty())
        body.insert(QStringLiteral("filter"),
                    QJsonObject {{QStringLiteral("fromModifiedDate"), m_pass.since}});
    m_pass.reply = m_client->call(QStringLiteral("contact"), actionFor(m_pass.kind), body);
    connect(m_pass.reply, &PlatformReply::finished, this, &RadarIndexer::onPage);
}

void RadarIndexer::onPage(const PlatformResult &result)
{
    if (result.error.kind == PlatformError::Kind::Cancelled)
        return;
    if (!result.ok()) {
        // What is indexed stays; the next refresh starts from there.
        m_problem = result.error.toString();
        return nextKind();
    }
    const QJsonObject answer = result.object();
    const QJsonArray records = answer.value(QStringLiteral("results")).toArray();
    if (!records.isEmpty()) {
        ++m_writesPending;
        Q_EMIT writeRequested(m_pass.kind, records);
    }
    const qint64 total = answer.value(QStringLiteral("meta"))
                             .toObject()
                             .value(QStringLiteral("totalResults"))
                             .toInteger(-1);
    m_pass.start += int(records.size());
    const bool more = records.size() >= kPerPage && (total < 0 || m_pass.start < total);
    if (more)
        return askPage();
    nextKind();
}

void RadarIndexer::index(const QString &kind, const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    ++m_writesPending;
    Q_EMIT writeRequested(kind, records);
}

void RadarIndexer::indexRecord(const QString &kind, qint64 id)
{
    if (!m_client || id <= 0)
        return;
    PlatformReply *reply
        = m_client->call(QStringLiteral("contact"), actionFor(kind),
                         {{QStringLiteral("filter"), QJsonObject {{QStringLiteral("id"), id}}},
                          {QStringLiteral("perPage"), 1}});
    connect(reply, &PlatformReply::finished, this, [this, kind](const PlatformResult &result) {
        if (result.ok())
            index(kind, result.object().value(QStringLiteral("results")).toArray());
    });
}

void RadarIndexer::onWritten(const QString &kind, int count, const QString &error)
{
    --m_writesPending;
    m_indexed += count;
    if (!error.isEmpty())
        m_problem = error;
    if (count > 0)
        Q_EMIT indexed(kind, count);
    if (m_running && m_pagesDone && m_writesPending == 0)
        end(m_problem);
}

void RadarIndexer::end(const QString &problem)
{
    m_running = false;
    Q_EMIT finished(problem);
}
