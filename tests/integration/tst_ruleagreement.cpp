#include "model/recordmodel.h"
#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "sandbox/sandboxserver.h"
#include "support/leadgenerator.h"
#include "support/platformlookups.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

/// The model's verdict on generated records against the sandbox's, which
/// implements the same documented rules on its own: the sandbox must accept
/// every body the model calls valid and reject every body it calls invalid.
class TestRuleAgreement : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    PlatformClient *m_client = nullptr;

    PlatformResult call(const QString &ns, const QString &action, const QJsonObject &body)
    {
        PlatformReply *reply = m_client->call(ns, action, body);
        QSignalSpy spy(reply, &PlatformReply::finished);
        if (!spy.wait(15000))
            qFatal("call never finished");
        return spy.first().first().value<PlatformResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_client = new PlatformClient(this);
        QCOMPARE(m_client->configure(m_sandbox->baseUrl().toString(),
                                     SandboxServer::defaultApiKey(),
                                     SandboxServer::defaultApiSecret().toUtf8()),
                 QString());
    }

    void modelAndSandboxAgree()
    {
        const PlatformLookups lookups
            = PlatformLookups::fetch(m_client, m_sandbox->leadCustomFieldDefinitions());
        QVERIFY2(lookups.problem.isEmpty(), qPrintable(lookups.problem));
        const auto &lists = lookups.lists;
        const auto &catalog = lookups.catalog;

        const PlatformResult leads = call("crm", "getLeadList", {{"perPage", 50}});
        QList<qint64> leadIds;
        for (const QJsonValue &lead : leads.object().value("results").toArray())
            leadIds.append(lead.toObject().value("id").toInteger());
        QVERIFY(!leadIds.isEmpty());

        LeadGenerator generator(catalog, lists, leadIds, 20261126);
        int valid = 0, invalid = 0;
        QStringList disagreements;
        QSet<QString> paths;
        for (int i = 0; i < 240; ++i) {
            const LeadGenerator::Case c = generator.next();
            RecordModel model(RecordKind::Lead, catalog);
            model.loadBody(c.body);
            const QList<FieldProblem> problems = model.problems();
            const bool modelValid = problems.isEmpty();
            const PlatformResult r = call("contact", "addOrUpdateLead", c.body);
            QVERIFY2(r.ok() || r.error.kind == PlatformError::Kind::Platform,
                     qPrintable(r.error.toString()));
            (modelValid ? valid : invalid)++;
            paths.insert(c.name.section(QStringLiteral(" / "), 0, 0));
            if (modelValid != r.ok()) {
                disagreements << QStringLiteral("#%1 %2\n  body: %3\n  model: %4\n  sandbox: %5")
                                     .arg(i)
                                     .arg(c.name,
                                          QString::fromUtf8(
                                              QJsonDocument(c.body).toJson(QJsonDocument::Compact)),
                                          modelValid ? QStringLiteral("valid")
                                                     : problems.first().key + QStringLiteral(": ")
                                                  + problems.first().message,
                                          r.ok() ? QStringLiteral("accepted") : r.error.toString());
            }
        }
        qInfo("%d valid and %d invalid records along %lld rule paths", valid, invalid,
              qint64(paths.size()));
        QVERIFY2(disagreements.isEmpty(),
                 qPrintable(disagreements.mid(0, 8).join(QLatin1Char('\n'))));
        QVERIFY(valid >= 80);
        QVERIFY(invalid >= 80);
        QVERIFY(paths.size() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestRuleAgreement)
#include "tst_ruleagreement.moc"
