#include "cli/pingcommand.h"

#include "cli/cliconnection.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"

void PingCommand::start()
{
    PlatformReply *reply
        = m_connection->client()->call(QStringLiteral("test"), QStringLiteral("ping"));
    connect(reply, &PlatformReply::finished, this, [this](const PlatformResult &result) {
        if (!result.ok())
            return fail(result.error);
        const QString ack = result.object().value(QStringLiteral("ack")).toString();
        if (ack.isEmpty())
            return fail(ExitCode::Unreachable,
                        tr("The platform answered the ping without an acknowledgement."));
        out() << "ok " << ack << Qt::endl;
        succeed();
    });
}
