#include "services/importlookup.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "store/recorddirectory.h"

#include <QJsonArray>
#include <QTimer>

namespace {
constexpr int kPerPage = 20;

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString fieldOf(const QString &kind)
{
    return kind == QStringLiteral("company") ? QStringLiteral("businessName")
                                             : QStringLiteral("email");
}
} // namespace

ImportLookup::ImportLookup(PlatformClient *client, RecordDirectory *directory, QString profile,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_profile(std::move(profile))
{ }

void ImportLookup::lookUp(const QSet<QString> &emails, const QSet<QString> &businessNames)
{
    m_questions.clear();
    for (const QString &email : emails)
        if (!email.isEmpty())
            m_questions.append({QStringLiteral("contact"), email});
    for (const QString &name : businessNames)
        if (!name.isEmpty())
            m_questions.append({QStringLiteral("company"), name});
    // Answer after the caller returns, also when there is nothing to ask.
    QTimer::singleShot(0, this, &ImportLookup::next);
}

void ImportLookup::next()
{
    while (m_inFlight < kInFlight && !m_questions.isEmpty())
        ask(m_questions.takeFirst());
    if (m_inFlight == 0 && m_questions.isEmpty())
        Q_EMIT finished();
}

void ImportLookup::ask(const Question &question)
{
    if (!m_unreachable.isEmpty() || !m_client || !m_client->hasCredentials()) {
        fromDirectory(question);
        return;
    }
    const QJsonObject filter {
        {fieldOf(question.kind) + QStringLiteral("__CONTAINS"), question.value}};
    const QJsonObject body {{QStringLiteral("perPage"), kPerPage},
                            {QStringLiteral("start"), 0},
                            {QStringLiteral("filter"), filter}};
    const QString action = question.kind == QStringLiteral("company")
        ? QStringLiteral("getCompanyList")
        : QStringLiteral("getContactList");
    ++m_inFlight;
    PlatformReply *reply = m_client->call(QStringLiteral("contact"), action, body);
    connect(reply, &PlatformReply::finished, this, [this, question](const PlatformResult &result) {
        --m_inFlight;
        if (!result.ok()) {
            if (m_unreachable.isEmpty())
                m_unreachable = result.error.toString();
            fromDirectory(question);
        } else {
            QList<QJsonObject> records;
            const QJsonArray found = result.object().value(QStringLiteral("results")).toArray();
            for (const QJsonValue &record : found)
                records.append(record.toObject());
            if (m_directory) {
                QJsonArray seen;
                for (const QJsonObject &record : std::as_const(records))
                    seen.append(record);
                m_directory->remember(m_profile, question.kind, seen);
            }
            answer(question, records);
        }
        next();
    });
}

void ImportLookup::fromDirectory(const Question &question)
{
    if (!m_directory)
        return;
    auto found = m_directory->search(m_profile, question.kind, question.value, kPerPage);
    if (found)
        answer(question, found.value());
}

void ImportLookup::answer(const Question &question, const QList<QJsonObject> &records)
{
    const QString field = fieldOf(question.kind);
    auto &into = question.kind == QStringLiteral("company") ? m_companies : m_contacts;
    qint64 best = 0;
    for (const QJsonObject &record : records) {
        const qint64 id = record.value(QStringLiteral("id")).toVariant().toLongLong();
        // The oldest of several equal ones: the one people have used longest.
        if (id > 0 && folded(record.value(field).toString()) == question.value
            && (best == 0 || id < best))
            best = id;
    }
    if (best > 0)
        into.insert(question.value, best);
}
