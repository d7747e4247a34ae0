#pragma once

#include "services/radarfinding.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class CliConnection;
class RadarPlatformLookup;
struct PlatformError;

/// The CLI's duplicate radar: for each contact or company a body would create (a lead's nested
/// new contact and company too), the platform's list filtered by email or name (and the
/// profile's local index when it has one) judged by the radar's matchers. One draft at a time,
/// then `done` with the strong matches by body.
class DuplicateScreen : public QObject
{
    Q_OBJECT

public:
    /// One record a body would create.
    struct Subject
    {
        int body = 0; ///< the body's index among the inputs
        QString kind; ///< "contact" or "company"
        QJsonObject draft;
    };

    DuplicateScreen(CliConnection *connection, QObject *parent = nullptr);

    /// The records `body` (of `kind`: "lead", "contact" or "company") would create.
    static QList<Subject> subjectsOf(int index, const QString &kind, const QJsonObject &body);

    /// Looks at every subject, then calls `done` with the strong matches of each body and the
    /// reasons some could not be checked.
    void screen(
        const QList<Subject> &subjects,
        std::function<void(const QHash<int, RadarFindings> &strong, const QStringList &unchecked)>
            done);

    /// "possible duplicate of company 1000: same company name once 'Pty Ltd' is ignored"
    static QString line(const RadarFinding &finding);

private:
    void next();
    void onFound(const QString &kind, const QJsonObject &draft, const QList<QJsonObject> &records,
                 const PlatformError &error);

    CliConnection *m_connection;
    RadarPlatformLookup *m_lookup;
    QList<Subject> m_subjects;
    QHash<int, RadarFindings> m_strong;
    QStringList m_unchecked;
    std::function<void(const QHash<int, RadarFindings> &, const QStringList &)> m_done;
};
