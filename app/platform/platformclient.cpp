#include "platform/platformclient.h"

#include "platform/platformaddress.h"
#include "platform/platformlog.h"
#include "platform/platformreply.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPlatform, "leaddesk.platform")

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<PlatformResult>();
    qRegisterMetaType<PlatformError>();
    // Signed POSTs must not be replayed to another address behind our back.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PlatformClient::~PlatformClient() = default;

QString PlatformClient::configure(const QString &address, const QString &apiKey,
                                  const QByteArray &apiSecret)
{
    QUrl url;
    const QString problem = PlatformAddress::check(address, &url);
    if (!problem.isEmpty())
        return problem;
    m_baseUrl = url;
    m_apiKey = apiKey.trimmed();
    m_apiSecret = apiSecret;
    return QString();
}

void PlatformClient::setClock(std::function<QDateTime()> nowUtc)
{
    m_clock = std::move(nowUtc);
}

QDateTime PlatformClient::now() const
{
    return m_clock().addSecs(m_clockOffsetSeconds);
}

void PlatformClient::setClockOffsetSeconds(qint64 seconds)
{
    if (m_clockOffsetSeconds == seconds)
        return;
    m_clockOffsetSeconds = seconds;
    Q_EMIT clockOffsetChanged(seconds);
}

QString PlatformClient::configurationProblem() const
{
    if (m_baseUrl.isEmpty())
        return tr("No platform address is set.");
    if (m_apiKey.isEmpty())
        return tr("No API key is set.");
    if (m_apiSecret.isEmpty())
        return tr("No API secret is available for key %1.").arg(m_apiKey);
    return PlatformAddress::check(m_baseUrl.toString());
}

QByteArray PlatformClient::requestString(const QString &nameSpace, const QString &action) const
{
    const QByteArray prefix = m_baseUrl.path(QUrl::FullyEncoded).toUtf8();
    return prefix + "/api/" + RequestSigner::apiVersion() + '/' + QUrl::toPercentEncoding(nameSpace)
        + "?action=" + QUrl::toPercentEncoding(action);
}

QUrl PlatformClient::urlFor(const QByteArray &requestString) const
{
    QUrl url = m_baseUrl;
    const int query = requestString.indexOf('?');
    url.setPath(QString::fromUtf8(requestString.left(query)), QUrl::TolerantMode);
    url.setQuery(QString::fromUtf8(requestString.mid(query + 1)), QUrl::StrictMode);
    return url;
}

HeaderList PlatformClient::headersFor(const QByteArray &requestString, const QByteArray &body,
                                      QByteArray *signedString) const
{
    const RequestSigner signer(m_apiKey.toUtf8(), m_apiSecret);
    return signer.signedHeaders(requestString, body, now(), signedString);
}

PlatformReply *PlatformClient::call(const QString &nameSpace, const QString &action,
                                    const QJsonObject &body)
{
    auto *reply = new PlatformReply(this, nameSpace, action,
                                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    // Start on the next turn of the event loop so the caller can connect first.
    QTimer::singleShot(0, reply, &PlatformReply::start);
    return reply;
}
