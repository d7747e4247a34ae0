#include "sandbox/sandboxrouter.h"

namespace {
QString routeKey(const QString &nameSpace, const QString &action)
{
    return nameSpace + QStringLiteral("?action=") + action;
}
} // namespace

void SandboxRouter::add(const QString &nameSpace, const QString &action, Handler handler)
{
    m_handlers.insert(routeKey(nameSpace, action), std::move(handler));
}

const SandboxRouter::Handler *SandboxRouter::find(const QString &nameSpace,
                                                  const QString &action) const
{
    const auto it = m_handlers.constFind(routeKey(nameSpace, action));
    return it == m_handlers.constEnd() ? nullptr : &*it;
}
