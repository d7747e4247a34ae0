#pragma once

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <memory>

class Database;
class RadarIndex;
class RadarRecords;

/// The radar index's writer, living on the indexer's own thread: it opens its own connection
/// to the profile's database file (a Qt SQL connection belongs to one thread), turns platform
/// records into index entries and stores them in small transactions, so that neither the keys
/// nor the disk ever hold up the GUI thread.
class RadarIndexWriter : public QObject
{
    Q_OBJECT

public:
    RadarIndexWriter(QString databasePath, QString profile, QString region);
    ~RadarIndexWriter() override;

    /// Records per transaction: small enough that a GUI-thread write waiting for the lock
    /// waits only a moment.
    static constexpr int kTransactionSize = 50;

public Q_SLOTS:
    /// Indexes `records` (platform objects) of `kind`. Emits written() when done.
    void write(const QString &kind, const QJsonArray &records);
    /// Finds where a refresh of `kind` starts (the newest modifiedDate stored, empty when
    /// there is none or the index cannot be read). Emits startFound().
    void findStart(const QString &kind);

Q_SIGNALS:
    void startFound(const QString &kind, const QString &since);
    /// `count` records of `kind` were stored; `error` says why not when it is set.
    void written(const QString &kind, int count, const QString &error);

private:
    QString open();

    QString m_path;
    QString m_profile;
    std::unique_ptr<RadarRecords> m_records;
    Database *m_database = nullptr;
    std::unique_ptr<RadarIndex> m_index;
};
