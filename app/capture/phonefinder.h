#pragma once

#include "capture/capturedphone.h"

#include <QList>
#include <QString>

/// Finds phone numbers in a line of free text together with the label in
/// front of them ("T:", "Mob", "Handy", "Portable :", "Fax" …), which gives
/// their kind. Street numbers, postcodes and years are left alone.
class PhoneFinder
{
public:
    /// The numbers in `line`, as written; each number and its label are cut
    /// out of `line`, leaving a " | " so that the text around stays apart.
    static QList<CapturedPhone> take(QString *line);

    /// The kind a label names ("Mob" → Mobile, "Tél." → Work); nullopt-like
    /// `known` false when `label` is no phone label.
    static PhoneKind kindOf(const QString &label, bool *known);
};
