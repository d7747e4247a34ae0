#pragma once

#include "model/fieldproblem.h"
#include "model/fieldstate.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVector>

class LookupCatalog;
class Record;
class RecordModel;

/// The platform's rules for each record kind as pure functions over a
/// Record (DESIGN.md "Conditional required rules"): which fields are
/// required and shown now, each value's problem, the checks across fields,
/// and which fields a change empties. The forms, the CLI, the outbox and the
/// import all judge a record here.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)

public:
    /// What the rules decide for each field of `record`, in the order of
    /// `catalog.fields(record.kind())`: what RecordModel shows per row.
    static QVector<FieldState> states(const Record &record, const LookupCatalog &catalog);
    /// Every problem of the record: its load problems, each shown field's
    /// value problem or requiredMessage() for a required field left empty, and
    /// those of the new contact/company a lead uses ("contact.email"); in form order.
    static QList<FieldProblem> check(const Record &record, const LookupCatalog &catalog);
    /// The one wording for a required field left empty.
    static QString requiredMessage();

    /// A lead that belongs to a company (contactType "company").
    static bool isCompanyLead(const Record &lead);
    /// A lead whose contact is created with it.
    static bool usesNestedContact(const Record &lead);
    /// A company lead whose company is created with it.
    static bool usesNestedCompany(const Record &lead);
    /// Whether a field of a lead takes part now, given whom the lead belongs
    /// to: contactId only for a contact lead with an existing contact,
    /// companyId and companyLeadContactId only for a company lead with an
    /// existing company and contact. Other fields always take part.
    static bool belongsToApplies(const Record &lead, const QString &key);

    /// The field whose value a field's choices follow ("typeId" for
    /// "subtypeId"); empty when its choices stand alone.
    static QString optionsParent(const QString &key);
    /// The fields whose choices follow `key` (and so lose their value when it changes).
    static QStringList dependants(const QString &key);
    /// Empties the fields whose choices followed `changedKey`'s old value;
    /// returns the keys it emptied.
    static QStringList clearDependants(Record &record, const QString &changedKey);
    /// What a blank record holds before anyone types: a lead belongs to a contact.
    static void applyDefaults(Record &record);

    // For callers written before Record; prefer the overloads above with
    // RecordModel::record().
    static bool isCompanyLead(const RecordModel &lead);
    static bool usesNestedContact(const RecordModel &lead);
    static bool usesNestedCompany(const RecordModel &lead);

private:
    class Rows;

    /// Runs every rule over `record` into `rows`.
    static void evaluate(const Record &record, const LookupCatalog &catalog, Rows &rows);
    static void applyLead(const Record &lead, const LookupCatalog &catalog, Rows &rows);
    static void applyLeadType(const Record &lead, const LookupCatalog &catalog, Rows &rows);
    static void applyLeadStage(const LookupCatalog &catalog, Rows &rows);
    static void applyBelongsTo(const Record &lead, const LookupCatalog &catalog, Rows &rows);
    static void applyContact(const Record &contact, Rows &rows);
    static void applyCompany(const Record &company, Rows &rows);
    static bool isLinkList(const QJsonValue &value);
    /// "Noor Haddad <noor@example.com> is not a contact of Acme …": the records by name.
    static QString notOfCompany(const LookupCatalog &catalog, qint64 contactId, qint64 companyId);
};
