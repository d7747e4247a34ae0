#pragma once

#include "model/recordkind.h"

#include <QCoreApplication>
#include <QJsonObject>

struct FieldDefinition;
class LookupCatalog;
class Record;
class RecordFields;

/// Between a Record and the JSON body of addOrUpdateLead/Company/Contact, as
/// pure functions: the body to send (ids as JSON numbers, empty fields left
/// out, custom fields in each kind's shape, an inline contact/company nested,
/// in update mode only `id` and what changed), and a body read into a Record.
class RecordBody
{
    Q_DECLARE_TR_FUNCTIONS(RecordBody)

public:
    static QJsonObject build(const Record &record, const LookupCatalog &catalog);
    /// The record `body` describes; what is not a field of `kind` (or not in
    /// the shape the API takes) becomes one of its load problems, naming it.
    /// With an `id` the record is an update and null empties a field.
    static Record load(RecordKind kind, const QJsonObject &body, const LookupCatalog &catalog);

    /// The key custom-field values use in each kind's body.
    static QString customValueKey(RecordKind kind);
    /// An id as the platform takes it: a JSON number ("100" becomes 100);
    /// anything that is not an id is left as it is, for the rules to name.
    static QJsonValue wireId(const QJsonValue &value);

private:
    static QJsonValue wireValue(const FieldDefinition &field, const QJsonValue &value);
    static void loadCustomFields(Record &record, const QJsonValue &value,
                                 const RecordFields &fields);
    static void loadNested(Record &lead, const QString &key, const QJsonValue &value,
                           const LookupCatalog &catalog);
    static void checkBelongsTo(Record &lead, const QJsonObject &body);
};
