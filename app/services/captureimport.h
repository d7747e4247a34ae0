#pragma once

#include "capture/capturedcontact.h"
#include "model/lookupcatalog.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class Outbox;
class RecordModel;

/// Puts what capture recognised (a dropped .vcf, a badge photo, a pasted
/// signature) into records: the rows a person confirms, then the contact,
/// company or lead form's model filled from the rows they kept, or one
/// draft lead per card. Pure functions over values and models; the widgets
/// only show the rows and pass the choice on.
class CaptureImport
{
    Q_DECLARE_TR_FUNCTIONS(CaptureImport)

public:
    /// One recognised field as the confirmation shows it.
    struct Row
    {
        QString key; ///< "firstName", "email:0", "phone:1", "address" …
        QString label; ///< "First name", "Phone (mobile)"
        QString value; ///< as it will be filled in
    };

    /// What `card` holds, field by field, in the order a card is read.
    static QList<Row> rows(const CapturedContact &card);
    /// `card` without the rows whose keys are in `dropped` (the boxes a person unticked).
    static CapturedContact without(const CapturedContact &card, const QSet<QString> &dropped);

    /// A new contact form: name, email, phone, and the job title or address where the
    /// profile's contact custom fields have a place for them.
    static void fillContact(RecordModel *contact, const CapturedContact &card);
    /// A new company form: business name, its phone, fax, website and address.
    static void fillCompany(RecordModel *company, const CapturedContact &card);
    /// A lead form: its inline new contact, and its inline new company when a company was
    /// recognised and the lead has none chosen yet.
    static void fillLead(RecordModel *lead, const CapturedContact &card);
    /// A lead named after the card's person and company, with them as its new contact and
    /// company, as a draft state (RecordModel::draftState()).
    static QJsonObject draftLead(const std::shared_ptr<const LookupCatalog> &catalog,
                                 const CapturedContact &card);
    /// One draft lead per card in `outbox`; the number kept, or why the store refused.
    static Result<int> saveDraftLeads(Outbox *outbox,
                                      const std::shared_ptr<const LookupCatalog> &catalog,
                                      const QList<CapturedContact> &cards);

    /// The postal address on one line ("88 George St, Sydney NSW 2000, Australia").
    static QString addressLine(const CapturedAddress &address);
    /// "Jane Doe", else the email, else the company.
    static QString personTitle(const CapturedContact &card);
};
