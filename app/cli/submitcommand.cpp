#include "submitcommand.h"

#include "cliconnection.h"
#include "clioptions.h"
#include "platformclient.h"
#include "platformreply.h"
#include "recordmodel.h"
#include "recordsubmitter.h"

void SubmitCommand::start()
{
    withCatalog(Refresh::IfStale, [this](std::shared_ptr<const LookupCatalog> catalog) {
        if (RecordModel *model = check(std::move(catalog)))
            send(model->requestBody());
    });
}

void SubmitCommand::send(const QJsonObject &body)
{
    const QString kindName = recordKindName(kind());
    const bool update = body.contains(QStringLiteral("id"));
    PlatformReply *reply
        = m_connection->client()->call(QStringLiteral("contact"), recordKindAction(kind()), body);
    connect(reply, &PlatformReply::finished, this,
            [this, kindName, update](const PlatformResult &result) {
                const RecordSubmitter::Outcome outcome = RecordSubmitter::outcomeOf(result, update);
                if (!outcome.ok)
                    return fail(outcome.error);
                out() << kindName << ' ' << outcome.id << ' '
                      << (outcome.created ? "created" : "updated") << Qt::endl;
                succeed();
            });
}
