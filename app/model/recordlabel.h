#pragma once

#include <QJsonObject>
#include <QString>

/// What a person recognises a contact or company by, from the record as the platform lists it:
/// "Noor Haddad <noor@example.com>", "Acme Conferences Pty Ltd (Acme Events)".
namespace RecordLabel {
/// `kind` is "contact" or "company".
QString of(const QString &kind, const QJsonObject &record);
} // namespace RecordLabel
