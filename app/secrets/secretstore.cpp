#include "secrets/secretstore.h"

#include "secrets/secretslog.h"

#include <QPointer>

Q_LOGGING_CATEGORY(lcSecrets, "leaddesk.secrets")

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{ }

SecretJob::~SecretJob() = default;

void SecretJob::finishLater(bool ok, const QByteArray &secret, const QString &error, bool notFound)
{
    if (m_settled)
        return;
    m_settled = true;
    QMetaObject::invokeMethod(
        this,
        [this, ok, secret, error, notFound] {
            QPointer<SecretJob> alive(this);
            Q_EMIT finished(ok, secret, error, notFound);
            // A receiver may have deleted the job already.
            if (alive)
                deleteLater();
        },
        Qt::QueuedConnection);
}
