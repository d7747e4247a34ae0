#include "cli/duplicatescreen.h"

#include "cli/cliconnection.h"
#include "platform/platformclient.h"
#include "services/radarplatformlookup.h"
#include "services/radarrecords.h"
#include "services/workspace.h"
#include "store/radarindex.h"

#include <QTimer>

DuplicateScreen::DuplicateScreen(CliConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_lookup(new RadarPlatformLookup(connection->client(), this))
{
    connect(m_lookup, &RadarPlatformLookup::finished, this, &DuplicateScreen::onFound);
}

void DuplicateScreen::onFound(const QString &kind, const QJsonObject &draft,
                              const QList<QJsonObject> &records, const PlatformError &error)
{
    if (m_subjects.isEmpty())
        return;
    const Subject subject = m_subjects.takeFirst();
    QList<QJsonObject> candidates = records;
    const RadarRecords radar(Workspace::phoneRegion());
    if (Database *database = m_connection->database()) {
        // The app's index, when this profile has one, finds what a name filter cannot
        // (another spelling, a phone).
        const RadarIndex index(database);
        auto found = index.candidates(m_connection->profile(), kind, radar.query(kind, draft));
        for (const RadarEntry &entry : found ? found.value() : QList<RadarEntry>())
            candidates.append(entry.record);
    }
    if (error.isError())
        m_unchecked << error.toString();
    for (const RadarFinding &finding : radar.judge(kind, draft, candidates, 10))
        if (finding.isStrong())
            m_strong[subject.body].append(finding);
    next();
}

QList<DuplicateScreen::Subject> DuplicateScreen::subjectsOf(int index, const QString &kind,
                                                            const QJsonObject &body)
{
    const QString contact = QStringLiteral("contact");
    const QString company = QStringLiteral("company");
    // A body with an id corrects a record that exists: it creates nothing.
    if (body.contains(QStringLiteral("id")))
        return {};
    if (kind != QStringLiteral("lead"))
        return {{index, kind, body}};
    QList<Subject> subjects;
    const QJsonObject newCompany = body.value(company).toObject();
    if (!newCompany.isEmpty())
        subjects.append({index, company, newCompany});
    QJsonObject newContact = body.value(contact).toObject();
    if (!newContact.isEmpty()) {
        // The contact of a company lead works there: the name is evidence.
        const QString businessName = newCompany.value(QStringLiteral("businessName")).toString();
        if (!businessName.isEmpty())
            newContact.insert(QStringLiteral("companyName"), businessName);
        subjects.append({index, contact, newContact});
    }
    return subjects;
}

void DuplicateScreen::screen(
    const QList<Subject> &subjects,
    std::function<void(const QHash<int, RadarFindings> &, const QStringList &)> done)
{
    m_subjects = subjects;
    m_done = std::move(done);
    m_strong.clear();
    m_unchecked.clear();
    // The answer comes after the caller returns, whatever it is.
    QTimer::singleShot(0, this, &DuplicateScreen::next);
}

void DuplicateScreen::next()
{
    if (m_subjects.isEmpty())
        return m_done(m_strong, m_unchecked);
    const Subject &subject = m_subjects.first();
    if (!m_connection->client() || !m_connection->client()->hasCredentials()) {
        // Nothing to ask: the index alone.
        QTimer::singleShot(0, this, [this, subject] {
            onFound(subject.kind, subject.draft, {}, PlatformError());
        });
        return;
    }
    m_lookup->look(subject.kind, subject.draft);
}

QString DuplicateScreen::line(const RadarFinding &finding)
{
    // Fixed words, like "created": scripts read this line; the reason is translated.
    return QStringLiteral("possible duplicate of %1 %2: %3")
        .arg(finding.kind)
        .arg(finding.id)
        .arg(finding.match.explanation);
}
