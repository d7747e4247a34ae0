#include "sandbox/sandboxerror.h"

#include "sandbox/sandboxcodes.h"

#include <QJsonArray>

SandboxError::SandboxError(int status, int specificCode, QString message, QStringList additional)
    : m_status(status)
    , m_specificCode(specificCode)
    , m_message(std::move(message))
    , m_additional(std::move(additional))
{
    // A request with thousands of bad entries must not produce a reply many times its size.
    constexpr qsizetype MaxListed = 100;
    if (m_additional.size() > MaxListed) {
        const qsizetype more = m_additional.size() - MaxListed;
        m_additional.resize(MaxListed);
        m_additional.append(QStringLiteral("%1 more problems are not listed").arg(more));
    }
}

SandboxError SandboxError::doesNotValidate(const QString &key, const QString &reason)
{
    return SandboxError(400, SandboxCodes::DoesNotValidate,
                        QLatin1Char('\'') + key + QStringLiteral("' does not validate"), {reason});
}

SandboxError SandboxError::required(const QString &key)
{
    return SandboxError(400, SandboxCodes::Required,
                        QLatin1Char('\'') + key + QStringLiteral("' is required"));
}

QJsonObject SandboxError::toJson() const
{
    QJsonObject json {{QLatin1String("errorCode"), m_status},
                      {QLatin1String("message"), m_message},
                      {QLatin1String("specificCode"), m_specificCode}};
    if (!m_additional.isEmpty())
        json.insert(QLatin1String("additionalMessages"), QJsonArray::fromStringList(m_additional));
    return json;
}
