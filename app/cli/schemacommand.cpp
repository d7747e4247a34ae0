#include "cli/schemacommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "model/customfieldschema.h"
#include "store/lookupcache.h"

#include <QFileInfo>

bool SchemaCommand::prepare()
{
    const QString path = m_options.command.value(3);
    if (!QFileInfo::exists(path)) {
        fail(ExitCode::Usage, tr("%1 does not exist.").arg(path));
        return false;
    }
    const auto array = CustomFieldSchema::readFile(path);
    if (!array) {
        fail(ExitCode::InvalidLocally, array.error());
        return false;
    }
    const auto parsed = CustomFieldSchema::parse(array.value(), path);
    if (!parsed) {
        fail(ExitCode::InvalidLocally, parsed.error());
        return false;
    }
    m_definitions = array.value();
    m_count = int(parsed.value().size());
    return true;
}

void SchemaCommand::start()
{
    if (!openStore())
        return;
    const auto stored
        = m_connection->lookupCache()->setLeadSchema(m_connection->profile(), m_definitions);
    if (!stored)
        return fail(ExitCode::Configuration, stored.error());
    out() << tr("lead schema: %n custom field(s) imported", nullptr, m_count) << Qt::endl;
    succeed();
}
