#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/// A record on its way to the platform: a draft being typed, or an item the
/// outbox sends (DESIGN.md "Store: drafts, outbox").
struct OutboxItem
{
    enum class State
    {
        Draft,
        Queued,
        Sending,
        Sent,
        NeedsFix,
        Uncertain
    };

    qint64 id = 0; ///< local id
    QString profile;
    QString kind; ///< "lead", "company" or "contact"
    State state = State::Draft;
    QString title; ///< what a person recognises it by (the lead's name …)
    /// The form's whole state (RecordModel::draftState()): restores it exactly.
    QJsonObject draft;
    /// The request body, fixed when the item was queued.
    QJsonObject body;
    qint64 recordId = 0; ///< the platform's id once sent
    int attempts = 0;
    QString lastError;
    /// The platform's words for a needs-fix item: {"message", "additionalMessages"}.
    QJsonObject problems;
    QDateTime nextAttemptAt;
    /// When a create first went out: an uncertain one is looked for after it.
    QDateTime firstSentAt;
    /// When it last went out: a create may still land on the platform for a while after.
    QDateTime lastSentAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isUpdate() const { return body.contains(QStringLiteral("id")); }
    /// Still LeadDesk's to send (not sent, not a draft).
    bool isPending() const
    {
        return state == State::Queued || state == State::Sending || state == State::Uncertain;
    }

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};
