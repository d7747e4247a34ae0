#include "import/importdryrun.h"

#include "import/importfieldnames.h"
#include "model/fielddefinition.h"
#include "model/fieldkeys.h"
#include "model/lookupcatalog.h"
#include "model/record.h"
#include "model/recordbody.h"
#include "model/recordrules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QStringList splitList(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[;,|]"));
    QStringList parts = cell.split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

std::optional<bool> readFlag(const QString &cell)
{
    static const QStringList yes {
        QStringLiteral("1"),   QStringLiteral("true"), QStringLiteral("yes"),
        QStringLiteral("y"),   QStringLiteral("x"),    QStringLiteral("ja"),
        QStringLiteral("oui"), QStringLiteral("wahr"), QStringLiteral("vrai")};
    static const QStringList no {QStringLiteral("0"),      QStringLiteral("false"),
                                 QStringLiteral("no"),     QStringLiteral("n"),
                                 QStringLiteral("nein"),   QStringLiteral("non"),
                                 QStringLiteral("falsch"), QStringLiteral("faux")};
    const QString folded = cell.trimmed().toCaseFolded();
    if (yes.contains(folded))
        return true;
    if (no.contains(folded))
        return false;
    return std::nullopt;
}
} // namespace

ImportDryRun::ImportDryRun(RecordKind kind, std::shared_ptr<const LookupCatalog> catalog,
                           const QStringList &header, const ImportMapping &mapping)
    : m_kind(kind)
    , m_catalog(std::move(catalog))
    , m_header(header)
    , m_dateOrder(mapping.dateOrder())
    , m_valueChoices(mapping.allValues())
{
    resolveColumns(mapping);
}

void ImportDryRun::resolveColumns(const ImportMapping &mapping)
{
    const ImportFieldNames names(m_kind, *m_catalog);
    QList<int> dependants;
    for (int column = 0; column < m_header.size(); ++column) {
        const QString &header = m_header.at(column);
        const QString chosen = mapping.target(header);
        ImportTarget target = chosen.isEmpty() ? names.match(header) : ImportTarget::parse(chosen);
        const FieldDefinition *field = target.definition(m_kind, *m_catalog);
        if (!target.isIgnored() && !field) {
            m_unknownTargets.append(QStringLiteral("%1 → %2").arg(header, target.text()));
            target = ImportTarget();
        }
        m_targets.append(target);
        m_fields.append(field);
        m_explicitIgnore.append(chosen.trimmed() == QStringLiteral("ignore"));
        if (!field)
            continue;
        m_columnByProblemKey.insert(target.problemKey(), column);
        const QString text = target.text();
        if (text == QStringLiteral("contact.email"))
            m_contactEmailColumn = column;
        else if (text == FieldKeys::contactId || text == FieldKeys::companyLeadContactId)
            m_contactIdColumn = column;
        else if (text == QStringLiteral("company.businessName"))
            m_companyNameColumn = column;
        else if (text == FieldKeys::companyId)
            m_companyIdColumn = column;
        // A subtype is read after its type, a stage reason after its stage.
        if (RecordRules::optionsParent(field->key).isEmpty())
            m_order.append(column);
        else
            dependants.append(column);
    }
    m_order.append(dependants);
}

QStringList ImportDryRun::unmappedHeaders() const
{
    QStringList headers;
    for (int column = 0; column < m_header.size(); ++column)
        if (!m_fields.at(column) && !m_explicitIgnore.at(column))
            headers.append(m_header.at(column).isEmpty()
                               ? tr("column %1 (no header)").arg(column + 1)
                               : m_header.at(column));
    return headers;
}

void ImportDryRun::setExistingContacts(const QHash<QString, qint64> &byEmail)
{
    m_existingContacts.clear();
    for (auto it = byEmail.constBegin(); it != byEmail.constEnd(); ++it)
        m_existingContacts.insert(foldedKey(it.key()), it.value());
}

