#pragma once

#include <QObject>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

/// A loopback TCP proxy that makes a fast local server feel like a real one far away: every
/// chunk is held back `oneWayMs` in each direction (75 ms each way is the 150 ms round trip a
/// rep has), and the answer of each request can be held back longer still (a platform slow to
/// write). It also counts the connections made through it, which is what a TLS handshake costs
/// on the real platform.
class DelayProxy : public QObject
{
    Q_OBJECT

public:
    DelayProxy(quint16 upstreamPort, int oneWayMs, QObject *parent = nullptr);
    ~DelayProxy() override;

    /// Listens on 127.0.0.1 (a free port).
    bool start();
    quint16 port() const;
    QString url() const;

    /// Extra time before the server's bytes go back (a slow write), on top of oneWayMs.
    void setAnswerDelayMs(int ms) { m_answerDelayMs = ms; }
    /// Connections accepted so far.
    int connectionCount() const { return m_connections; }

private:
    struct Link;
    void accept();

    quint16 m_upstreamPort;
    int m_oneWayMs;
    int m_answerDelayMs = 0;
    int m_connections = 0;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Link>> m_links;
};
