#pragma once

#include "radar/radarmatch.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

/// One existing record the radar offers instead of the one being typed: which, how sure and
/// why ("Acme Conferences Pty Ltd (1000) — same company name once 'Pty Ltd' is ignored").
struct RadarFinding
{
    QString kind; ///< "contact" or "company"
    qint64 id = 0;
    QString label; ///< "Acme Conferences Pty Ltd"
    RadarMatch match;
    QJsonObject record; ///< the record as the platform lists it

    bool isStrong() const { return match.isStrong(); }
};

using RadarFindings = QList<RadarFinding>;

Q_DECLARE_METATYPE(RadarFinding)
