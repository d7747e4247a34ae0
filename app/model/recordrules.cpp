#include "model/recordrules.h"

#include "model/fieldcheck.h"
#include "model/fieldkeys.h"
#include "model/lookupcatalog.h"
#include "model/lookupnames.h"
#include "model/record.h"
#include "model/recordlabel.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>

namespace {
/// Choices that follow another field's value: (parent, dependant).
const QList<QPair<QString, QString>> &dependantPairs()
{
    static const QList<QPair<QString, QString>> pairs {
        {FieldKeys::typeId, FieldKeys::subtypeId},
        {FieldKeys::stageId, FieldKeys::stageReasonId},
    };
    return pairs;
}

/// The fields that say whom a lead belongs to, which take part only for one kind of lead.
const QStringList &belongsToKeys()
{
    static const QStringList keys {FieldKeys::contactId, FieldKeys::companyId,
                                   FieldKeys::companyLeadContactId};
    return keys;
}

/// What the platform requires of a new record of each kind, and an update may not empty.
const QStringList &leadRequiredOnCreate()
{
    static const QStringList keys {FieldKeys::name, FieldKeys::sourceId, FieldKeys::typeId,
                                   FieldKeys::stageId};
    return keys;
}

const QStringList &contactRequiredOnCreate()
{
    static const QStringList keys {FieldKeys::firstName, FieldKeys::lastName, FieldKeys::email};
    return keys;
}
} // namespace

/// The states the rules give a record's fields, kept as the ones that
/// differ from where each field starts (RecordFields::initialStates), and
/// which fields hold a value: what a form shows and what a check reports
/// come from the same few entries, without a state per field of a
/// 300-field schema for each of 10,000 records.
class RecordRules::Rows
{
public:
    Rows(const Record &record, const RecordFields &fields)
        : m_record(record)
        , m_fields(fields)
        , m_initial(fields.initialStates(record.isUpdate()))
        , m_slot(fields.size(), -1)
        , m_filled(fields.size(), false)
    { }

    FieldState &at(int index)
    {
        int &slot = m_slot[index];
        if (slot < 0) {
            slot = int(m_changed.size());
            m_changed.append({index, m_initial.at(index)});
        }
        return m_changed[slot].second;
    }
    FieldState &operator[](const QString &key)
    {
        const int index = m_fields.indexOf(key);
        return index < 0 ? m_unused : at(index);
    }
    void require(const QString &key) { (*this)[key].required = true; }
    void hide(const QString &key) { (*this)[key].visible = false; }
    /// The first problem found for a field is the one it shows.
    void fail(const QString &key, const QString &message)
    {
        FieldState &s = (*this)[key];
        if (s.error.isEmpty())
            s.error = message;
    }
    QJsonValue value(const QString &key) const { return m_record.value(key); }
    bool has(const QString &key) const { return m_record.has(key); }
    bool hasError(const QString &key) { return !(*this)[key].error.isEmpty(); }
    /// In an update, what the platform requires on create cannot be emptied.
    void keepFilled(const QStringList &keys)
    {
        for (const QString &key : keys)
            if (!has(key)
                && (!ValueChecks::isEmpty(m_record.original(key)) || m_record.wasEmptied(key)))
                fail(key, RecordRules::tr("cannot be emptied"));
    }
    /// The value now, or the loaded record's when an update leaves it alone.
    qint64 effectiveId(const QString &key) const
    {
        return ValueChecks::toId(m_record.effectiveValue(key));
    }

    void markFilled(int index) { m_filled[index] = true; }
    bool isFilled(int index) const { return m_filled.at(index); }
    /// The state of `index`: its entry, else where it starts.
    const FieldState &state(int index) const
    {
        const int slot = m_slot.at(index);
        return slot < 0 ? m_initial.at(index) : m_changed.at(slot).second;
    }
    const QVarLengthArray<QPair<int, FieldState>, 32> &changed() const { return m_changed; }

private:
    const Record &m_record;
    const RecordFields &m_fields;
    const QVector<FieldState> &m_initial;
    QVarLengthArray<int, 512> m_slot; ///< per field: its entry in m_changed, or -1
    QVarLengthArray<bool, 512> m_filled;
    QVarLengthArray<QPair<int, FieldState>, 32> m_changed;
    FieldState m_unused;
};

