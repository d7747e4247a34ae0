#pragma once

#include <QString>
#include <QStringList>

/// A contact as the radar sees it: what is being typed, or one already on
/// the platform (then `id` is its platform id).
struct ContactCandidate
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QStringList phones;
    QString companyName;
};
