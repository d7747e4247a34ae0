#include "cli/validatecommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/duplicatescreen.h"
#include "cli/terminaltext.h"
#include "services/catalogloader.h"
#include "services/submission.h"
#include "store/lookupcache.h"
#include "store/recorddirectory.h"

#include <QFile>
#include <QJsonArray>

namespace {
/// A lead schema entry that takes `value` as it is: the type its JSON shape fits.
QJsonObject looseDefinition(int fieldId, const QJsonValue &value)
{
    int type = 1; // Large Text: any text
    QJsonObject definition;
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        type = 8;
    } else if (value.isObject()) {
        type = 4;
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray keys = value.toArray();
        const bool texts = std::all_of(keys.begin(), keys.end(),
                                       [](const QJsonValue &key) { return key.isString(); });
        if (texts) {
            type = 3;
            definition.insert(QStringLiteral("selectValues"), keys);
        }
    }
    definition.insert(QStringLiteral("fieldId"), fieldId);
    definition.insert(QStringLiteral("fieldType"), type);
    definition.insert(QStringLiteral("displayName"),
                      QStringLiteral("customFields.%1").arg(fieldId));
    return definition;
}
} // namespace

RecordKind ValidateCommand::kind() const
{
    if (m_options.kind == QStringLiteral("company"))
        return RecordKind::Company;
    if (m_options.kind == QStringLiteral("contact"))
        return RecordKind::Contact;
    return RecordKind::Lead;
}

bool ValidateCommand::prepare()
{
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    m_inputs = BodyInputs::read(m_options.command.mid(1), &input);
    // One body: its problem is the command's, as it always was.
    if (m_inputs.size() == 1 && !m_inputs.first().problem.isEmpty()) {
        fail(m_inputs.first().code, m_inputs.first().problem);
        return false;
    }
    return true;
}

void ValidateCommand::start()
{
    withCatalog(Refresh::IfMissing, [this](std::shared_ptr<const LookupCatalog> catalog) {
        const QList<int> valid = check(catalog);
        // A possible duplicate is said, but the body is still valid: only submit refuses.
        screenDuplicates(valid, [this, valid](const QSet<int> &) {
            for (int index : valid)
                if (m_inputs.size() > 1)
                    out() << prefix(index) << tr("valid") << Qt::endl;
            endWithWorst();
        });
    });
}

void ValidateCommand::screenDuplicates(const QList<int> &indexes,
                                       std::function<void(const QSet<int> &)> then)
{
    QList<DuplicateScreen::Subject> subjects;
    for (int index : indexes)
        subjects
            += DuplicateScreen::subjectsOf(index, recordKindName(kind()), m_inputs.at(index).body);
    if (subjects.isEmpty())
        return then({});
    auto *screen = new DuplicateScreen(m_connection, this);
    screen->screen(subjects,
                   [this, screen, then = std::move(then)](const QHash<int, RadarFindings> &strong,
                                                          const QStringList &unchecked) {
                       QTextStream err(stderr);
                       if (!unchecked.isEmpty())
                           err << "leaddesk-cli: "
                               << tr("warning: could not look for duplicates on the platform: %1")
                                      .arg(TerminalText::line(unchecked.first()))
                               << '\n';
                       QSet<int> duplicated;
                       for (int index = 0; index < m_inputs.size(); ++index) {
                           for (const RadarFinding &finding : strong.value(index)) {
                               err << prefix(index)
                                   << TerminalText::line(DuplicateScreen::line(finding)) << '\n';
                               duplicated.insert(index);
                           }
                       }
                       err.flush();
                       screen->deleteLater();
                       then(duplicated);
                   });
}

QString ValidateCommand::prefix(int index) const
{
    return m_inputs.size() > 1 ? m_inputs.at(index).label + QStringLiteral(": ") : QString();
}

void ValidateCommand::note(ExitCode code)
{
    if (int(code) > int(m_worst))
        m_worst = code;
}

void ValidateCommand::endWithWorst()
{
    QTextStream(stderr).flush();
    end(m_worst);
}

QList<int> ValidateCommand::check(const std::shared_ptr<const LookupCatalog> &catalog)
{
    QList<int> valid;
    QTextStream err(stderr);
    for (int index = 0; index < m_inputs.size(); ++index) {
        const BodyInputs::Input &input = m_inputs.at(index);
        if (!input.problem.isEmpty()) {
            err << "leaddesk-cli: " << TerminalText::line(input.problem) << '\n';
            note(input.code);
            continue;
        }
        const QList<FieldProblem> problems
            = Submission::check(kind(), input.body, catalogFor(index, catalog));
        if (problems.isEmpty()) {
            valid.append(index);
            continue;
        }
        for (const FieldProblem &problem : problems) {
            QString message = problem.message;
            if (problem.key.startsWith(QStringLiteral("custom:")) && problem.label != problem.key)
                message = problem.label + QStringLiteral(": ") + message;
            err << prefix(index)
                << TerminalText::line(problem.key.isEmpty() ? recordKindName(kind()) : problem.key)
                << ": " << TerminalText::line(message) << '\n';
        }
        note(ExitCode::InvalidLocally);
    }
    err.flush();
    return valid;
}

std::shared_ptr<const LookupCatalog>
ValidateCommand::catalogFor(int index, const std::shared_ptr<const LookupCatalog> &catalog)
{
    const QJsonArray values
        = m_inputs.at(index).body.value(QStringLiteral("customFields")).toArray();
    if (kind() != RecordKind::Lead || values.isEmpty()
        || !catalog->customFields(RecordKind::Lead).isEmpty())
        return catalog;
    QJsonArray schema;
    QSet<int> seen;
    for (const QJsonValue &entry : values) {
        const int id = entry.toObject().value(QStringLiteral("fieldId")).toInt();
        if (id <= 0 || seen.contains(id))
            continue; // the check names what is wrong with it
        seen.insert(id);
        schema.append(looseDefinition(id, entry.toObject().value(QStringLiteral("fieldValue"))));
    }
    if (!m_lists) {
        // The same lists CatalogLoader reads, with another lead schema.
        const QString profile = m_connection->profile();
        auto snapshot = m_connection->lookupCache()->load(profile);
        m_lists = snapshot ? snapshot.value().lists : QMap<QString, QJsonArray>();
        for (const auto &[list, kindName] :
             {qMakePair(QStringLiteral("contacts"), QStringLiteral("contact")),
              qMakePair(QStringLiteral("companies"), QStringLiteral("company"))}) {
            if (m_lists->isEmpty() || !m_connection->directory())
                continue;
            const auto records = m_connection->directory()->search(profile, kindName, QString(),
                                                                   CatalogLoader::kDirectoryLimit);
            QJsonArray array;
            for (const QJsonObject &record : records ? records.value() : QList<QJsonObject>())
                array.append(record);
            m_lists->insert(list, array);
        }
    }
    if (!m_warned) {
        m_warned = true;
        QTextStream(stderr) << "leaddesk-cli: "
                            << tr("warning: this profile has no lead schema, so lead custom "
                                  "fields go to the platform unchecked (import one with "
                                  "'leaddesk-cli schema import lead FILE').")
                            << Qt::endl;
    }
    return LookupCatalog::build(*m_lists, schema, catalog->fetchedAt());
}
