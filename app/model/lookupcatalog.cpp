#include "model/lookupcatalog.h"

#include "model/customfieldschema.h"
#include "model/lookupnames.h"
#include "model/valuechecks.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LookupCatalog", text);
}

qint64 idOf(const QJsonObject &object)
{
    return ValueChecks::toId(object.value(QStringLiteral("id")));
}

QString textOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString text = object.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}
} // namespace

const QStringList &LookupCatalog::listNames()
{
    static const QStringList names {
        QStringLiteral("types"),
        QStringLiteral("stages"),
        QStringLiteral("sources"),
        QStringLiteral("qualities"),
        QStringLiteral("channels"),
        QStringLiteral("industries"),
        QStringLiteral("users"),
        QStringLiteral("contactCustomFields"),
        QStringLiteral("companyCustomFields"),
    };
    return names;
}

void LookupCatalog::List::add(qint64 id, const QString &label)
{
    if (id <= 0 || index.contains(id))
        return;
    index.insert(id, int(items.size()));
    items.append({id, label});
}

std::shared_ptr<const LookupCatalog> LookupCatalog::build(const QMap<QString, QJsonArray> &lists,
                                                          const QJsonArray &leadSchema,
                                                          const QDateTime &fetchedAt)
{
    auto catalog = std::make_shared<LookupCatalog>();
    catalog->m_fetchedAt = fetchedAt;
    catalog->m_empty = lists.isEmpty();

    for (const QJsonValue &v : lists.value(QStringLiteral("types"))) {
        const QJsonObject type = v.toObject();
        const qint64 typeId = idOf(type);
        catalog->m_lists[QStringLiteral("types")].add(typeId, textOf(type, {"type", "name"}));
        List &subtypes = catalog->m_subtypes[typeId];
        const QJsonArray subtypeList = type.value(QStringLiteral("subtypes")).toArray();
        for (const QJsonValue &s : subtypeList) {
            const QJsonObject subtype = s.toObject();
            subtypes.add(idOf(subtype), textOf(subtype, {"name", "subtype"}));
            catalog->m_subtypeParent.insert(idOf(subtype), typeId);
        }
    }
    for (const QJsonValue &v : lists.value(QStringLiteral("stages"))) {
        const QJsonObject stage = v.toObject();
        const qint64 stageId = idOf(stage);
        catalog->m_lists[QStringLiteral("stages")].add(stageId, textOf(stage, {"name"}));
        List &reasons = catalog->m_reasons[stageId];
        const QJsonArray reasonList = stage.value(QStringLiteral("reasons")).toArray();
        for (const QJsonValue &r : reasonList) {
            const QJsonObject reason = r.toObject();
            reasons.add(idOf(reason), textOf(reason, {"reason", "name"}));
            catalog->m_reasonParent.insert(idOf(reason), stageId);
        }
    }
    for (const char *simple : {"sources", "channels", "industries"}) {
        List &list = catalog->m_lists[QLatin1String(simple)];
        for (const QJsonValue &v : lists.value(QLatin1String(simple)))
            list.add(idOf(v.toObject()), textOf(v.toObject(), {"name", "label"}));
    }
    for (const QJsonValue &v : lists.value(QStringLiteral("qualities")))
        catalog->m_lists[QStringLiteral("qualities")].add(idOf(v.toObject()),
                                                          textOf(v.toObject(), {"label", "name"}));
    for (const QJsonValue &v : lists.value(QStringLiteral("users"))) {
        const QJsonObject user = v.toObject();
        const QString name
            = QString(textOf(user, {"firstName"}) + QLatin1Char(' ') + textOf(user, {"lastName"}))
                  .trimmed();
        catalog->m_lists[QStringLiteral("users")].add(
            idOf(user), name.isEmpty() ? textOf(user, {"email"}) : name);
        if (user.value(QStringLiteral("currentStatus")).toInt(1) == 2)
            catalog->m_inactiveUsers.insert(idOf(user), true);
    }
    for (const QJsonValue &v : lists.value(QStringLiteral("contacts")))
        catalog->m_contacts.insert(idOf(v.toObject()), v.toObject());
    for (const QJsonValue &v : lists.value(QStringLiteral("companies")))
        catalog->m_companies.insert(idOf(v.toObject()), v.toObject());

    auto custom = [&catalog](const QJsonArray &definitions, const QString &source,
                             QList<FieldDefinition> &into) {
        auto parsed = CustomFieldSchema::parse(definitions, source);
        if (parsed)
            into = parsed.take();
        else
            catalog->m_problems.append(parsed.error());
    };
    custom(lists.value(QStringLiteral("contactCustomFields")), tr("contact custom fields"),
           catalog->m_contactFields);
    custom(lists.value(QStringLiteral("companyCustomFields")), tr("company custom fields"),
           catalog->m_companyFields);
    custom(leadSchema, tr("lead schema"), catalog->m_leadFields);
    catalog->m_leadRecordFields = RecordFields(RecordKind::Lead, catalog->m_leadFields);
    catalog->m_contactRecordFields = RecordFields(RecordKind::Contact, catalog->m_contactFields);
    catalog->m_companyRecordFields = RecordFields(RecordKind::Company, catalog->m_companyFields);
    return catalog;
}

