#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The platform's error shape (exceptions.md): errorCode (= HTTP status), message, specificCode
// and, when there are any, additionalMessages.
class SandboxError
{
public:
    SandboxError(int status, int specificCode, QString message, QStringList additional = {});

    // 400/23016: the first parameter of the wrong JSON kind.
    static SandboxError doesNotValidate(const QString &key, const QString &reason);
    // 400/23017: the first required parameter that is missing.
    static SandboxError required(const QString &key);

    int status() const { return m_status; }
    int specificCode() const { return m_specificCode; }
    QString message() const { return m_message; }
    QStringList additionalMessages() const { return m_additional; }

    QJsonObject toJson() const;

private:
    int m_status;
    int m_specificCode;
    QString m_message;
    QStringList m_additional;
};
