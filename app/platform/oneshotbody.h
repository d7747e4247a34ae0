#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once only.
///
/// QNetworkAccessManager silently sends a request again when a kept-alive
/// connection closes before the answer arrives, POSTs included. For a create
/// that is how duplicates happen: the platform stored the lead, the
/// connection dropped, Qt sent it again. A body that cannot be rewound makes
/// Qt fail with ContentReSendError instead, and the outbox decides.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