void RecordRules::evaluate(const Record &record, const LookupCatalog &catalog, Rows &rows)
{
    const RecordFields &fields = catalog.fields(record.kind());
    // Only the filled fields have a value to check: a 300-field record with
    // ten values costs ten checks.
    const QHash<QString, Record::Entry> &entries = record.entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const int index = fields.indexOf(it.key());
        if (index < 0 || it->blank)
            continue;
        rows.markFilled(index);
        const FieldDefinition &f = fields.at(index);
        if (!f.active)
            continue;
        const QString error = FieldCheck::check(f, it->value, it->text, catalog);
        if (!error.isEmpty())
            rows.at(index).error = error;
    }
    switch (record.kind()) {
    case RecordKind::Lead:
        applyLead(record, catalog, rows);
        break;
    case RecordKind::Contact:
        applyContact(record, rows);
        break;
    case RecordKind::Company:
        applyCompany(record, rows);
        break;
    }
}

QVector<FieldState> RecordRules::states(const Record &record, const LookupCatalog &catalog)
{
    const RecordFields &fields = catalog.fields(record.kind());
    Rows rows(record, fields);
    evaluate(record, catalog, rows);
    QVector<FieldState> states = fields.initialStates(record.isUpdate());
    for (const auto &[index, state] : rows.changed())
        states[index] = state;
    return states;
}

QList<FieldProblem> RecordRules::check(const Record &record, const LookupCatalog &catalog)
{
    const RecordFields &fields = catalog.fields(record.kind());
    Rows rows(record, fields);
    evaluate(record, catalog, rows);
    // The fields that can have a problem: those the rules touched, and the
    // required custom fields of a new record; in form order.
    QVarLengthArray<int, 64> candidates;
    for (const auto &entry : rows.changed())
        candidates.append(entry.first);
    if (!record.isUpdate())
        for (int index : fields.requiredCustom())
            candidates.append(index);
    std::sort(candidates.begin(), candidates.end());
    QList<FieldProblem> list = record.loadProblems();
    int previous = -1;
    for (int index : candidates) {
        const FieldState &s = rows.state(index);
        if (index == previous || !s.visible)
            continue;
        previous = index;
        const FieldDefinition &f = fields.at(index);
        if (!s.error.isEmpty())
            list.append({f.key, f.label, s.error});
        else if (s.required && !rows.isFilled(index))
            list.append({f.key, f.label, requiredMessage()});
    }
    auto addNested = [&list, &catalog](const Record &nested, const QString &prefix) {
        for (FieldProblem p : check(nested, catalog)) {
            p.key = p.key.isEmpty() ? prefix : prefix + QLatin1Char('.') + p.key;
            list.append(p);
        }
    };
    if (usesNestedContact(record))
        addNested(record.nestedContact(), FieldKeys::contact);
    if (usesNestedCompany(record))
        addNested(record.nestedCompany(), FieldKeys::company);
    return list;
}

QString RecordRules::requiredMessage()
{
    return tr("required");
}

bool RecordRules::isCompanyLead(const Record &lead)
{
    return lead.kind() == RecordKind::Lead
        && lead.text(FieldKeys::contactType) == FieldKeys::companyLead;
}

bool RecordRules::usesNestedContact(const Record &lead)
{
    return lead.kind() == RecordKind::Lead && lead.value(FieldKeys::newContact).toBool(false);
}

bool RecordRules::usesNestedCompany(const Record &lead)
{
    return isCompanyLead(lead) && lead.value(FieldKeys::newCompany).toBool(false);
}

bool RecordRules::belongsToApplies(const Record &lead, const QString &key)
{
    if (lead.kind() != RecordKind::Lead)
        return true;
    const bool companyLead = isCompanyLead(lead);
    if (key == FieldKeys::contactId)
        return !companyLead && !usesNestedContact(lead);
    if (key == FieldKeys::companyId)
        return companyLead && !usesNestedCompany(lead);
    if (key == FieldKeys::companyLeadContactId)
        return companyLead && !usesNestedContact(lead);
    return true;
}

QString RecordRules::optionsParent(const QString &key)
{
    for (const auto &[parent, dependant] : dependantPairs())
        if (dependant == key)
            return parent;
    return QString();
}

