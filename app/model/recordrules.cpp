#include "model/recordrules.h"

#include "model/recordmodel.h"
#include "model/valuechecks.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordRules", text);
}

/// Reads and writes the states of one model by key.
class Rows
{
public:
    Rows(const RecordModel &model, QVector<FieldState> &states)
        : m_model(model)
        , m_states(states)
    { }

    FieldState *operator[](const char *key)
    {
        const int row = m_model.rowOf(QLatin1String(key));
        return row < 0 ? &m_unused : &m_states[row];
    }
    void require(const char *key) { (*this)[key]->required = true; }
    void hide(const char *key) { (*this)[key]->visible = false; }
    void fail(const char *key, const QString &message)
    {
        FieldState *s = (*this)[key];
        if (s->error.isEmpty())
            s->error = message;
    }
    QJsonValue value(const char *key) const { return m_model.value(QLatin1String(key)); }
    bool has(const char *key) const { return !ValueChecks::isEmpty(value(key)); }
    bool hasError(const char *key) { return !(*this)[key]->error.isEmpty(); }
    /// In an update, what the platform requires on create cannot be emptied.
    void keepFilled(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            if (!has(key)
                && (!ValueChecks::isEmpty(m_model.original(QLatin1String(key)))
                    || m_model.wasEmptied(QLatin1String(key))))
                fail(key, QCoreApplication::translate("RecordRules", "cannot be emptied"));
    }
    /// The value now, or the loaded record's when an update leaves it alone.
    qint64 effectiveId(const char *key) const
    {
        const QJsonValue now = value(key);
        return ValueChecks::toId(ValueChecks::isEmpty(now) ? m_model.original(QLatin1String(key))
                                                           : now);
    }

private:
    const RecordModel &m_model;
    QVector<FieldState> &m_states;
    FieldState m_unused;
};

bool flag(const RecordModel &model, const char *key)
{
    return model.value(QLatin1String(key)).toBool(false);
}
} // namespace

bool RecordRules::isCompanyLead(const RecordModel &lead)
{
    return lead.value(QStringLiteral("contactType")).toString() == QStringLiteral("company");
}

bool RecordRules::usesNestedContact(const RecordModel &lead)
{
    return lead.kind() == RecordKind::Lead && flag(lead, "newContact");
}

bool RecordRules::usesNestedCompany(const RecordModel &lead)
{
    return lead.kind() == RecordKind::Lead && isCompanyLead(lead) && flag(lead, "newCompany");
}

void RecordRules::apply(const RecordModel &model, QVector<FieldState> &states)
{
    switch (model.kind()) {
    case RecordKind::Lead:
        applyLead(model, states);
        break;
    case RecordKind::Contact:
        applyContact(model, states);
        break;
    case RecordKind::Company:
        applyCompany(model, states);
        break;
    }
    applyCustomFields(model, states);
}

