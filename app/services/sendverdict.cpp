#include "services/sendverdict.h"

#include "services/recordsubmitter.h"

SendVerdict SendVerdict::of(bool update, const PlatformResult &result)
{
    using Kind = PlatformError::Kind;
    SendVerdict verdict;
    const RecordSubmitter::Outcome outcome = RecordSubmitter::outcomeOf(result, update);
    if (outcome.ok) {
        verdict.state = OutboxItem::State::Sent;
        verdict.recordId = outcome.id;
        return verdict;
    }
    const PlatformError &error = outcome.error;
    verdict.error = error;
    verdict.text = error.toString();
    if (error.isCredentialProblem() || error.isStaleRequest()) {
        // Nothing was accepted; every item waits until the profile is fixed.
        verdict.state = OutboxItem::State::Queued;
        verdict.pauseReason = error.isStaleRequest()
            ? tr("The platform says this computer's clock is wrong: %1").arg(verdict.text)
            : tr("The platform refused the API key or secret: %1").arg(verdict.text);
        return verdict;
    }
    if (!error.isTransient() && error.kind != Kind::Cancelled) {
        verdict.state = OutboxItem::State::NeedsFix;
        return verdict;
    }
    verdict.unreachable
        = error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls;
    // An answer came back (busy, failed, unreadable): the request arrived, and a busy platform
    // may still have made the record. Without one, it may have arrived when it went out.
    const bool answered
        = error.kind == Kind::Http || error.kind == Kind::Platform || error.kind == Kind::Malformed;
    verdict.state = !update && (answered || error.requestMayHaveArrived)
        ? OutboxItem::State::Uncertain
        : OutboxItem::State::Queued;
    return verdict;
}
