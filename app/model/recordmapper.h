#pragma once

#include "model/recordkind.h"

#include <QJsonObject>

/// From a record as getLeadList / getCompanyList / getContactList answer it
/// to the body-shaped values RecordModel::loadRecord() takes: the read
/// shapes differ from the write shapes (a lead's `ownerUser` object is
/// `ownerUserId`, a company's `commissionFoodValue` is `commissionFood`, a
/// lead belongs to a company when its `company` is set …).
class RecordMapper
{
public:
    static QJsonObject toValues(RecordKind kind, const QJsonObject &record);
    /// The record's `modifiedDate`, to notice another user's edit before saving.
    static QString modifiedDate(const QJsonObject &record);
};
