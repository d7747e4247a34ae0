#include "submitcommand.h"

#include "cliconnection.h"
#include "clioptions.h"
#include "platformclient.h"
#include "platformreply.h"
#include "recordmodel.h"

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
    connect(
        reply, &PlatformReply::finished, this,
        [this, kindName, update](const PlatformResult &result) {
            if (!result.ok())
                return fail(result.error);
            const QJsonObject answer = result.object();
            const QJsonValue success = answer.value(QStringLiteral("success"));
            if (success.isBool() && !success.toBool())
                return fail(ExitCode::Rejected,
                            tr("The platform did not save the %1: %2")
                                .arg(kindName, answer.value(QStringLiteral("message")).toString()));
            const qint64 id = answer.value(QStringLiteral("id")).toVariant().toLongLong();
            if (id <= 0)
                return fail(ExitCode::Unreachable,
                            tr("The platform's answer has no %1 id; check the platform "
                               "before sending again.")
                                .arg(kindName));
            out() << kindName << ' ' << id << ' ' << (update ? "updated" : "created") << Qt::endl;
            succeed();
        });
}