void ImportDryRun::setExistingCompanies(const QHash<QString, qint64> &byName)
{
    m_existingCompanies.clear();
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it)
        m_existingCompanies.insert(foldedKey(it.key()), it.value());
}

QString ImportDryRun::foldedKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString ImportDryRun::contactEmail(const QStringList &cells) const
{
    if (m_contactEmailColumn < 0
        || (m_contactIdColumn >= 0 && !cells.value(m_contactIdColumn).trimmed().isEmpty()))
        return {};
    return foldedKey(cells.value(m_contactEmailColumn));
}

QString ImportDryRun::companyName(const QStringList &cells) const
{
    if (m_companyNameColumn < 0
        || (m_companyIdColumn >= 0 && !cells.value(m_companyIdColumn).trimmed().isEmpty()))
        return {};
    return foldedKey(cells.value(m_companyNameColumn));
}

ImportRow ImportDryRun::check(qint64 number, const QStringList &cells)
{
    return evaluate(number, cells, true);
}

ImportRow ImportDryRun::recheck(const ImportRow &row)
{
    return evaluate(row.number, row.cells, false);
}

ImportRow ImportDryRun::evaluate(qint64 number, const QStringList &cells, bool count)
{
    ImportRow row;
    row.number = number;
    row.cells = cells;
    QList<FieldProblem> conversion;
    QJsonObject body = assemble(cells, row, conversion);
    if (m_kind == RecordKind::Lead)
        resolveParties(body, row);
    judge(row, body, conversion);

    if (row.isReady() && m_kind == RecordKind::Lead) {
        const qint64 contactId
            = row.body.value(FieldKeys::contactId)
                  .toInteger(row.body.value(FieldKeys::companyLeadContactId).toInteger());
        const QString key = DuplicateKeys::keyOf(row.body.value(FieldKeys::name).toString(),
                                                 contactId, row.contactKey);
        const qint64 first = count ? m_duplicates.add(number, key) : m_duplicates.firstRow(key);
        if (first > 0 && first != number) {
            row.status = ImportRow::Status::Duplicate;
            row.duplicateOf = first;
        }
    }
    if (row.isReady()) {
        auto share = [&](QHash<QString, qint64> &creators, const QString &key,
                         ImportRow::Party *party, qint64 *createdBy) {
            if (key.isEmpty())
                return;
            const qint64 creator = creators.value(key);
            if (creator == 0 && count)
                creators.insert(key, number);
            *createdBy = creator == 0 ? number : creator;
            *party = *createdBy == number ? ImportRow::Party::New : ImportRow::Party::Shared;
        };
        share(m_newContacts, row.contactKey, &row.contact, &row.contactCreatedBy);
        share(m_newCompanies, row.companyKey, &row.company, &row.companyCreatedBy);
    }
    if (count) {
        ++m_summary.rows;
        switch (row.status) {
        case ImportRow::Status::Ready:
            ++m_summary.ready;
            break;
        case ImportRow::Status::Problem:
            ++m_summary.problems;
            break;
        case ImportRow::Status::Duplicate:
            ++m_summary.duplicates;
            break;
        }
    }
    return row;
}

QJsonObject ImportDryRun::assemble(const QStringList &cells, ImportRow &row,
                                   QList<FieldProblem> &conversion)
{
    Q_UNUSED(row)
    QJsonObject parts[3]; // the record, its new contact, its new company
    QJsonArray custom[3];
    const RecordKind owners[3] = {m_kind, RecordKind::Contact, RecordKind::Company};
    for (int column : std::as_const(m_order)) {
        const FieldDefinition *field = m_fields.at(column);
        const QString cell = cells.value(column).trimmed();
        if (cell.isEmpty())
            continue;
        const ImportTarget &target = m_targets.at(column);
        const int part = target.scope() == ImportTarget::Scope::Contact ? 1
            : target.scope() == ImportTarget::Scope::Company            ? 2
                                                                        : 0;
        const Converted converted = convert(column, cell, parts[part]);
        if (!converted.problem.isEmpty()) {
            conversion.append({target.problemKey(), field->label, converted.problem});
            continue;
        }
        if (field->isCustom()) {
            custom[part].append(
                QJsonObject {{FieldKeys::fieldId, field->customFieldId},
                             {RecordBody::customValueKey(owners[part]), converted.value}});
        } else if (!parts[part].contains(field->key)) {
            parts[part].insert(field->key, converted.value);
        }
    }
    for (int part = 0; part < 3; ++part)
        if (!custom[part].isEmpty())
            parts[part].insert(FieldKeys::customFields, custom[part]);
    if (!parts[1].isEmpty())
        parts[0].insert(FieldKeys::contact, parts[1]);
    if (!parts[2].isEmpty())
        parts[0].insert(FieldKeys::company, parts[2]);
    return parts[0];
}

