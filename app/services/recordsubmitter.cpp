#include "services/recordsubmitter.h"

#include "platform/platformanswer.h"

RecordSubmitter::Outcome RecordSubmitter::outcomeOf(const PlatformResult &result, bool update)
{
    Outcome outcome;
    if (!result.ok()) {
        outcome.error = result.error;
        return outcome;
    }
    const PlatformAnswer::Write write = PlatformAnswer::ofWrite(result.data);
    if (!write.ok()) {
        outcome.error = write.error;
        return outcome;
    }
    outcome.id = write.id;
    outcome.ok = true;
    outcome.created = !update;
    return outcome;
}
