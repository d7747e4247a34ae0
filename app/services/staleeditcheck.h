#pragma once

#include "model/recordkind.h"
#include "platform/platformerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <memory>

class LookupCatalog;
class PlatformClient;
class PlatformReply;
class Record;
class RecordModel;

/// The platform has no concurrency control, so before an update LeadDesk
/// fetches the record again: when its modifiedDate moved since it was
/// opened, the fields someone else changed are listed beside the admin's
/// own changes, so nothing is overwritten unseen.
class StaleEditCheck : public QObject
{
    Q_OBJECT

public:
    struct Difference
    {
        QString key;
        QString label;
        QJsonValue opened; ///< what the form loaded
        QJsonValue platform; ///< what the platform holds now
        QJsonValue mine; ///< what the admin has in the form
        bool mineChanged = false;
    };

    explicit StaleEditCheck(PlatformClient *client, QObject *parent = nullptr);

    /// Compares the platform's record with what `record` was loaded from
    /// (its originals), read through `catalog`'s fields.
    void check(const Record &record, std::shared_ptr<const LookupCatalog> catalog,
               const QString &openedModified);
    /// The same for the record a form shows.
    void check(const RecordModel &model, const QString &openedModified);

Q_SIGNALS:
    /// `moved` false: nobody else changed it. Otherwise `differences` lists
    /// the fields changed on the platform and `fresh` holds its record as
    /// body-shaped values. On failure `error` says why (nothing was compared).
    void finished(bool moved, const QList<StaleEditCheck::Difference> &differences,
                  const QJsonObject &fresh, const QString &freshModified,
                  const PlatformError &error);

private:
    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
};
