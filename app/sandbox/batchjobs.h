#pragma once

#include "sandbox/sandboxerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The jobs of a batch?action=run request (batch_run.md), checked before any of them runs: an
// array of at most MaxJobs objects, each naming a namespace, an action and its params.
class BatchJobs
{
public:
    static constexpr int MaxJobs = 200;

    struct Job
    {
        QString nameSpace;
        QString action;
        QJsonObject params;
    };

    // The jobs of `body`, or the platform's error for the first thing wrong with them.
    static std::optional<SandboxError> parse(const QJsonObject &body, QList<Job> *jobs);
};
