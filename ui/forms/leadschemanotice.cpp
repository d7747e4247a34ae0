#include "forms/leadschemanotice.h"

#include "common/documentsfolder.h"
#include "common/messagebanner.h"
#include "model/customfieldschema.h"
#include "model/lookupcatalog.h"
#include "model/messagefieldkeys.h"
#include "platform/platformerror.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

LeadSchemaNotice::LeadSchemaNotice(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("leadSchemaNotice"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 8);
    column->addWidget(m_banner);
    connect(workspace, &Workspace::catalogChanged, this, &LeadSchemaNotice::update);
    connect(workspace, &Workspace::activated, this, &LeadSchemaNotice::update);
    update();
}

void LeadSchemaNotice::update()
{
    const auto catalog = m_workspace->catalog();
    const bool none = !catalog || catalog->customFields(RecordKind::Lead).isEmpty();
    setVisible(none);
    if (!none) {
        m_banner->clear();
        return;
    }
    m_banner->show(MessageBanner::Kind::Warning,
                   tr("This profile has no lead custom fields yet, so leads are sent without "
                      "them and the platform may refuse them. The platform cannot list them: "
                      "import the lead schema file your admin exported from LeadDesk (Settings → "
                      "Lead schema → Export…)."));
    QPushButton *import = m_banner->addAction(tr("&Import lead schema…"));
    import->setObjectName(QStringLiteral("importLeadSchemaButton"));
    connect(import, &QPushButton::clicked, this, &LeadSchemaNotice::chooseFile);
}

void LeadSchemaNotice::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import lead schema"), DocumentsFolder::path(),
                                       tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool LeadSchemaNotice::importFile(const QString &path)
{
    const auto read = CustomFieldSchema::readFile(path);
    if (!read) {
        m_banner->show(MessageBanner::Kind::Error, tr("Not imported: %1").arg(read.error()));
        return false;
    }
    return save(read.value(), QFileInfo(path).fileName());
}

bool LeadSchemaNotice::addField(const QJsonObject &definition)
{
    const auto stored = m_workspace->leadSchema();
    if (!stored) {
        m_banner->show(MessageBanner::Kind::Error, stored.error());
        return false;
    }
    QJsonArray definitions = stored.value();
    definitions.append(definition);
    return save(definitions, tr("the lead schema"));
}

bool LeadSchemaNotice::save(const QJsonArray &definitions, const QString &source)
{
    // The same check as Settings → Lead schema: a bad file never becomes the profile's.
    const auto parsed = CustomFieldSchema::parse(definitions, source);
    const auto saved
        = parsed ? m_workspace->setLeadSchema(definitions) : Result<bool>::failure(parsed.error());
    if (!saved) {
        setVisible(true);
        m_banner->show(MessageBanner::Kind::Error, tr("Not saved: %1").arg(saved.error()));
        return false;
    }
    return true;
}

QList<QPair<int, bool>> LeadSchemaNotice::unknownFields(const PlatformError &error,
                                                        const LookupCatalog &catalog)
{
    static const QString prefix = QStringLiteral("customFields.");
    QList<QPair<int, bool>> unknown;
    QStringList texts = error.additionalMessages;
    texts.prepend(error.message);
    for (const QString &text : std::as_const(texts)) {
        for (const QString &key : MessageFieldKeys::in(text)) {
            // Only the lead's own: "contact.customFields.5" is the platform's to define.
            if (!key.startsWith(prefix))
                continue;
            const int id = key.mid(prefix.size()).toInt();
            const auto &known = catalog.customFields(RecordKind::Lead);
            const bool isKnown = std::any_of(known.cbegin(), known.cend(),
                                             [id](const auto &f) { return f.customFieldId == id; });
            if (id <= 0 || isKnown)
                continue;
            const bool required = text.contains(QStringLiteral("required"));
            auto it = std::find_if(unknown.begin(), unknown.end(),
                                   [id](const auto &entry) { return entry.first == id; });
            if (it == unknown.end())
                unknown.append({id, required});
            else
                it->second = it->second || required;
        }
    }
    return unknown;
}
