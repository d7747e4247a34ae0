#pragma once

#include <QJsonValue>
#include <QString>

class SelectOptions;

/// The value formats the platform checks, one function each. Each returns
/// an empty string when the value is fine, else what is wrong, in words
/// that fit under the field ("not a valid email address").
class ValueChecks
{
public:
    /// null, "", [], {} and an address whose parts are all empty count as not given.
    static bool isEmpty(const QJsonValue &value);

    static QString text(const QJsonValue &value);
    static QString email(const QJsonValue &value);
    /// The checks of a text value on its decoded text (Record::text()):
    /// QJsonValue::toString() allocates, and checking thousands of records
    /// would spend most of its time there.
    static QString emailText(const QString &text);
    /// A JSON integer or a string of digits (with an optional leading '-').
    static QString wholeNumber(const QJsonValue &value);
    /// A whole number usable as an id (positive).
    static QString id(const QJsonValue &value);
    static QString date(const QJsonValue &value);
    static QString dateText(const QString &text);
    static QString select(const QJsonValue &value, const SelectOptions *options);
    static QString selectKey(const QString &key, const SelectOptions *options);
    static QString multiSelect(const QJsonValue &value, const SelectOptions *options);
    static QString address(const QJsonValue &value);
    static QString boolean(const QJsonValue &value);
    /// Strictly true or false (a local switch of the form).
    static QString flag(const QJsonValue &value);
    /// "contact" or "company": whom a lead belongs to.
    static QString contactType(const QJsonValue &value);
    static QString contactTypeText(const QString &text);
    /// The one wording for a value that is not among the allowed ones.
    static QString notAChoice(const QJsonValue &value);

    /// The id in a value that passed id(); 0 otherwise.
    static qint64 toId(const QJsonValue &value);
    static const QStringList &addressKeys();
};
