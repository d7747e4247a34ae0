#include "model/outboxitem.h"

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::NeedsFix:
        return QStringLiteral("needs-fix");
    case State::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QString();
}

OutboxItem::State OutboxItem::stateFromName(const QString &name)
{
    for (State state : {State::Draft, State::Queued, State::Sending, State::Sent, State::NeedsFix,
                        State::Uncertain})
        if (stateName(state) == name)
            return state;
    return State::Draft;
}
