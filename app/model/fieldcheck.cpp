#include "model/fieldcheck.h"

#include "model/fielddefinition.h"
#include "model/lookupcatalog.h"
#include "model/lookupnames.h"
#include "model/valuechecks.h"

#include <QJsonArray>

QString FieldCheck::check(const FieldDefinition &f, const QJsonValue &value, const QString &text,
                          const LookupCatalog &catalog)
{
    const bool isText = value.isString();
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return ValueChecks::text(value);
    case FieldType::Email:
        return isText ? ValueChecks::emailText(text) : ValueChecks::email(value);
    case FieldType::Choice:
        return choice(f, value, catalog);
    case FieldType::Enum:
        return enumValue(f, value);
    case FieldType::Boolean:
        return ValueChecks::boolean(value);
    case FieldType::Select:
    case FieldType::LargeSelect:
        return isText ? ValueChecks::selectKey(text, f.selectOptions.get())
                      : ValueChecks::select(value, f.selectOptions.get());
    case FieldType::MultiSelect:
        return ValueChecks::multiSelect(value, f.selectOptions.get());
    case FieldType::Address:
        return ValueChecks::address(value);
    case FieldType::Date:
        return isText ? ValueChecks::dateText(text) : ValueChecks::date(value);
    case FieldType::WholeNumber:
        return ValueChecks::wholeNumber(value);
    case FieldType::File:
    case FieldType::StaticText:
        return tr("cannot be set through the API");
    case FieldType::ContactRef:
    case FieldType::CompanyRef:
        return ValueChecks::id(value);
    case FieldType::IdList:
        return idList(value);
    case FieldType::ContactType:
        return ValueChecks::contactTypeText(isText ? text : QString());
    case FieldType::Toggle:
        return ValueChecks::flag(value);
    case FieldType::JsonValue:
        return QString();
    }
    return QString();
}

QString FieldCheck::choice(const FieldDefinition &f, const QJsonValue &value,
                           const LookupCatalog &catalog)
{
    const QString problem = ValueChecks::id(value);
    if (!problem.isEmpty())
        return problem;
    // Subtypes and reasons depend on their parent; RecordRules checks them.
    if (f.lookup == LookupNames::subtypes || f.lookup == LookupNames::reasons)
        return QString();
    const qint64 id = ValueChecks::toId(value);
    if (!catalog.isEmpty() && !catalog.contains(f.lookup, id))
        return tr("%1 %2 does not exist").arg(f.label).arg(id);
    if (f.lookup == LookupNames::users && catalog.isInactiveUser(id))
        return tr("%1 is no longer an active user").arg(catalog.label(f.lookup, id));
    return QString();
}

QString FieldCheck::enumValue(const FieldDefinition &f, const QJsonValue &value)
{
    const QString problem = ValueChecks::wholeNumber(value);
    if (!problem.isEmpty())
        return problem;
    const qint64 number = ValueChecks::toId(value);
    for (const auto &[key, label] : f.enumValues)
        if (key == number)
            return QString();
    return ValueChecks::notAChoice(QJsonValue(number));
}

QString FieldCheck::idList(const QJsonValue &value)
{
    if (!value.isArray())
        return tr("must be a list of ids");
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        const QString problem = ValueChecks::id(item);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}
