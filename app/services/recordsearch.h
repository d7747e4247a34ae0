#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;
class RadarIndex;
class RecordDirectory;

/// Search-as-you-type over contacts or companies: answers at once from the
/// records seen before (so pickers work offline), then from the platform
/// (getContactList/getCompanyList with a __CONTAINS filter), remembering what
/// it found.
///
/// Keystrokes do not cost connections: one platform search per kind is in
/// flight at a time, and while it travels only the newest text waits to go
/// next (an abort would make Qt close the connection, and each search would
/// pay a new TCP and TLS handshake). An answer for text the person has since
/// changed is dropped. When the platform already answered a shorter text in
/// full, a longer one is narrowed locally and never asked.
class RecordSearch : public QObject
{
    Q_OBJECT

public:
    RecordSearch(PlatformClient *client, RecordDirectory *directory, QString profile,
                 QObject *parent = nullptr);

    /// Also answers at once from the duplicate radar's local index of the whole list.
    void setIndex(RadarIndex *index) { m_index = index; }

    /// `kind` is "contact" or "company". A `companyId` above 0 looks only among that company's
    /// contacts (a company lead's contact), on the platform and among the records seen before.
    virtual void search(const QString &kind, const QString &text, qint64 companyId = 0);

    /// How many records a platform answer holds at most; fewer means it is complete.
    static constexpr int kLimit = 20;
    /// A complete answer narrows longer texts for this long; then the platform is asked again.
    static constexpr int kNarrowForMs = 60 * 1000;

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
    /// One kind's traffic with the platform.
    struct Lane
    {
        QPointer<PlatformReply> inFlight;
        QString latest; ///< the newest text asked for
        QString waiting; ///< asked while another search travelled; goes next
        QString answeredText; ///< the last text the platform answered in full…
        QList<QJsonObject> answered; ///< …what it answered…
        QElapsedTimer answeredAge; ///< …and how long ago (records come and go)
    };
    /// Which lane a search travels in: a kind, and for contacts the company they must be of.
    struct Scope
    {
        QString kind;
        qint64 companyId = 0;
    };

    void ask(const Scope &scope, const QString &text);
    /// `answered` false: the platform could not be asked.
    void onAnswer(const Scope &scope, const QString &text, const QList<QJsonObject> &records,
                  bool answered);
    /// The platform's answer for `text` worked out from a complete answer for a shorter text.
    bool narrow(const Scope &scope, const QString &text);
    Lane &lane(const Scope &scope);

    PlatformClient *m_client = nullptr;
    RecordDirectory *m_directory = nullptr;
    RadarIndex *m_index = nullptr;
    QString m_profile;
    QHash<QString, Lane> m_lanes;
};
