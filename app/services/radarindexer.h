#pragma once

#include "platform/platformresult.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;
class QThread;
class RadarIndexWriter;

/// Fills the radar's local index of a profile's contacts and companies in the background: pages
/// through the platform's contact and company lists (all of them the first time, then only what
/// changed since the newest modifiedDate stored) and hands each page to a RadarIndexWriter on
/// its own thread. Records LeadDesk itself created go in as soon as the outbox has sent them
/// (indexRecord()).
class RadarIndexer : public QObject
{
    Q_OBJECT

public:
    /// `databasePath` is opened again on the writer's thread, which also reads there where a
    /// refresh starts: nothing of the index is read or written on the caller's thread.
    RadarIndexer(PlatformClient *client, const QString &databasePath, const QString &profile,
                 const QString &region, QObject *parent = nullptr);
    ~RadarIndexer() override;

    /// Records per page asked of the platform (its documented cap for the sandbox too).
    static constexpr int kPerPage = 100;

    /// Pages through both lists from where the index stands. Does nothing while running.
    void refresh();
    bool isRunning() const;
    /// Fetches `kind` `id` from the platform and indexes it (a record just created or changed).
    void indexRecord(const QString &kind, qint64 id);
    /// Indexes `records` of `kind` as they are (already read from the platform).
    void index(const QString &kind, const QJsonArray &records);
    /// Records stored since the last refresh() began.
    int indexedCount() const { return m_indexed; }

Q_SIGNALS:
    /// Both lists were paged through; `problem` is empty when all went well.
    void finished(const QString &problem);
    /// `kind` records were stored (the radar may answer better now).
    void indexed(const QString &kind, int count);
    /// For the writer thread only.
    void writeRequested(const QString &kind, const QJsonArray &records);
    /// For the writer thread only.
    void startRequested(const QString &kind);

private:
    struct Pass
    {
        QString kind;
        QString since; ///< fromModifiedDate, empty for a full pass
        int start = 0;
        QPointer<PlatformReply> reply;
    };
    void nextKind();
    void onStartFound(const QString &kind, const QString &since);
    void askPage();
    void onPage(const PlatformResult &result);
    void onWritten(const QString &kind, int count, const QString &error);
    void end(const QString &problem);

    PlatformClient *m_client;
    QThread *m_thread;
    RadarIndexWriter *m_writer;
    QStringList m_kindsLeft;
    Pass m_pass;
    bool m_running = false;
    bool m_pagesDone = false;
    int m_writesPending = 0;
    int m_indexed = 0;
    QString m_problem;
};