QList<LookupOption> LookupCatalog::options(const QString &lookup, qint64 parentId) const
{
    if (lookup == LookupNames::subtypes)
        return m_subtypes.value(parentId).items;
    if (lookup == LookupNames::reasons)
        return m_reasons.value(parentId).items;
    const auto list = m_lists.constFind(lookup);
    if (list == m_lists.constEnd())
        return {};
    QList<LookupOption> items = list->items;
    if (lookup == LookupNames::users)
        items.removeIf([this](const LookupOption &o) { return m_inactiveUsers.contains(o.id); });
    return items;
}

bool LookupCatalog::contains(const QString &lookup, qint64 id) const
{
    if (lookup == LookupNames::subtypes)
        return m_subtypeParent.contains(id);
    if (lookup == LookupNames::reasons)
        return m_reasonParent.contains(id);
    const auto list = m_lists.constFind(lookup);
    return list != m_lists.constEnd() && list->index.contains(id);
}

QString LookupCatalog::label(const QString &lookup, qint64 id) const
{
    const List *list = nullptr;
    if (lookup == LookupNames::subtypes) {
        const auto it = m_subtypes.constFind(m_subtypeParent.value(id));
        list = it == m_subtypes.constEnd() ? nullptr : &*it;
    } else if (lookup == LookupNames::reasons) {
        const auto it = m_reasons.constFind(m_reasonParent.value(id));
        list = it == m_reasons.constEnd() ? nullptr : &*it;
    } else {
        const auto it = m_lists.constFind(lookup);
        list = it == m_lists.constEnd() ? nullptr : &*it;
    }
    if (!list)
        return QString();
    const auto at = list->index.constFind(id);
    return at == list->index.constEnd() ? QString() : list->items.at(*at).label;
}

bool LookupCatalog::typeHasSubtypes(qint64 typeId) const
{
    const auto subtypes = m_subtypes.constFind(typeId);
    return subtypes != m_subtypes.constEnd() && !subtypes->items.isEmpty();
}

bool LookupCatalog::isSubtypeOf(qint64 subtypeId, qint64 typeId) const
{
    return m_subtypeParent.value(subtypeId, -1) == typeId;
}

bool LookupCatalog::isReasonOf(qint64 reasonId, qint64 stageId) const
{
    return m_reasonParent.value(reasonId, -1) == stageId;
}

const QList<FieldDefinition> &LookupCatalog::customFields(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Lead:
        return m_leadFields;
    case RecordKind::Contact:
        return m_contactFields;
    case RecordKind::Company:
        return m_companyFields;
    }
    return m_leadFields;
}

const RecordFields &LookupCatalog::fields(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Lead:
        return m_leadRecordFields;
    case RecordKind::Contact:
        return m_contactRecordFields;
    case RecordKind::Company:
        return m_companyRecordFields;
    }
    return m_leadRecordFields;
}

std::optional<QList<qint64>> LookupCatalog::companiesOfContact(qint64 contactId) const
{
    const auto it = m_contacts.constFind(contactId);
    if (it == m_contacts.constEnd())
        return std::nullopt;
    QList<qint64> ids;
    const QJsonArray companies = it->value(QStringLiteral("companies")).toArray();
    for (const QJsonValue &v : companies)
        ids.append(ValueChecks::toId(v));
    return ids;
}
