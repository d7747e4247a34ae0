#include "model/recordmapper.h"

#include "model/valuechecks.h"

#include <QJsonArray>

namespace {
void copy(QJsonObject &to, const QJsonObject &from, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = from.value(QLatin1String(key));
        if (!ValueChecks::isEmpty(value))
            to.insert(QLatin1String(key), value);
    }
}

void copyId(QJsonObject &to, const char *key, const QJsonValue &object)
{
    const qint64 id = ValueChecks::toId(object.toObject().value(QStringLiteral("id")));
    if (id > 0)
        to.insert(QLatin1String(key), id);
}

/// `[{fieldId, displayName, value}]` (as lists answer) → `[{fieldId, <valueKey>}]`.
void copyCustomFields(QJsonObject &to, const QJsonObject &from, const QString &valueKey)
{
    QJsonArray written;
    for (const QJsonValue &v : from.value(QStringLiteral("customFields")).toArray()) {
        const QJsonObject field = v.toObject();
        const QJsonValue value = field.contains(QStringLiteral("value"))
            ? field.value(QStringLiteral("value"))
            : field.value(QStringLiteral("fieldValue"));
        if (ValueChecks::isEmpty(value))
            continue;
        written.append(
            QJsonObject {{QStringLiteral("fieldId"), field.value(QStringLiteral("fieldId"))},
                         {valueKey, value}});
    }
    if (!written.isEmpty())
        to.insert(QStringLiteral("customFields"), written);
}
} // namespace

QJsonObject RecordMapper::toValues(RecordKind kind, const QJsonObject &record)
{
    QJsonObject values;
    switch (kind) {
    case RecordKind::Lead: {
        copy(values, record,
             {"name", "description", "sourceId", "typeId", "subtypeId", "stageId", "stageReasonId",
              "qualityId", "channelId", "industryId"});
        copyId(values, "ownerUserId", record.value(QStringLiteral("ownerUser")));
        const QJsonValue company = record.value(QStringLiteral("company"));
        if (company.isObject() && !company.toObject().isEmpty()) {
            copyId(values, "companyId", company);
            copyId(values, "companyLeadContactId", record.value(QStringLiteral("contact")));
        } else {
            copyId(values, "contactId", record.value(QStringLiteral("contact")));
        }
        copyCustomFields(values, record, QStringLiteral("fieldValue"));
        break;
    }
    case RecordKind::Company: {
        copy(values, record,
             {"businessName", "tradingName", "businessNumber", "phone", "otherPhone", "fax",
              "website", "email", "address", "externalId", "isAgent", "iataNumber",
              "commissionSpace", "commissionSpaceType", "commissionFoodType",
              "commissionBeverageType", "commissionAudioVisualType",
              "commissionAccommodationType"});
        // The list reads some commissions under other names than addOrUpdateCompany writes.
        for (const auto &[read, write] :
             {std::pair {"commissionFoodValue", "commissionFood"},
              std::pair {"commissionBeverageValue", "commissionBeverage"},
              std::pair {"commissionAudioVisualValue", "commissionAudioVisual"},
              std::pair {"commissionAccommodationValue", "commissionAccommodation"}}) {
            const QJsonValue value = record.value(QLatin1String(read));
            if (!ValueChecks::isEmpty(value))
                values.insert(QLatin1String(write), value);
        }
        copyId(values, "industryId", record.value(QStringLiteral("industry")));
        copyId(values, "primaryContactId", record.value(QStringLiteral("primaryContact")));
        copyId(values, "primaryAccountManagerId",
               record.value(QStringLiteral("primaryAccountManager")));
        copyId(values, "secondaryAccountManagerId",
               record.value(QStringLiteral("secondaryAccountManager")));
        copyCustomFields(values, record, QStringLiteral("value"));
        break;
    }
    case RecordKind::Contact:
        copy(values, record,
             {"firstName", "lastName", "email", "phone", "externalId", "status", "smsStatus",
              "companies"});
        copyCustomFields(values, record, QStringLiteral("value"));
        break;
    }
    return values;
}

QString RecordMapper::modifiedDate(const QJsonObject &record)
{
    return record.value(QStringLiteral("modifiedDate")).toString();
}