void ImportDryRun::resolveParties(QJsonObject &body, ImportRow &row)
{
    const bool companyLead
        = body.contains(FieldKeys::company) || body.contains(FieldKeys::companyId);
    const QJsonObject company = body.value(FieldKeys::company).toObject();
    if (!company.isEmpty() && !body.contains(FieldKeys::companyId)) {
        const QString name = foldedKey(company.value(FieldKeys::businessName).toString());
        const qint64 existing = m_existingCompanies.value(name);
        if (existing > 0) {
            body.remove(FieldKeys::company);
            body.insert(FieldKeys::companyId, existing);
            row.company = ImportRow::Party::Existing;
            row.companyId = existing;
        } else {
            row.companyKey = name;
        }
    }
    const QJsonObject contact = body.value(FieldKeys::contact).toObject();
    const QString idKey = companyLead ? FieldKeys::companyLeadContactId : FieldKeys::contactId;
    if (contact.isEmpty() || body.contains(idKey))
        return;
    const QString email = foldedKey(contact.value(FieldKeys::email).toString());
    const qint64 existing = m_existingContacts.value(email);
    if (existing > 0) {
        body.remove(FieldKeys::contact);
        body.insert(idKey, existing);
        row.contact = ImportRow::Party::Existing;
        row.contactId = existing;
    } else {
        row.contactKey = email;
    }
}

void ImportDryRun::judge(ImportRow &row, const QJsonObject &body,
                         const QList<FieldProblem> &conversion)
{
    const Record record = RecordBody::load(m_kind, body, *m_catalog);
    row.problems = conversion;
    QSet<QString> named;
    for (const FieldProblem &problem : conversion)
        named.insert(problem.key);
    // A value the import could not read is one problem, not also "required".
    for (const FieldProblem &problem : RecordRules::check(record, *m_catalog))
        if (!named.contains(problem.key))
            row.problems.append(problem);
    row.problemColumns.clear();
    for (const FieldProblem &problem : std::as_const(row.problems))
        row.problemColumns.append(columnOf(problem.key));
    if (row.problems.isEmpty()) {
        row.body = RecordBody::build(record, *m_catalog);
        row.status = ImportRow::Status::Ready;
    } else {
        row.body = body;
        row.status = ImportRow::Status::Problem;
    }
}

int ImportDryRun::columnOf(const QString &problemKey) const
{
    return m_columnByProblemKey.value(problemKey, -1);
}

ImportDryRun::Converted ImportDryRun::convert(int column, const QString &cell,
                                              const QJsonObject &record)
{
    const FieldDefinition &field = *m_fields.at(column);
    switch (field.type) {
    case FieldType::Choice:
    case FieldType::Select:
    case FieldType::LargeSelect:
    case FieldType::MultiSelect:
    case FieldType::Enum:
        return convertList(column, cell, field, record);
    case FieldType::Boolean: {
        const auto flag = readFlag(cell);
        if (!flag)
            return {{}, tr("\"%1\" is neither yes nor no").arg(cell)};
        return {*flag, {}};
    }
    case FieldType::Date: {
        const auto iso = DateValue::toIso(cell, m_dateOrder);
        if (!iso)
            return {{}, iso.error()};
        return {iso.value(), {}};
    }
    case FieldType::WholeNumber: {
        bool ok = false;
        const qint64 number = cell.toLongLong(&ok);
        return {ok ? QJsonValue(number) : QJsonValue(cell), {}};
    }
    case FieldType::ContactRef:
    case FieldType::CompanyRef:
        return {RecordBody::wireId(cell), {}};
    case FieldType::IdList: {
        QJsonArray ids;
        for (const QString &part : splitList(cell))
            ids.append(RecordBody::wireId(part));
        return {ids, {}};
    }
    default:
        return {cell, {}};
    }
}

