#pragma once

#include "secrets/secretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

/// What one SecretJob reported.
struct JobOutcome
{
    bool ok = false;
    QByteArray secret;
    QString error;
    bool notFound = false;
};

/// Call right after the store call that made `job`, before the event loop
/// runs: connecting only now must still catch `finished` (never emitted
/// synchronously), which must come exactly once, after which the job deletes
/// itself.
inline void waitForJob(SecretJob *job, JobOutcome &outcome, int timeoutMs = 15000)
{
    QVERIFY(job);
    QPointer<SecretJob> alive(job);
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isValid());
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, timeoutMs);
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> arguments = spy.takeFirst();
    outcome.ok = arguments.at(0).toBool();
    outcome.secret = arguments.at(1).toByteArray();
    outcome.error = arguments.at(2).toString();
    outcome.notFound = arguments.at(3).toBool();
}

#define WAIT_FOR_JOB(job, outcome)                                                                 \
    do {                                                                                           \
        waitForJob((job), (outcome));                                                              \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
