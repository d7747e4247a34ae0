#pragma once

#include "platform/platformresult.h"

#include <QCoreApplication>

/// What an addOrUpdate… answer means: the new or updated id, or why not.
class RecordSubmitter
{
    Q_DECLARE_TR_FUNCTIONS(RecordSubmitter)

public:
    struct Outcome
    {
        bool ok = false;
        qint64 id = 0;
        bool created = false;
        PlatformError error;
    };

    /// The outcome of an addOrUpdate… answer; `update` says whether the body had an id.
    static Outcome outcomeOf(const PlatformResult &result, bool update);
};