ImportDryRun::Converted ImportDryRun::convertList(int column, const QString &cell,
                                                  const FieldDefinition &field,
                                                  const QJsonObject &record)
{
    const QString parentKey = RecordRules::optionsParent(field.key);
    const qint64 parentId = parentKey.isEmpty() ? 0 : record.value(parentKey).toInteger();
    ListValueMatcher &values = matcher(column, field, parentId);
    const bool numeric = field.type == FieldType::Choice || field.type == FieldType::Enum;
    if (field.type == FieldType::MultiSelect) {
        QJsonArray keys;
        QStringList unknown;
        for (const QString &part : splitList(cell)) {
            const auto key = values.match(part);
            if (key)
                keys.append(*key);
            else
                unknown.append(part);
        }
        if (!unknown.isEmpty())
            return {{},
                    tr("\"%1\" matches no option of %2")
                        .arg(unknown.join(QStringLiteral(", ")), field.label)};
        return {keys, {}};
    }
    const auto key = values.match(cell);
    if (!key)
        return {{}, tr("\"%1\" matches no option of %2").arg(cell, field.label)};
    if (numeric)
        return {key->toLongLong(), {}};
    return {*key, {}};
}

ListValueMatcher &ImportDryRun::matcher(int column, const FieldDefinition &field, qint64 parentId)
{
    const QString id = QStringLiteral("%1/%2").arg(column).arg(parentId);
    auto it = m_matchers.find(id);
    if (it != m_matchers.end())
        return *it;
    ListValueMatcher made = field.type == FieldType::Choice
        ? ListValueMatcher::forLookup(*m_catalog, field.lookup, parentId)
        : field.selectOptions ? ListValueMatcher::forSelect(*field.selectOptions)
                              : ListValueMatcher(QList<QPair<QString, QString>>());
    if (field.type == FieldType::Enum) {
        QList<QPair<QString, QString>> options;
        for (const auto &[number, label] : field.enumValues)
            options.append({QString::number(number), label});
        made = ListValueMatcher(options);
    }
    const auto choices = m_valueChoices.value(m_targets.at(column).text());
    for (auto choice = choices.constBegin(); choice != choices.constEnd(); ++choice)
        made.assign(choice.key(), choice.value());
    return *m_matchers.insert(id, std::move(made));
}

QList<ImportDryRun::Unmatched> ImportDryRun::unmatched() const
{
    QList<Unmatched> list;
    for (int column = 0; column < m_targets.size(); ++column) {
        QSet<QString> seen;
        for (auto it = m_matchers.constBegin(); it != m_matchers.constEnd(); ++it) {
            if (!it.key().startsWith(QString::number(column) + QLatin1Char('/')))
                continue;
            for (const QString &value : it->unmatched()) {
                const QString folded = ListValueMatcher::folded(value);
                if (seen.contains(folded))
                    continue;
                seen.insert(folded);
                list.append({m_targets.at(column).text(), m_fields.at(column)->label, value,
                             it->occurrences(value)});
            }
        }
    }
    return list;
}

QString ImportDryRun::summaryLine(const Summary &summary)
{
    return tr("%1 rows: %2 ready, %3 with problems, %4 duplicates")
        .arg(summary.rows)
        .arg(summary.ready)
        .arg(summary.problems)
        .arg(summary.duplicates);
}
