#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>

#include <functional>

class QTcpSocket;
class QTimer;

/// A loopback HTTP proxy for fault tests: it sits in front of a real server
/// (the sandbox, which does the storing) and, request by request, passes the
/// exchange through or breaks it the way networks and overloaded servers do.
///
/// Requests are forwarded byte for byte (the signature covers the path and
/// the headers), one request at a time per kept-alive client connection.
/// Faults are drawn from a seeded generator, so a failing run can be replayed.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        Pass, ///< forwarded, answered with the server's answer
        Refuse, ///< the connection is dropped and new ones are refused for a while
        DropBeforeReading, ///< closed without forwarding: nothing stored
        DropAfterStoring, ///< forwarded (stored), then closed without an answer
        Error500, ///< forwarded (stored), then answered 500
        Busy503, ///< not forwarded, answered 503 with a short Retry-After
        Busy429, ///< not forwarded, answered 429 with a short Retry-After
        StoredBusy503, ///< forwarded (stored), then answered 503 with a short Retry-After
        StoredBusy429, ///< forwarded (stored), then answered 429 with a short Retry-After
        Garbage, ///< forwarded (stored), answered with bytes that are not the answer
        Truncate, ///< forwarded (stored), the answer cut short and the connection closed
    };
    static QList<Fault> allFaults();
    static QString faultName(Fault fault);

    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QByteArray bytes; ///< the whole request as received
    };
    /// Picks the fault for the `index`-th request (0-based).
    using Chooser = std::function<Fault(const Request &request, int index)>;

    /// Forwards to `upstreamPort` on 127.0.0.1. `seed` drives every random choice.
    FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 (a free port).
    bool start();
    quint16 port() const { return m_port; }
    QString url() const;

    /// The share of requests that get a fault (the others pass); 0.35 by default.
    void setFaultRate(double rate) { m_faultRate = rate; }
    /// Replaces the random choice (tests of the proxy itself).
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    /// A chooser that loses the answer to the first `count` requests for `call` (as in the
    /// request target, e.g. "batch?action=run") after the server acted on them
    /// (DropAfterStoring), and passes everything else: a batch run the platform queued whose
    /// asyncId never comes back, or lost progress and results answers.
    static Chooser loseAnswers(const QByteArray &call, int count);
    /// How long a Refuse fault keeps the port closed, drawn between the two.
    void setRefuseMs(int minMs, int maxMs);
    /// When false every request passes (counts go on).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    /// The Retry-After of 503 and 429 answers; empty (the default): "0" or "1" at random.
    void setRetryAfter(const QByteArray &seconds) { m_retryAfter = seconds; }

    int requestCount() const { return m_requestCount; }
    int count(Fault fault) const { return m_counts.value(fault); }
    /// "pass 812, refuse 12, …" in allFaults() order.
    QString summary() const;
    /// The action (e.g. "addOrUpdateLead") of each request, with its fault.
    QMap<QString, QMap<Fault, int>> countsByAction() const { return m_byAction; }

private:
    struct Connection;

    void onNewConnection();
    void onClientData(Connection *connection);
    void handleNext(Connection *connection);
    void forward(Connection *connection);
    void onUpstreamData(Connection *connection);
    void answer(Connection *connection, const QByteArray &response);
    void reply(Connection *connection, const QByteArray &bytes, bool thenClose);
    void replyBusy(Connection *connection, bool unavailable);
    void drop(Connection *connection);
    void refuseFor(int milliseconds);
    void relisten();
    Fault choose(const Request &request, int index);

    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    QTcpServer m_server;
    quint16 m_port = 0;
    QTimer *m_relisten;
    Chooser m_chooser;
    double m_faultRate = 0.35;
    int m_refuseMinMs = 50;
    int m_refuseMaxMs = 250;
    bool m_enabled = true;
    QByteArray m_retryAfter;
    int m_requestCount = 0;
    QMap<Fault, int> m_counts;
    QMap<QString, QMap<Fault, int>> m_byAction;
    QHash<QTcpSocket *, Connection *> m_connections;
};
