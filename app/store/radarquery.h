#pragma once

#include <QString>
#include <QStringList>

/// What a record being typed is looked up by in the radar's index: any one key that agrees
/// (or the folded text containing `text`) makes a stored record a candidate for the matchers.
struct RadarQuery
{
    QString email;
    QString person;
    QString company;
    QString domain;
    QStringList phones;
    /// Folded words of a name, each at least three letters, found anywhere in a stored name.
    QStringList words;
};
