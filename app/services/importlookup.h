#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class PlatformClient;
class RecordDirectory;

/// Finds which contacts (by email) and companies (by business name) an import's rows name
/// already exist on the platform, so that a row uses the existing record instead of creating
/// another (issue 14, item 4). Each distinct value is asked once (getContactList /
/// getCompanyList, a few calls at a time) and compared without regard to case. When the
/// platform cannot be asked, the records seen before (RecordDirectory) answer, and
/// unreachable() says so.
class ImportLookup : public QObject
{
    Q_OBJECT

public:
    ImportLookup(PlatformClient *client, RecordDirectory *directory, QString profile,
                 QObject *parent = nullptr);

    /// Looks up `emails` and `businessNames` (folded, as ImportDryRun::contactEmail() gives
    /// them); finished() answers once.
    void lookUp(const QSet<QString> &emails, const QSet<QString> &businessNames);

    /// Folded email → contact id of those found.
    const QHash<QString, qint64> &contacts() const { return m_contacts; }
    /// Folded business name → company id.
    const QHash<QString, qint64> &companies() const { return m_companies; }
    /// Why the platform could not be asked (empty when it answered every question).
    QString unreachable() const { return m_unreachable; }

    /// At most this many look-ups travel at once.
    static constexpr int kInFlight = 4;

Q_SIGNALS:
    void finished();

private:
    struct Question
    {
        QString kind; ///< "contact" or "company"
        QString value; ///< folded
    };
    void next();
    void ask(const Question &question);
    void answer(const Question &question, const QList<QJsonObject> &records);
    void fromDirectory(const Question &question);

    PlatformClient *m_client;
    RecordDirectory *m_directory;
    QString m_profile;
    QList<Question> m_questions;
    int m_inFlight = 0;
    QHash<QString, qint64> m_contacts;
    QHash<QString, qint64> m_companies;
    QString m_unreachable;
};
