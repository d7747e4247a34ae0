#pragma once

#include "services/radarfinding.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class DuplicateOffer;
class DuplicateRadar;
class RecordForm;
class RecordModel;
class QTimer;

/// Puts the duplicate radar's offers on a form: while a contact or company is typed (the
/// form's own record, or a lead's inline new one), what the radar finds is offered right under
/// the field being typed, and Submit asks once about a strong match nobody answered. The radar
/// decides what matches; this only shows it and passes the rep's answer on.
class RadarOffers : public QObject
{
    Q_OBJECT

public:
    /// What "Use this" does with the chosen record.
    using Use = std::function<void(const RadarFinding &finding)>;

    RadarOffers(RecordForm *form, DuplicateRadar *radar);
    ~RadarOffers() override;

    /// Watches `model`, a record of `kind` ("contact" or "company") whose rows the form shows
    /// under `prefix` ("contact" for a lead's inline contact, empty for the form's own).
    /// `companyOf`, for a contact, names the company it works for (evidence for the radar).
    void watch(const QString &kind, RecordModel *model, const QString &prefix, Use use,
               std::function<QString()> companyOf = {});

    /// A company or contact form watches its own record: "Use this" opens the record that
    /// exists instead (nothing for a lead form, whose inline records are watched by it).
    void watchOwnRecord();

    /// Before Submit: when a strong match is unanswered, asks once "Use … / Create a new one
    /// anyway". False when the rep chose the existing record (it is used; nothing is sent).
    bool confirmSubmit();
    /// The offer shown for `kind` (null before the first).
    DuplicateOffer *offer(const QString &kind) const;
    /// Forgets every answer and hides the offers (a new record).
    void reset();

private:
    struct Watch
    {
        QString kind;
        QPointer<RecordModel> model;
        QString prefix;
        Use use;
        std::function<QString()> companyOf;
        QString typedKey; ///< the field typed last: where the offer stands
        RadarFindings findings;
        QSet<qint64> answered; ///< records the rep said are not this one (or chose)
        QPointer<DuplicateOffer> offer; ///< lives in the row typed last; gone with it
        QTimer *platformDelay = nullptr;
    };

    QJsonObject draftOf(const Watch &watch) const;
    void onTyped(Watch &watch, const QString &key);
    void onFindings(const QString &kind, const QJsonObject &draft, const RadarFindings &findings);
    void showOffer(Watch &watch);
    Watch *watchFor(const QString &kind);
    /// The first strong match of `watch` the rep has not answered.
    const RadarFinding *unansweredStrong(const Watch &watch) const;

    RecordForm *m_form;
    DuplicateRadar *m_radar;
    std::vector<std::unique_ptr<Watch>> m_watches;
};
