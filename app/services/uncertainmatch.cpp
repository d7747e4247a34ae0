#include "services/uncertainmatch.h"

#include "model/valuechecks.h"
#include "platform/platformerrorjson.h"

#include <QTimeZone>

namespace {
const QString kLead = QStringLiteral("lead");
const QString kCompany = QStringLiteral("company");

/// An answer that came back at all: the platform finished with the request, so a create it does
/// not list never landed. Without one (timeout, dropped, a crash) it may still be landing.
bool answered(const PlatformError &error)
{
    return error.kind == PlatformError::Kind::Http || error.kind == PlatformError::Kind::Platform
        || error.kind == PlatformError::Kind::Malformed;
}

bool sameText(const QJsonValue &listed, const QJsonValue &sent)
{
    return listed.toString().trimmed().compare(sent.toString().trimmed(), Qt::CaseInsensitive) == 0;
}

bool sameId(const QJsonValue &listed, const QJsonValue &sent)
{
    return ValueChecks::toId(listed) == ValueChecks::toId(sent);
}

/// A value the list shows: a top-level key, or "contact.id" inside a nested object. Undefined
/// when the list does not show that field at all (then it cannot tell us anything).
QJsonValue listedValue(const QJsonObject &listed, const QString &path)
{
    const int dot = int(path.indexOf(QLatin1Char('.')));
    if (dot < 0)
        return listed.contains(path) ? listed.value(path) : QJsonValue(QJsonValue::Undefined);
    const QJsonValue outer = listed.value(path.left(dot));
    if (outer.isUndefined())
        return QJsonValue(QJsonValue::Undefined);
    if (outer.isNull())
        return QJsonValue(QJsonValue::Null);
    // A lead with no contact lists null: it has none, which disagrees with one we sent.
    return outer.toObject().value(path.mid(dot + 1));
}

/// Where getLeadList shows what a lead body sent: body key → list path, id or text.
struct LeadField
{
    const char *bodyKey;
    const char *listPath;
    bool isId;
};
constexpr LeadField kLeadFields[] = {
    {"name", "name", false},           {"description", "description", false},
    {"qualityId", "qualityId", true},  {"sourceId", "sourceId", true},
    {"typeId", "typeId", true},        {"subtypeId", "subtypeId", true},
    {"stageId", "stageId", true},      {"stageReasonId", "stageReasonId", true},
    {"channelId", "channelId", true},  {"ownerUserId", "ownerUser.id", true},
    {"contactId", "contact.id", true}, {"companyLeadContactId", "contact.id", true},
    {"companyId", "company.id", true},
};

bool agrees(const QJsonObject &listed, const QString &path, const QJsonValue &sent, bool isId)
{
    const QJsonValue shown = listedValue(listed, path);
    if (shown.isUndefined())
        return true;
    if (ValueChecks::isEmpty(sent))
        return true;
    return isId ? sameId(shown, sent) : sameText(shown, sent);
}

bool sameLead(const QJsonObject &body, const QJsonObject &listed)
{
    for (const LeadField &field : kLeadFields) {
        const QString key = QLatin1String(field.bodyKey);
        if (body.contains(key)
            && !agrees(listed, QLatin1String(field.listPath), body.value(key), field.isId))
            return false;
    }
    // A new contact or company made with the lead: the list names it.
    for (const QString &nested : {QStringLiteral("contact"), QStringLiteral("company")}) {
        const QJsonObject sent = body.value(nested).toObject();
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
            if (it.value().isString()
                && !agrees(listed, nested + QLatin1Char('.') + it.key(), it.value(), false))
                return false;
    }
    return true;
}

/// Contacts and companies list the fields they are written with: every text and number sent
/// that the list shows must agree.
bool samePlainRecord(const QJsonObject &body, const QJsonObject &listed)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QJsonValue &sent = it.value();
        if (!(sent.isString() || sent.isDouble()) || !listed.contains(it.key()))
            continue;
        if (!agrees(listed, it.key(), sent, sent.isDouble()))
            return false;
    }
    return true;
}
} // namespace

QDateTime UncertainMatch::heldForPerson()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
}

QString UncertainMatch::platformTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QDateTime UncertainMatch::fromPlatformTime(const QString &text)
{
    QString plain = text.trimmed();
    if (plain.endsWith(QStringLiteral(" UTC")))
        plain.chop(4);
    QDateTime when = QDateTime::fromString(plain, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!when.isValid())
        return QDateTime();
    when.setTimeZone(QTimeZone::utc());
    return when;
}

