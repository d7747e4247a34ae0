#pragma once

#include "model/outboxitem.h"
#include "platform/platformerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

/// Finding an uncertain create on the platform (DESIGN.md "Store: drafts, outbox"): the list
/// query that would show it, and whether a listed record is ours. Pure, so every way a look-up can
/// go wrong — someone else's look-alike, two candidates, a name the platform trimmed — is a
/// one-line test.
///
/// A record is ours only when every field the list returns that we sent agrees (text trimmed,
/// case aside; ids as numbers), it was created no earlier than our first attempt (in the
/// platform's time), and no other outbox item has claimed it. Two such records are never guessed
/// between.
class UncertainMatch
{
    Q_DECLARE_TR_FUNCTIONS(UncertainMatch)

public:
    struct Query
    {
        QString nameSpace;
        QString action;
        QJsonObject body;
    };

    struct Verdict
    {
        enum class Kind
        {
            Found, ///< exactly one record is ours
            NotFound, ///< none is
            Ambiguous ///< more than one could be: a person decides
        };
        Kind kind = Kind::NotFound;
        qint64 recordId = 0;
        QList<qint64> candidates;
    };

    /// What follows a look-up (DESIGN.md "uncertain"): sent as the one record found; held for
    /// a person when several could be it; looked for again while a create that got no answer
    /// may still be landing; otherwise sent again now.
    struct Next
    {
        OutboxItem::State state = OutboxItem::State::Queued;
        QString text;
        PlatformError error; ///< kept with the item (what its last attempt got)
        QDateTime next;
        qint64 recordId = 0;
        QList<qint64> candidates;
    };

    /// The look-up for `item`, listing records created or changed since `notBefore` (the
    /// platform's time).
    static Query queryFor(const OutboxItem &item, const QDateTime &notBefore);
    /// Judges the records a look-up listed. `claimed` holds ids other items already hold.
    static Verdict judge(const OutboxItem &item, const QJsonArray &listed,
                         const QSet<qint64> &claimed, const QDateTime &notBefore);
    static Next after(const OutboxItem &item, const Verdict &verdict, const QDateTime &now,
                      int landingWindowSeconds);
    /// Whether `listed` (as the platform lists it) could be the record `body` created.
    static bool sameRecord(const QString &kind, const QJsonObject &body, const QJsonObject &listed);
    /// The ids in `listed`, for asking which are claimed.
    static QList<qint64> idsIn(const QJsonArray &listed);
    /// The next attempt of an item that waits for a person: two records could be it.
    static QDateTime heldForPerson();
    /// How an item held for a person keeps its candidates (in place of its problems), and back.
    static QJsonObject candidatesJson(const QList<qint64> &candidates);
    static QList<qint64> candidatesIn(const QJsonObject &problems);
    /// The platform's timestamp format ("2026-12-07 10:15:00 UTC").
    static QString platformTime(const QDateTime &utc);
    static QDateTime fromPlatformTime(const QString &text);
};
