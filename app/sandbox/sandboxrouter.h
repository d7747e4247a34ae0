#pragma once

#include "sandbox/apiresult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

// Maps "<namespace>?action=<action>" to the handler of that call.
class SandboxRouter
{
public:
    using Handler = std::function<ApiResult(const QJsonObject &body)>;

    void add(const QString &nameSpace, const QString &action, Handler handler);
    // nullptr when the platform has no such call.
    const Handler *find(const QString &nameSpace, const QString &action) const;

private:
    QHash<QString, Handler> m_handlers;
};
