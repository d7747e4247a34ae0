#pragma once

#include "model/fieldproblem.h"
#include "model/lookupcatalog.h"
#include "model/recordkind.h"
#include "services/outboxchange.h"
#include "services/staleeditcheck.h"
#include "services/submissionoutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class Outbox;
class PlatformClient;
class QTimer;
class RecordModel;

/// The one submission path (DESIGN.md "Architecture"): a record is checked, kept in the outbox
/// (on disk before anything goes out), sent by the outbox exactly once, and answered with one
/// typed SubmissionOutcome. The forms, the CLI and the import all submit through here; none
/// decides on its own what an answer means.
///
/// A form does not wait long for a slow platform: after `releaseAfterMs` the record is left to
/// the outbox (Queued) and goes out by itself. The CLI waits for the first answer instead.
class Submission : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        RecordKind kind = RecordKind::Lead;
        QString title;
        QJsonObject draft; ///< the form's whole state, to reopen it exactly
        QJsonObject body; ///< the request body to send
        qint64 itemId = 0; ///< its draft, when it has one
        /// How long to wait for an answer before the record is left to the outbox (a form does
        /// not hold the rep); -1 waits for the first answer, however long (the CLI).
        int releaseAfterMs = -1;
    };

    Submission(Outbox *outbox, PlatformClient *client, QObject *parent = nullptr);
    ~Submission() override;

    /// The lookups the rules check against.
    void setCatalog(std::shared_ptr<const LookupCatalog> catalog);
    /// Another profile's outbox. What waited for the old one is left to it (Queued).
    void setOutbox(Outbox *outbox);

    /// The problems the rules find in `body`; empty when it may be sent.
    static QList<FieldProblem> check(RecordKind kind, const QJsonObject &body,
                                     std::shared_ptr<const LookupCatalog> catalog);

    /// Checks, queues and sends `request`; finished() answers once, naming the returned ticket.
    quint64 submit(const Request &request);
    /// A body from a file or a script: its title and the form state that reopens it are made
    /// from the body itself.
    quint64 submitBody(RecordKind kind, const QJsonObject &body);
    /// A correction of a record opened when the platform said it was last modified at
    /// `openedModified`: it is read again first, and when someone else changed it meanwhile
    /// othersChanged() asks the person before anything is sent.
    quint64 submitUpdate(const Request &request, const RecordModel &model,
                         const QString &openedModified);
    /// After othersChanged(): send `rebased` (the person's choice applied to the fresh record).
    void resolveStale(quint64 ticket, const Request &rebased);
    /// After othersChanged(): nothing is sent.
    void abandon(quint64 ticket);
    /// After a checked update was saved: learns the record's new modifiedDate (our own save
    /// moved it), so the next save of the same form checks against it (modifiedLearned()).
    quint64 learnModified(const RecordModel &model);

    /// The ticket is still on its way: a stale-edit check, or an item waiting for its answer.
    bool isBusy(quint64 ticket) const;

Q_SIGNALS:
    /// The record went into the outbox as `itemId` and is on its way.
    void queued(quint64 ticket, qint64 itemId);
    /// Someone else changed the record since it was opened: resolveStale() or abandon().
    void othersChanged(quint64 ticket, const QList<StaleEditCheck::Difference> &differences,
                       const QJsonObject &fresh, const QString &freshModified);
    void finished(const SubmissionOutcome &outcome);
    void modifiedLearned(quint64 ticket, const QString &modified);

private:
    struct Waiting
    {
        quint64 ticket = 0;
        bool update = false;
        QTimer *release = nullptr;
    };
    struct Check
    {
        StaleEditCheck *check = nullptr;
        Request request;
    };

    quint64 enqueue(const Request &request, quint64 ticket);
    void onItemChanged(const OutboxChange &change);
    void finish(SubmissionOutcome outcome);
    void finishWaiting(qint64 itemId, SubmissionOutcome outcome);
    StaleEditCheck *startCheck(quint64 ticket, const Request &request);
    void endCheck(quint64 ticket);

    Outbox *m_outbox;
    PlatformClient *m_client;
    std::shared_ptr<const LookupCatalog> m_catalog;
    quint64 m_nextTicket = 1;
    QHash<qint64, Waiting> m_waiting; ///< by outbox item
    QHash<quint64, Check> m_checks; ///< by ticket
};