QStringList RecordRules::dependants(const QString &key)
{
    QStringList keys;
    for (const auto &[parent, dependant] : dependantPairs())
        if (parent == key)
            keys.append(dependant);
    return keys;
}

QStringList RecordRules::clearDependants(Record &record, const QString &changedKey)
{
    QStringList cleared;
    if (record.kind() != RecordKind::Lead)
        return cleared;
    // Dependent options belong to their parent; a new parent empties them.
    for (const QString &dependant : dependants(changedKey))
        if (record.setValue(dependant, QJsonValue()))
            cleared.append(dependant);
    return cleared;
}

void RecordRules::applyDefaults(Record &record)
{
    // A lead belongs to a contact until the rep says company; the editor shows it.
    if (record.kind() == RecordKind::Lead && !record.has(FieldKeys::contactType))
        record.setValue(FieldKeys::contactType, FieldKeys::contactLead);
}

bool RecordRules::isCompanyLead(const RecordModel &lead)
{
    return isCompanyLead(lead.record());
}

bool RecordRules::usesNestedContact(const RecordModel &lead)
{
    return usesNestedContact(lead.record());
}

bool RecordRules::usesNestedCompany(const RecordModel &lead)
{
    return usesNestedCompany(lead.record());
}

void RecordRules::applyLead(const Record &lead, const LookupCatalog &catalog, Rows &rows)
{
    if (!lead.isUpdate()) {
        for (const QString &key : leadRequiredOnCreate())
            rows.require(key);
    } else {
        rows.keepFilled(leadRequiredOnCreate());
    }
    applyLeadType(lead, catalog, rows);
    applyLeadStage(catalog, rows);
    applyBelongsTo(lead, catalog, rows);
}

void RecordRules::applyLeadType(const Record &lead, const LookupCatalog &catalog, Rows &rows)
{
    // Subtype: required when the chosen type has subtypes, and one of them.
    const qint64 typeId = rows.effectiveId(FieldKeys::typeId);
    const bool typeKnown = typeId > 0 && catalog.contains(LookupNames::types, typeId);
    const bool hasSubtypes = typeKnown && catalog.typeHasSubtypes(typeId);
    if (!hasSubtypes && !rows.has(FieldKeys::subtypeId))
        rows.hide(FieldKeys::subtypeId);
    if (!lead.isUpdate() && hasSubtypes)
        rows.require(FieldKeys::subtypeId);
    if (!rows.has(FieldKeys::subtypeId) || rows.hasError(FieldKeys::subtypeId) || !typeKnown)
        return;
    const qint64 subtypeId = ValueChecks::toId(rows.value(FieldKeys::subtypeId));
    const QString typeLabel = catalog.label(LookupNames::types, typeId);
    if (!hasSubtypes)
        rows.fail(FieldKeys::subtypeId, tr("%1 has no subtypes").arg(typeLabel));
    else if (!catalog.isSubtypeOf(subtypeId, typeId))
        rows.fail(FieldKeys::subtypeId,
                  tr("subtype %1 is not a subtype of %2").arg(subtypeId).arg(typeLabel));
}

void RecordRules::applyLeadStage(const LookupCatalog &catalog, Rows &rows)
{
    // Stage reason: optional, but one of the chosen stage's reasons.
    const qint64 stageId = rows.effectiveId(FieldKeys::stageId);
    const bool stageKnown = stageId > 0 && catalog.contains(LookupNames::stages, stageId);
    if (stageKnown && catalog.options(LookupNames::reasons, stageId).isEmpty()
        && !rows.has(FieldKeys::stageReasonId))
        rows.hide(FieldKeys::stageReasonId);
    if (!rows.has(FieldKeys::stageReasonId) || rows.hasError(FieldKeys::stageReasonId)
        || !stageKnown)
        return;
    const qint64 reasonId = ValueChecks::toId(rows.value(FieldKeys::stageReasonId));
    if (!catalog.isReasonOf(reasonId, stageId))
        rows.fail(FieldKeys::stageReasonId,
                  tr("reason %1 is not a reason of stage %2")
                      .arg(reasonId)
                      .arg(catalog.label(LookupNames::stages, stageId)));
}

