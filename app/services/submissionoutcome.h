#pragma once

#include "model/fieldproblem.h"
#include "platform/platformerror.h"

#include <QList>
#include <QMetaType>
#include <QString>

/// How one submission ended, as one typed value: the forms, the CLI and the import all read the
/// same facts (DESIGN.md "Architecture": Submission).
struct SubmissionOutcome
{
    enum class Kind
    {
        Created, ///< the platform made it: `recordId`
        Updated, ///< the platform took the correction: `recordId`
        Queued, ///< kept in the outbox and sent by itself later: `reason` says why not now
        Uncertain, ///< it may have arrived: LeadDesk looks before it ever sends it again
        NeedsFix, ///< the platform refused it: `error` names the fields
        Invalid, ///< it breaks the rules here: `problems`, nothing was sent or queued
        NothingToSend, ///< a correction that changes nothing
        Paused, ///< the key, secret or clock was refused: the outbox waits for a fix
        NotKept, ///< the store could not keep it: `reason`, nothing was sent
        CheckFailed, ///< whether someone else changed the record could not be checked: `error`
        Abandoned, ///< the person chose not to save over someone else's changes
    };

    Kind kind = Kind::NotKept;
    quint64 ticket = 0; ///< which submit() this answers
    qint64 itemId = 0; ///< the outbox item, once there is one
    qint64 recordId = 0;
    QString reason;
    PlatformError error;
    QList<FieldProblem> problems;

    bool isSaved() const { return kind == Kind::Created || kind == Kind::Updated; }
    /// Still LeadDesk's to send: it goes out by itself.
    bool isWaiting() const
    {
        return kind == Kind::Queued || kind == Kind::Uncertain || kind == Kind::Paused;
    }
};

Q_DECLARE_METATYPE(SubmissionOutcome)
