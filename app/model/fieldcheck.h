#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

struct FieldDefinition;
class LookupCatalog;

/// One field's value on its own, by the field's type: the checks that need
/// no other field (a reference exists, a select key is one of the choices, a
/// date is a date). Empty when fine, else what is wrong in words that fit
/// under the field. Rules across fields are RecordRules'.
class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)

public:
    /// `value` is not empty (ValueChecks::isEmpty); `text` is its decoded
    /// text when it is a string (Record::text()), so no check decodes it again.
    static QString check(const FieldDefinition &field, const QJsonValue &value, const QString &text,
                         const LookupCatalog &catalog);

private:
    static QString choice(const FieldDefinition &field, const QJsonValue &value,
                          const LookupCatalog &catalog);
    static QString enumValue(const FieldDefinition &field, const QJsonValue &value);
    static QString idList(const QJsonValue &value);
};
