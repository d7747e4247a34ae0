#include "services/captureimport.h"

#include "model/fieldkeys.h"
#include "model/recordkind.h"
#include "model/recordmodel.h"
#include "radar/textfold.h"
#include "services/outbox.h"

#include <QJsonObject>

namespace {

QString phoneLabel(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Work:
        return CaptureImport::tr("Phone (work)");
    case PhoneKind::Mobile:
        return CaptureImport::tr("Phone (mobile)");
    case PhoneKind::Home:
        return CaptureImport::tr("Phone (home)");
    case PhoneKind::Fax:
        return CaptureImport::tr("Fax");
    case PhoneKind::Other:
        break;
    }
    return CaptureImport::tr("Phone");
}

/// The profile's contact custom field of `type` whose name says it holds `what` (a
/// "Job title" text field, a "Postal address" address field); empty when there is none.
QString customFieldFor(const RecordModel &model, FieldType type, const QStringList &names)
{
    for (const FieldDefinition &field : model.catalog().customFields(model.kind())) {
        if (!field.active || field.type != type)
            continue;
        const QString label = TextFold::words(field.label).join(QLatin1Char(' '));
        for (const QString &name : names) {
            if (label == name || label.endsWith(QLatin1Char(' ') + name))
                return field.key;
        }
    }
    return QString();
}

void setIfGiven(RecordModel *model, const QString &key, const QJsonValue &value)
{
    if (!value.isUndefined() && !(value.isString() && value.toString().isEmpty()))
        model->setValue(key, value);
}

} // namespace

QList<CaptureImport::Row> CaptureImport::rows(const CapturedContact &card)
{
    QList<Row> list;
    auto add = [&list](const QString &key, const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            list.append({key, label, value.trimmed()});
    };
    add(FieldKeys::firstName, tr("First name"), card.firstName);
    add(FieldKeys::lastName, tr("Last name"), card.lastName);
    add(QStringLiteral("jobTitle"), tr("Job title"), card.jobTitle);
    add(FieldKeys::businessName, tr("Company"), card.businessName);
    for (int i = 0; i < card.emails.size(); ++i)
        add(QStringLiteral("email:%1").arg(i), tr("Email"), card.emails.at(i));
    for (int i = 0; i < card.phones.size(); ++i)
        add(QStringLiteral("phone:%1").arg(i), phoneLabel(card.phones.at(i).kind),
            card.phones.at(i).number);
    add(FieldKeys::website, tr("Website"), card.website);
    add(FieldKeys::address, tr("Address"), addressLine(card.address));
    return list;
}

CapturedContact CaptureImport::without(const CapturedContact &card, const QSet<QString> &dropped)
{
    CapturedContact kept = card;
    auto drop = [&dropped](const QString &key, QString *value) {
        if (dropped.contains(key))
            value->clear();
    };
    drop(FieldKeys::firstName, &kept.firstName);
    drop(FieldKeys::lastName, &kept.lastName);
    drop(QStringLiteral("jobTitle"), &kept.jobTitle);
    drop(FieldKeys::businessName, &kept.businessName);
    drop(FieldKeys::website, &kept.website);
    if (dropped.contains(FieldKeys::address))
        kept.address = CapturedAddress();
    kept.emails.clear();
    for (int i = 0; i < card.emails.size(); ++i) {
        if (!dropped.contains(QStringLiteral("email:%1").arg(i)))
            kept.emails.append(card.emails.at(i));
    }
    kept.phones.clear();
    for (int i = 0; i < card.phones.size(); ++i) {
        if (!dropped.contains(QStringLiteral("phone:%1").arg(i)))
            kept.phones.append(card.phones.at(i));
    }
    return kept;
}