void RecordRules::applyLead(const RecordModel &model, QVector<FieldState> &states)
{
    Rows rows(model, states);
    const LookupCatalog &catalog = model.catalog();
    const bool create = !model.isUpdate();
    const bool companyLead = isCompanyLead(model);
    const bool newContact = usesNestedContact(model);
    const bool newCompany = usesNestedCompany(model);

    if (create) {
        for (const char *key : {"name", "sourceId", "typeId", "stageId"})
            rows.require(key);
    } else {
        rows.keepFilled({"name", "sourceId", "typeId", "stageId"});
    }

    // Subtype: required when the chosen type has subtypes, and one of them.
    const qint64 typeId = rows.effectiveId("typeId");
    const bool typeKnown = typeId > 0 && catalog.contains(QStringLiteral("types"), typeId);
    const bool hasSubtypes = typeKnown && catalog.typeHasSubtypes(typeId);
    if (!hasSubtypes && !rows.has("subtypeId"))
        rows.hide("subtypeId");
    if (create && hasSubtypes)
        rows.require("subtypeId");
    if (rows.has("subtypeId") && !rows.hasError("subtypeId") && typeKnown) {
        const qint64 subtypeId = ValueChecks::toId(rows.value("subtypeId"));
        if (!hasSubtypes)
            rows.fail("subtypeId",
                      tr("%1 has no subtypes").arg(catalog.label(QStringLiteral("types"), typeId)));
        else if (!catalog.isSubtypeOf(subtypeId, typeId))
            rows.fail("subtypeId",
                      tr("subtype %1 is not a subtype of %2")
                          .arg(subtypeId)
                          .arg(catalog.label(QStringLiteral("types"), typeId)));
    }

    // Stage reason: optional, but one of the chosen stage's reasons.
    const qint64 stageId = rows.effectiveId("stageId");
    const bool stageKnown = stageId > 0 && catalog.contains(QStringLiteral("stages"), stageId);
    if (stageKnown && catalog.options(QStringLiteral("reasons"), stageId).isEmpty()
        && !rows.has("stageReasonId"))
        rows.hide("stageReasonId");
    if (rows.has("stageReasonId") && !rows.hasError("stageReasonId") && stageKnown) {
        const qint64 reasonId = ValueChecks::toId(rows.value("stageReasonId"));
        if (!catalog.isReasonOf(reasonId, stageId))
            rows.fail("stageReasonId",
                      tr("reason %1 is not a reason of stage %2")
                          .arg(reasonId)
                          .arg(catalog.label(QStringLiteral("stages"), stageId)));
    }

    // Belongs to a company or a contact (contact_add-or-update-lead.md).
    if (companyLead) {
        rows.hide("contactId");
        if (newCompany)
            rows.hide("companyId");
        if (newContact)
            rows.hide("companyLeadContactId");
        if (create) {
            if (!newCompany)
                rows.require("companyId");
            if (!newContact)
                rows.require("companyLeadContactId");
        }
        if (newCompany && !newContact && rows.has("companyLeadContactId"))
            rows.fail("companyLeadContactId",
                      tr("a new company has no contacts yet; create the contact too"));
        const qint64 companyId = ValueChecks::toId(rows.value("companyId"));
        const qint64 contactId = ValueChecks::toId(rows.value("companyLeadContactId"));
        if (!newCompany && !newContact && companyId > 0 && contactId > 0
            && !rows.hasError("companyLeadContactId")) {
            const auto companies = catalog.companiesOfContact(contactId);
            if (companies && !companies->contains(companyId))
                rows.fail(
                    "companyLeadContactId",
                    tr("contact %1 does not belong to company %2").arg(contactId).arg(companyId));
        }
    } else {
        for (const char *key : {"companyId", "companyLeadContactId", "newCompany"})
            rows.hide(key);
        if (newContact)
            rows.hide("contactId");
        if (create) {
            if (!newContact)
                rows.require("contactId");
            rows.require("industryId");
        }
    }
}

void RecordRules::applyContact(const RecordModel &model, QVector<FieldState> &states)
{
    Rows rows(model, states);
    if (!model.isUpdate()) {
        for (const char *key : {"firstName", "lastName", "email"})
            rows.require(key);
    }
    if (model.isUpdate())
        rows.keepFilled({"firstName", "lastName", "email"});
    const QJsonValue groups = rows.value("groups");
    if (!ValueChecks::isEmpty(groups)) {
        bool ok = groups.isArray();
        for (const QJsonValue &g : groups.toArray())
            ok = ok && g.isObject()
                && ValueChecks::id(g.toObject().value(QStringLiteral("groupId"))).isEmpty();
        if (!ok)
            rows.fail("groups", tr("must be a list of {\"groupId\": number}"));
    }
    const QJsonValue urls = rows.value("externalUrls");
    if (!ValueChecks::isEmpty(urls)) {
        const QJsonArray list = urls.toArray();
        bool ok = urls.isArray();
        for (const QJsonValue &u : list)
            ok = ok && u.isObject() && u.toObject().value(QStringLiteral("ref")).isString();
        if (!ok)
            rows.fail("externalUrls", tr("must be a list of links, each with a ref"));
        else if (list.size() > 3)
            rows.fail("externalUrls", tr("at most 3 external links"));
    }
}

void RecordRules::applyCompany(const RecordModel &model, QVector<FieldState> &states)
{
    Rows rows(model, states);
    if (!model.isUpdate())
        rows.require("businessName");
    else
        rows.keepFilled({"businessName"});
    const QJsonValue urls = rows.value("externalUrls");
    if (!ValueChecks::isEmpty(urls)) {
        bool ok = urls.isArray() && urls.toArray().size() <= 3;
        for (const QJsonValue &u : urls.toArray())
            ok = ok && u.isObject() && u.toObject().value(QStringLiteral("ref")).isString();
        if (!ok)
            rows.fail("externalUrls", tr("must be a list of at most 3 links, each with a ref"));
    }
    const QJsonValue primary = rows.value("primaryContact");
    if (!ValueChecks::isEmpty(primary) && !primary.isObject())
        rows.fail("primaryContact", tr("must be a contact object"));
}

void RecordRules::applyCustomFields(const RecordModel &model, QVector<FieldState> &states)
{
    const bool create = !model.isUpdate();
    const QList<FieldDefinition> &fields = model.fields();
    for (int row = 0; row < fields.size(); ++row) {
        const FieldDefinition &f = fields.at(row);
        if (!f.isCustom())
            continue;
        // Inactive fields are hidden and never required.
        if (!f.active) {
            states[row] = FieldState {false, false, QString()};
            continue;
        }
        if (create && f.requiredByDefinition && !f.neverSent())
            states[row].required = true;
    }
}
