#pragma once

#include "platform/platformerror.h"

#include <QCoreApplication>
#include <QJsonValue>

/// The few facts LeadDesk takes from a platform answer, read strictly.
///
/// A lenient reading turns a broken answer into a wrong record: `"id": 22999.7` is not lead
/// 23000, `"success": "false"` is not success, and an id beyond 2^53 cannot be told from its
/// neighbour once it is a double. Anything short of the documented shape is Malformed, which
/// for a create means "may have arrived": the outbox looks before it sends again.
class PlatformAnswer
{
    Q_DECLARE_TR_FUNCTIONS(PlatformAnswer)

public:
    /// What an addOrUpdate… answer (`{"success": true, "id": N}`) says.
    struct Write
    {
        qint64 id = 0;
        PlatformError error; ///< Kind::None when the write was accepted
        bool ok() const { return !error.isError(); }
    };
    static Write ofWrite(const QJsonValue &answer);

    /// `value` as a record id: a JSON number or a string of digits that is a positive whole
    /// number up to 2^53 − 1. 0 when it is not; `problem` then says why.
    static qint64 id(const QJsonValue &value, QString *problem = nullptr);

    /// The largest id a JSON number holds exactly (2^53 − 1).
    static constexpr qint64 kLargestId = (qint64(1) << 53) - 1;
};
