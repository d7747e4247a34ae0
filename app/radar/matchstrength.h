#pragma once

/// How sure the radar is that two records are the same one. A strong match
/// makes Submit ask before creating; a possible one is only offered.
enum class MatchStrength
{
    None,
    Possible,
    Strong,
};
