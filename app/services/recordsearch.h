#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;
class RecordDirectory;

/// Search-as-you-type over contacts or companies: answers at once from the
/// records seen before (so pickers work offline), then from the platform
/// (getContactList/getCompanyList with a __CONTAINS filter), remembering what
/// it found. Only the newest search per kind is answered.
class RecordSearch : public QObject
{
    Q_OBJECT

public:
    RecordSearch(PlatformClient *client, RecordDirectory *directory, QString profile,
                 QObject *parent = nullptr);

    /// `kind` is "contact" or "company".
    virtual void search(const QString &kind, const QString &text);

Q_SIGNALS:
    /// `fromPlatform` false: the cached answer; true: the platform's answer.
    void resultsReady(const QString &kind, const QString &text, const QList<QJsonObject> &records,
                      bool fromPlatform);
    /// The platform could not be asked; the cached answer stands.
    void platformUnavailable(const QString &kind, const QString &message);

protected:
    /// For test doubles.
    explicit RecordSearch(QObject *parent);

private:
    PlatformClient *m_client = nullptr;
    RecordDirectory *m_directory = nullptr;
    QString m_profile;
    QPointer<PlatformReply> m_pending[2];
};