void RecordRules::applyBelongsTo(const Record &lead, const LookupCatalog &catalog, Rows &rows)
{
    // Belongs to a company or a contact (contact_add-or-update-lead.md).
    for (const QString &key : belongsToKeys()) {
        if (!belongsToApplies(lead, key))
            rows.hide(key);
        else if (!lead.isUpdate())
            rows.require(key);
    }
    if (!isCompanyLead(lead)) {
        rows.hide(FieldKeys::newCompany);
        if (!lead.isUpdate())
            rows.require(FieldKeys::industryId);
        return;
    }
    const bool newCompany = usesNestedCompany(lead);
    const bool newContact = usesNestedContact(lead);
    if (newCompany && !newContact && rows.has(FieldKeys::companyLeadContactId))
        rows.fail(FieldKeys::companyLeadContactId,
                  tr("a new company has no contacts yet; create the contact too"));
    const qint64 companyId = ValueChecks::toId(rows.value(FieldKeys::companyId));
    const qint64 contactId = ValueChecks::toId(rows.value(FieldKeys::companyLeadContactId));
    if (newCompany || newContact || companyId <= 0 || contactId <= 0
        || rows.hasError(FieldKeys::companyLeadContactId))
        return;
    const auto companies = catalog.companiesOfContact(contactId);
    if (companies && !companies->contains(companyId))
        rows.fail(FieldKeys::companyLeadContactId, notOfCompany(catalog, contactId, companyId));
}

QString RecordRules::notOfCompany(const LookupCatalog &catalog, qint64 contactId, qint64 companyId)
{
    // Named as the pickers name them: ids mean nothing to the rep who picked by name.
    QString contact = RecordLabel::of(QStringLiteral("contact"), catalog.knownContact(contactId));
    QString company = RecordLabel::of(QStringLiteral("company"), catalog.knownCompany(companyId));
    if (contact.isEmpty())
        contact = tr("contact %1").arg(contactId);
    if (company.isEmpty())
        company = tr("company %1").arg(companyId);
    return tr("%1 is not a contact of %2; pick one of its contacts").arg(contact, company);
}

bool RecordRules::isLinkList(const QJsonValue &value)
{
    bool ok = value.isArray();
    const QJsonArray links = value.toArray();
    for (const QJsonValue &link : links)
        ok = ok && link.isObject() && link.toObject().value(QStringLiteral("ref")).isString();
    return ok;
}

void RecordRules::applyContact(const Record &contact, Rows &rows)
{
    if (!contact.isUpdate()) {
        for (const QString &key : contactRequiredOnCreate())
            rows.require(key);
    } else {
        rows.keepFilled(contactRequiredOnCreate());
    }
    const QJsonValue groups = rows.value(FieldKeys::groups);
    if (!ValueChecks::isEmpty(groups)) {
        bool ok = groups.isArray();
        const QJsonArray groupList = groups.toArray();
        for (const QJsonValue &g : groupList)
            ok = ok && g.isObject()
                && ValueChecks::id(g.toObject().value(FieldKeys::groupId)).isEmpty();
        if (!ok)
            rows.fail(FieldKeys::groups, tr("must be a list of {\"groupId\": number}"));
    }
    const QJsonValue urls = rows.value(FieldKeys::externalUrls);
    if (!ValueChecks::isEmpty(urls)) {
        if (!isLinkList(urls))
            rows.fail(FieldKeys::externalUrls, tr("must be a list of links, each with a ref"));
        else if (urls.toArray().size() > 3)
            rows.fail(FieldKeys::externalUrls, tr("at most 3 external links"));
    }
}

void RecordRules::applyCompany(const Record &company, Rows &rows)
{
    if (!company.isUpdate())
        rows.require(FieldKeys::businessName);
    else
        rows.keepFilled({FieldKeys::businessName});
    const QJsonValue urls = rows.value(FieldKeys::externalUrls);
    if (!ValueChecks::isEmpty(urls)) {
        if (!isLinkList(urls))
            rows.fail(FieldKeys::externalUrls, tr("must be a list of links, each with a ref"));
        else if (urls.toArray().size() > 3)
            rows.fail(FieldKeys::externalUrls, tr("at most 3 external links"));
    }
    const QJsonValue primary = rows.value(FieldKeys::primaryContact);
    if (!ValueChecks::isEmpty(primary) && !primary.isObject())
        rows.fail(FieldKeys::primaryContact, tr("must be a contact object"));
}
