#pragma once

#include <QString>
#include <QStringList>

/// A company as the radar sees it: what is being typed, or one already on
/// the platform (then `id` is its platform id).
struct CompanyCandidate
{
    qint64 id = 0;
    QString businessName;
    QStringList phones;
    QString email;
    QString website;
};
