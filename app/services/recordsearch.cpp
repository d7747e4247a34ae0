#include "services/recordsearch.h"

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "radar/radarkey.h"
#include "store/radarindex.h"
#include "store/recorddirectory.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace {
/// The platform filter that finds `text` in the field a person most likely typed.
QJsonObject filterFor(const QString &kind, const QString &text)
{
    if (kind == QStringLiteral("company"))
        return {{QStringLiteral("businessName__CONTAINS"), text}};
    if (text.contains(QLatin1Char('@')))
        return {{QStringLiteral("email__CONTAINS"), text}};
    const QString last = text.section(QLatin1Char(' '), -1).trimmed();
    if (text.contains(QLatin1Char(' ')) && !last.isEmpty())
        return {{QStringLiteral("firstName__BEGINS"), text.section(QLatin1Char(' '), 0, 0)},
                {QStringLiteral("lastName__BEGINS"), last}};
    return {{QStringLiteral("lastName__CONTAINS"), text}};
}

/// Whether `record` passes `filter` as the platform applies it (case aside).
bool passes(const QJsonObject &filter, const QJsonObject &record)
{
    for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
        const QString field = it.key().section(QStringLiteral("__"), 0, 0);
        const QString value = record.value(field).toString();
        const QString wanted = it.value().toString();
        const bool begins = it.key().endsWith(QStringLiteral("__BEGINS"));
        if (begins ? !value.startsWith(wanted, Qt::CaseInsensitive)
                   : !value.contains(wanted, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

/// Every record `narrower` lets through, `wider` let through too: the same fields, each value
/// extending the one before.
bool narrows(const QJsonObject &narrower, const QJsonObject &wider)
{
    if (narrower.keys() != wider.keys())
        return false;
    for (auto it = narrower.constBegin(); it != narrower.constEnd(); ++it)
        if (!it.value().toString().startsWith(wider.value(it.key()).toString(),
                                              Qt::CaseInsensitive))
            return false;
    return true;
}

/// Whether a contact as listed belongs to the company.
bool isOfCompany(const QJsonObject &contact, qint64 companyId)
{
    const QJsonArray companies = contact.value(QStringLiteral("companies")).toArray();
    for (const QJsonValue &company : companies)
        if (qint64(company.toDouble()) == companyId || company.toString().toLongLong() == companyId)
            return true;
    return false;
}
} // namespace

RecordSearch::RecordSearch(PlatformClient *client, RecordDirectory *directory, QString profile,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_profile(std::move(profile))
{ }

RecordSearch::RecordSearch(QObject *parent)
    : QObject(parent)
{ }

RecordSearch::Lane &RecordSearch::lane(const Scope &scope)
{
    return m_lanes[scope.kind + QLatin1Char('/') + QString::number(scope.companyId)];
}

void RecordSearch::search(const QString &kind, const QString &text, qint64 companyId)
{
    const QString needle = text.trimmed();
    const Scope scope {kind, kind == QStringLiteral("company") ? 0 : qMax<qint64>(0, companyId)};
    QList<QJsonObject> cached;
    if (m_directory) {
        auto found = m_directory->search(m_profile, kind, needle, kLimit);
        if (found)
            cached = found.take();
    }
    if (m_index && !needle.isEmpty()) {
        // The radar's index holds the whole list (once filled): its finds come first, and
        // the directory's (records seen lately) fill up.
        auto indexed = m_index->search(m_profile, kind, RadarKey::searchText(needle), kLimit);
        if (indexed && !indexed.value().isEmpty()) {
            QList<QJsonObject> merged;
            QSet<qint64> ids;
            for (const RadarEntry &entry : indexed.value())
                if (!ids.contains(entry.id)) {
                    ids.insert(entry.id);
                    merged.append(entry.record);
                }
            for (const QJsonObject &record : std::as_const(cached))
                if (merged.size() < kLimit
                    && !ids.contains(record.value(QStringLiteral("id")).toInteger()))
                    merged.append(record);
            cached = merged;
        }
    }
    if (scope.companyId > 0)
        cached.removeIf(
            [&scope](const QJsonObject &c) { return !isOfCompany(c, scope.companyId); });
    // Answer after the caller returns, like the platform's answer will.
    QTimer::singleShot(0, this, [this, kind, needle, cached] {
        Q_EMIT resultsReady(kind, needle, cached, false);
    });

    Lane &current = lane(scope);
    current.latest = needle;
    current.waiting.clear();
    if (!m_client || !m_client->hasCredentials() || needle.size() < 2)
        return;
    if (narrow(scope, needle))
        return;
    // One search travels at a time; the newest text goes when it is back.
    if (current.inFlight) {
        current.waiting = needle;
        return;
    }
    ask(scope, needle);
}

bool RecordSearch::narrow(const Scope &scope, const QString &text)
{
    Lane &current = lane(scope);
    if (current.answeredText.isEmpty() || current.answeredAge.elapsed() > kNarrowForMs)
        return false;
    const QJsonObject filter = filterFor(scope.kind, text);
    if (!narrows(filter, filterFor(scope.kind, current.answeredText)))
        return false;
    QList<QJsonObject> records;
    for (const QJsonObject &record : std::as_const(current.answered))
        if (passes(filter, record))
            records.append(record);
    // After the caller returns; by then the person may have typed on.
    QTimer::singleShot(0, this, [this, scope, text, records] {
        if (text == lane(scope).latest)
            Q_EMIT resultsReady(scope.kind, text, records, true);
    });
    return true;
}

void RecordSearch::ask(const Scope &scope, const QString &text)
{
    QJsonObject filter = filterFor(scope.kind, text);
    if (scope.companyId > 0)
        filter.insert(QStringLiteral("companyId"), scope.companyId);
    QJsonObject body {{QStringLiteral("perPage"), kLimit},
                      {QStringLiteral("start"), 0},
                      {QStringLiteral("filter"), filter}};
    const QString kind = scope.kind;
    const QString action = kind == QStringLiteral("company") ? QStringLiteral("getCompanyList")
                                                             : QStringLiteral("getContactList");
    PlatformReply *reply = m_client->call(QStringLiteral("contact"), action, body);
    lane(scope).inFlight = reply;
    connect(reply, &PlatformReply::finished, this,
            [this, scope, text](const PlatformResult &result) {
                lane(scope).inFlight = nullptr;
                if (result.error.kind == PlatformError::Kind::Cancelled)
                    return;
                if (!result.ok()) {
                    Q_EMIT platformUnavailable(scope.kind, result.error.toString());
                    return onAnswer(scope, text, {}, false);
                }
                // perPage asked for kLimit; a platform that sends more gets no more room.
                QJsonArray found = result.object().value(QStringLiteral("results")).toArray();
                while (found.size() > kLimit)
                    found.removeLast();
                if (m_directory)
                    m_directory->remember(m_profile, scope.kind, found);
                QList<QJsonObject> records;
                for (const QJsonValue &v : found)
                    records.append(v.toObject());
                onAnswer(scope, text, records, true);
            });
}

void RecordSearch::onAnswer(const Scope &scope, const QString &text,
                            const QList<QJsonObject> &records, bool answered)
{
    Lane &current = lane(scope);
    // Fewer than asked for is all there is: longer texts narrow it here.
    if (answered && records.size() < kLimit) {
        current.answeredText = text;
        current.answered = records;
        current.answeredAge.start();
    }
    // A late answer for text since changed is not shown; the newest text goes next.
    if (answered && text == current.latest)
        Q_EMIT resultsReady(scope.kind, text, records, true);
    const QString next = std::exchange(current.waiting, QString());
    if (next.isEmpty() || next != current.latest)
        return;
    if (!narrow(scope, next))
        ask(scope, next);
}
