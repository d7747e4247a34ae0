#include "services/outboxplan.h"

OutboxPlan OutboxPlan::make(const Input &in)
{
    OutboxPlan plan;
    // Enough is taken to fill every free slot and keep `takeAhead` waiting, so a freed slot is
    // used at once and the disk syncs once per chunk instead of twice per item.
    // Batching, a free slot carries a whole batch run instead of one request.
    const int room = in.maxInFlight - in.inFlight;
    const int perSlot = in.batching ? qMax(1, in.batchSize) : 1;
    const bool runningLow = in.taking && in.mayBeDue
        && in.ready < (in.batching ? qMax(0, room) * perSlot + in.maxInFlight : in.maxInFlight);
    plan.take
        = runningLow ? qMax(0, room * perSlot + qMax(in.maxInFlight, in.takeAhead) - in.ready) : 0;
    plan.putBack = !in.taking && in.ready > 0;
    // Answers are written with the next batch, or on their own once they have waited long
    // enough, or when nothing else will come to carry them.
    const bool answersDue = in.answers > 0
        && (!in.taking || (in.inFlight == 0 && in.ready == 0)
            || in.oldestAnswerAgeMs >= in.answerDelayMs);
    if (in.writeBlocked) {
        plan.take = 0;
        plan.putBack = false;
        return plan;
    }
    plan.write = plan.take > 0 || plan.putBack || answersDue;
    if (!plan.write && in.answers > 0)
        plan.againInMs = qMax<qint64>(0, in.answerDelayMs - in.oldestAnswerAgeMs);
    return plan;
}

QList<int> OutboxPlan::batchOf(const QList<Taken> &taken, int batchThreshold, int batchSize)
{
    QList<int> creates;
    for (int i = 0; i < taken.size(); ++i) {
        const OutboxItem &item = taken.at(i).item;
        const bool kind = item.kind == QLatin1String("lead")
            || item.kind == QLatin1String("contact") || item.kind == QLatin1String("company");
        if (kind && !item.isUpdate() && !taken.at(i).lookUp)
            creates.append(i);
    }
    if (creates.size() <= batchThreshold)
        return {};
    return creates.mid(0, qMax(1, batchSize));
}
