#pragma once

#include <QJsonObject>

class RecordModel;

/// Between a RecordModel and the JSON body of addOrUpdateLead/Company/Contact:
/// the body to send (ids as given, empty fields left out, custom fields in
/// each kind's shape, inline contact/company nested, in update mode only
/// `id` and what changed), and a body read back into a model.
class RecordBody
{
public:
    static QJsonObject build(const RecordModel &model);
    /// Fills `model` (already cleared) from `body`; what is not a field of
    /// this kind becomes a load problem naming it.
    static void load(RecordModel &model, const QJsonObject &body);

    /// The key custom-field values use in each kind's body.
    static QString customValueKey(const RecordModel &model);
};
