#include "services/staleeditcheck.h"

#include "model/lookupcatalog.h"
#include "model/record.h"
#include "model/recordbody.h"
#include "model/recordmapper.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"

#include <QJsonArray>

StaleEditCheck::StaleEditCheck(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void StaleEditCheck::check(const RecordModel &model, const QString &openedModified)
{
    check(model.record(), model.catalogPointer(), openedModified);
}

void StaleEditCheck::check(const Record &record, std::shared_ptr<const LookupCatalog> catalog,
                           const QString &openedModified)
{
    const RecordKind kind = record.kind();
    const QString nameSpace
        = kind == RecordKind::Lead ? QStringLiteral("crm") : QStringLiteral("contact");
    const QString action = kind == RecordKind::Lead ? QStringLiteral("getLeadList")
        : kind == RecordKind::Company               ? QStringLiteral("getCompanyList")
                                                    : QStringLiteral("getContactList");
    if (m_reply)
        m_reply->abort();
    m_reply = m_client->call(
        nameSpace, action,
        {{QStringLiteral("filter"), QJsonObject {{QStringLiteral("id"), record.id()}}},
         {QStringLiteral("perPage"), 1}});
    // What is compared is copied now: the form may change while the answer travels.
    QList<Difference> fields;
    for (const FieldDefinition &f : catalog->fields(kind).list()) {
        if (f.local || f.neverSent())
            continue;
        fields.append({f.key, f.label, record.original(f.key), QJsonValue(), record.value(f.key),
                       record.isChanged(f.key)});
    }
    connect(m_reply, &PlatformReply::finished, this,
            [this, kind, fields, openedModified, catalog](const PlatformResult &result) {
                if (result.error.kind == PlatformError::Kind::Cancelled)
                    return;
                if (!result.ok())
                    return Q_EMIT finished(false, {}, {}, QString(), result.error);
                const QJsonArray records
                    = result.object().value(QStringLiteral("results")).toArray();
                if (records.isEmpty()) {
                    PlatformError gone;
                    gone.kind = PlatformError::Kind::Platform;
                    gone.message = tr("The record no longer exists on the platform.");
                    return Q_EMIT finished(false, {}, {}, QString(), gone);
                }
                const QJsonObject platformRecord = records.first().toObject();
                const QString modified = RecordMapper::modifiedDate(platformRecord);
                const QJsonObject fresh = RecordMapper::toValues(kind, platformRecord);
                if (modified == openedModified)
                    return Q_EMIT finished(false, {}, fresh, modified, PlatformError());
                // The platform's record read the way the form reads its own.
                const Record now = RecordBody::load(kind, fresh, *catalog);
                QList<Difference> differences;
                for (Difference d : fields) {
                    d.platform = now.value(d.key);
                    const bool bothEmpty
                        = ValueChecks::isEmpty(d.platform) && ValueChecks::isEmpty(d.opened);
                    if (!bothEmpty && d.platform != d.opened)
                        differences.append(d);
                }
                Q_EMIT finished(true, differences, fresh, modified, PlatformError());
            });
}