UncertainMatch::Query UncertainMatch::queryFor(const OutboxItem &item, const QDateTime &notBefore)
{
    const QString from = platformTime(notBefore);
    const QJsonObject &body = item.body;
    // The platform stores names trimmed: a name searched untrimmed is never found.
    const auto trimmed = [&body](const char *key) {
        return QJsonValue(body.value(QLatin1String(key)).toString().trimmed());
    };
    Query query;
    query.nameSpace = QStringLiteral("contact");
    QJsonObject filter;
    if (item.kind == kLead) {
        query.nameSpace = QStringLiteral("crm");
        query.action = QStringLiteral("getLeadList");
        filter = {{QStringLiteral("name"), trimmed("name")},
                  {QStringLiteral("createdDate__GREATERTHAN"), from}};
    } else if (item.kind == kCompany) {
        query.action = QStringLiteral("getCompanyList");
        filter = {{QStringLiteral("businessName"), trimmed("businessName")},
                  {QStringLiteral("fromModifiedDate"), from}};
    } else {
        query.action = QStringLiteral("getContactList");
        filter = {{QStringLiteral("email"), trimmed("email")},
                  {QStringLiteral("fromModifiedDate"), from}};
    }
    query.body = {{QStringLiteral("filter"), filter}, {QStringLiteral("perPage"), 100}};
    return query;
}

bool UncertainMatch::sameRecord(const QString &kind, const QJsonObject &body,
                                const QJsonObject &listed)
{
    return kind == kLead ? sameLead(body, listed) : samePlainRecord(body, listed);
}

QList<qint64> UncertainMatch::idsIn(const QJsonArray &listed)
{
    QList<qint64> ids;
    for (const QJsonValue &value : listed) {
        const qint64 id = ValueChecks::toId(value.toObject().value(QStringLiteral("id")));
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

UncertainMatch::Verdict UncertainMatch::judge(const OutboxItem &item, const QJsonArray &listed,
                                              const QSet<qint64> &claimed,
                                              const QDateTime &notBefore)
{
    Verdict verdict;
    for (const QJsonValue &value : listed) {
        const QJsonObject record = value.toObject();
        const qint64 id = ValueChecks::toId(record.value(QStringLiteral("id")));
        if (id <= 0 || claimed.contains(id) || verdict.candidates.contains(id))
            continue;
        // Made before we first sent it: someone else's.
        const QDateTime created
            = fromPlatformTime(record.value(QStringLiteral("createdDate")).toString());
        if (created.isValid() && notBefore.isValid() && created < notBefore)
            continue;
        if (sameRecord(item.kind, item.body, record))
            verdict.candidates.append(id);
    }
    if (verdict.candidates.size() == 1) {
        verdict.kind = Verdict::Kind::Found;
        verdict.recordId = verdict.candidates.first();
    } else if (verdict.candidates.size() > 1) {
        verdict.kind = Verdict::Kind::Ambiguous;
    }
    return verdict;
}

UncertainMatch::Next UncertainMatch::after(const OutboxItem &item, const Verdict &verdict,
                                           const QDateTime &now, int landingWindowSeconds)
{
    Next next;
    if (verdict.kind == Verdict::Kind::Found) {
        next.state = OutboxItem::State::Sent;
        next.recordId = verdict.recordId;
        return next;
    }
    if (verdict.kind == Verdict::Kind::Ambiguous) {
        QStringList ids;
        for (qint64 id : verdict.candidates)
            ids << QString::number(id);
        next.state = OutboxItem::State::Uncertain;
        next.text = tr("%n record(s) on the platform could be this one (%1); LeadDesk does not "
                       "guess: say which one it is, or that it is none of them.",
                       nullptr, int(ids.size()))
                        .arg(ids.join(QStringLiteral(", ")));
        next.next = heldForPerson();
        next.candidates = verdict.candidates;
        return next;
    }
    // Not there. When the last attempt got no answer at all, the create may still be on its way
    // in (a slow write): look again once it cannot be, and only then send it again.
    const PlatformError last = PlatformErrorJson::fromJson(item.problems);
    const QDateTime lastSent = item.lastSentAt.isValid() ? item.lastSentAt : item.updatedAt;
    const QDateTime landed = lastSent.addSecs(landingWindowSeconds);
    if (!answered(last) && landed.isValid() && landed > now) {
        next.state = OutboxItem::State::Uncertain;
        next.text = tr("Not on the platform yet, but it may still arrive; LeadDesk looks again "
                       "before it sends it again.");
        next.error = last;
        next.next = landed;
        return next;
    }
    // It never arrived, so it is sent again now.
    next.state = OutboxItem::State::Queued;
    next.text = item.lastError;
    next.next = now;
    return next;
}

QJsonObject UncertainMatch::candidatesJson(const QList<qint64> &candidates)
{
    QJsonArray ids;
    for (qint64 id : candidates)
        ids.append(id);
    return QJsonObject {{QStringLiteral("candidates"), ids}};
}

QList<qint64> UncertainMatch::candidatesIn(const QJsonObject &problems)
{
    QList<qint64> ids;
    for (const QJsonValue &id : problems.value(QStringLiteral("candidates")).toArray())
        ids.append(id.toInteger());
    return ids;
}