void CaptureImport::fillContact(RecordModel *contact, const CapturedContact &card)
{
    const QJsonObject body = card.contactBody();
    for (const QString &key :
         {FieldKeys::firstName, FieldKeys::lastName, FieldKeys::email, FieldKeys::phone})
        setIfGiven(contact, key, body.value(key));
    static const QStringList titleNames {
        QStringLiteral("job title"), QStringLiteral("title"),    QStringLiteral("position"),
        QStringLiteral("role"),      QStringLiteral("jobtitle"), QStringLiteral("funktion"),
        QStringLiteral("poste"),     QStringLiteral("fonction"),
    };
    const QString titleField = customFieldFor(*contact, FieldType::Text, titleNames);
    if (!titleField.isEmpty())
        setIfGiven(contact, titleField, card.jobTitle.trimmed());
    // The address is the company's when there is one; else the contact keeps it, if it can.
    if (card.businessName.trimmed().isEmpty()) {
        const QString addressField = customFieldFor(
            *contact, FieldType::Address, {QStringLiteral("address"), QStringLiteral("adresse")});
        const QJsonObject address = card.addressBody();
        if (!addressField.isEmpty() && !address.isEmpty())
            contact->setValue(addressField, address);
    }
}

void CaptureImport::fillCompany(RecordModel *company, const CapturedContact &card)
{
    const QJsonObject body = card.companyBody();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        setIfGiven(company, it.key(), it.value());
}

void CaptureImport::fillLead(RecordModel *lead, const CapturedContact &card)
{
    const bool hasCompany = !card.businessName.trimmed().isEmpty();
    const bool companyChosen = lead->value(FieldKeys::companyId).toDouble() > 0;
    if (hasCompany && !companyChosen) {
        lead->setValue(FieldKeys::contactType, FieldKeys::companyLead);
        lead->setValue(FieldKeys::newCompany, true);
        fillCompany(lead->nestedCompany(), card);
    } else if (!companyChosen) {
        lead->setValue(FieldKeys::contactType, FieldKeys::contactLead);
    }
    lead->setValue(FieldKeys::newContact, true);
    fillContact(lead->nestedContact(), card);
}

QJsonObject CaptureImport::draftLead(const std::shared_ptr<const LookupCatalog> &catalog,
                                     const CapturedContact &card)
{
    RecordModel lead(RecordKind::Lead, catalog);
    const QString person = personTitle(card);
    const QString company = card.businessName.trimmed();
    lead.setValue(FieldKeys::name,
                  company.isEmpty() || company == person
                      ? person
                      : tr("%1, %2", "lead name: person, company").arg(person, company));
    fillLead(&lead, card);
    return lead.draftState();
}

Result<int> CaptureImport::saveDraftLeads(Outbox *outbox,
                                          const std::shared_ptr<const LookupCatalog> &catalog,
                                          const QList<CapturedContact> &cards)
{
    if (!outbox)
        return Result<int>::failure(tr("No profile is open."));
    int saved = 0;
    for (const CapturedContact &card : cards) {
        const QJsonObject draft = draftLead(catalog, card);
        const Record record = Record::fromDraft(RecordKind::Lead, draft);
        const auto kept
            = outbox->saveDraft(0, recordKindName(RecordKind::Lead), record.title(), draft);
        if (!kept)
            return Result<int>::failure(
                tr("%n of %1 draft leads were kept; the next could not be saved: %2", nullptr,
                   saved)
                    .arg(cards.size())
                    .arg(kept.error()));
        ++saved;
    }
    return Result<int>::success(saved);
}

QString CaptureImport::addressLine(const CapturedAddress &address)
{
    QStringList parts = address.street;
    const QString place = QStringList {address.postalCode.trimmed(), address.city.trimmed()}
                              .join(QLatin1Char(' '))
                              .trimmed();
    for (const QString &part : {place, address.region.trimmed(), address.country.trimmed()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString CaptureImport::personTitle(const CapturedContact &card)
{
    const QString name
        = QString(card.firstName.trimmed() + QLatin1Char(' ') + card.lastName.trimmed()).trimmed();
    if (!name.isEmpty())
        return name;
    if (!card.emails.isEmpty())
        return card.emails.first();
    return card.businessName.trimmed();
}
