#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// Contacts and companies seen on the platform, cached per profile so pickers can search as
/// you type while offline.
class RecordDirectory
{
    Q_DECLARE_TR_FUNCTIONS(RecordDirectory)

public:
    /// \a database must outlive this object.
    explicit RecordDirectory(Database *database);

    /// Adds or updates \a records (platform objects with an "id") of \a kind ("contact" or
    /// "company") in one transaction; nothing is stored when any record is unusable.
    Result<bool> remember(const QString &profile, const QString &kind, const QJsonArray &records);
    /// Records whose names (or a contact's email) contain \a text, ignoring case and accents,
    /// ordered by label; empty \a text gives the first \a limit records.
    Result<QList<QJsonObject>> search(const QString &profile, const QString &kind,
                                      const QString &text, int limit = 20) const;
    /// The record with \a id; an empty object when it is not cached.
    Result<QJsonObject> find(const QString &profile, const QString &kind, qint64 id) const;

    /// What a picker shows for \a record of \a kind: "First Last <email>" for a contact,
    /// "Business (Trading)" for a company.
    static QString labelFor(const QString &kind, const QJsonObject &record);
    /// The text search() matches against: lower case with accents removed ("Zoë" → "zoe").
    static QString searchKey(const QString &text);

private:
    Database *m_db;
};
