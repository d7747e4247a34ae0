#pragma once

#include "radar/matchreason.h"
#include "radar/matchstrength.h"

#include <QString>

/// The radar's verdict on one pair of records: how sure, why, and the why in
/// words a person reads next to the field ("same company name once 'Pty Ltd'
/// is ignored"), already translated.
struct RadarMatch
{
    MatchStrength strength = MatchStrength::None;
    MatchReason reason = MatchReason::None;
    QString explanation;

    bool isMatch() const { return strength != MatchStrength::None; }
    bool isStrong() const { return strength == MatchStrength::Strong; }
};
