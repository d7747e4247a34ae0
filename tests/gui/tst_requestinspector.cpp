#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/largeselecteditor.h"
#include "fields/recordpickereditor.h"
#include "guifixture.h"
#include "inspector/requestinspector.h"
#include "model/recordmodel.h"
#include "platform/platformreply.h"
#include "platform/requestlog.h"
#include "platform/requestsigner.h"
#include "support/faultproxy.h"

#include <QClipboard>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>

/// A session in the app, then the request inspector: it shows every call
/// and what was sent and received, but never the secret or a signature that
/// went over the wire. A proxy between the app and the sandbox records the
/// raw requests, so the signatures searched for are the ones actually sent.
class TestRequestInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;
    std::unique_ptr<FaultProxy> m_proxy;
    /// The X-Api-Authorization values that went through the proxy.
    QList<QByteArray> m_sentAuthorizations;

    static const QByteArray &secret()
    {
        static const QByteArray value = SandboxServer::defaultApiSecret().toUtf8();
        return value;
    }
    static QByteArray wrongSecret() { return "not-the-sandbox-secret-42"; }

    static QByteArray authorizationOf(const QByteArray &request)
    {
        for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "x-api-authorization")
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }

    static QByteArray signatureOf(const QByteArray &authorization)
    {
        return authorization.mid(authorization.lastIndexOf(':') + 1);
    }

    RequestLog *log() const { return m_app->workspace->requestLog(); }
    RecordModel *model() const { return m_app->form()->model(); }

    /// Fills a contact lead for contact 5050 as a rep would (as tst_leadform does).
    void typeContactLead(const QString &name)
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), name);
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(app.input<QComboBox>("stageId"), "New enquiry");
        auto *contact = m_app->form()->findChild<RecordPickerEditor *>("editor_contactId");
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     app.sandbox->contact(5050).value("email").toString());
        QCOMPARE(model()->value("contactId").toInt(), 5050);
        GuiFixture::pick(app.input<QComboBox>("industryId"), "Entertainment");
        GuiFixture::type(app.input<QLineEdit>("custom:900"), "2027-03-14");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "120");
        GuiFixture::pick(app.input<QComboBox>("custom:902"), "Under $5,000");
        auto *venue = m_app->form()->findChild<LargeSelectEditor *>("editor_custom_909");
        GuiFixture::typeAndTakeFirst(venue->lineEdit(), venue->completer(), "Harbour Ballroom");
    }

    static PlatformResult callAndWait(PlatformClient *client, const QString &ns,
                                      const QString &action, const QJsonObject &body = {})
    {
        PlatformReply *reply = client->call(ns, action, body);
        QSignalSpy finished(reply, &PlatformReply::finished);
        if (!finished.wait(20000))
            qFatal("%s.%s never finished", qPrintable(ns), qPrintable(action));
        return finished.first().first().value<PlatformResult>();
    }

    const RequestLog::Entry *lastEntry(const QString &call, bool ok) const
    {
        const auto &entries = log()->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            if (it->nameSpace + "." + it->action == call && it->isOk() == ok)
                return &*it;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Cancel; });
        // From here on every call goes through a recording proxy.
        m_sentAuthorizations.clear();
        m_proxy = std::make_unique<FaultProxy>(m_app->sandbox->port(), 1);
        m_proxy->setChooser([this](const FaultProxy::Request &request, int) {
            m_sentAuthorizations.append(authorizationOf(request.bytes));
            return FaultProxy::Fault::Pass;
        });
        QVERIFY(m_proxy->start());
        QCOMPARE(m_app->workspace->setEndpoint(m_proxy->url(), secret()), QString());
    }

    void cleanup()
    {
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
        m_app.reset();
        m_proxy.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void aSessionLeavesNoSecretInTheInspector()
    {
        GuiFixture &app = *m_app;
        Workspace *workspace = app.workspace.get();
        const int before = log()->count();
        QVERIFY2(before > 0, "the fixture's lookup refresh is not in the log");

        // Lookups again, through the proxy, and a connection check.
        QSignalSpy refreshed(workspace, &Workspace::refreshFinished);
        workspace->refreshLookups();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().first().toString(), QString());
        QVERIFY(callAndWait(workspace->client(), "test", "ping").ok());

        // A lead typed into the form and submitted.
        typeContactLead("Inspector gala");
        QVERIFY(model()->isValid());
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        static const QRegularExpression created("Lead (\\d+) created");
        QTRY_VERIFY2_WITH_TIMEOUT(created.match(app.form()->banner()->text()).hasMatch(),
                                  qPrintable(app.form()->banner()->text()), 15000);

        // The platform says no: a body it rejects, and a second client (sharing
        // the log) with the wrong secret.
        const PlatformResult rejected = callAndWait(workspace->client(), "contact",
                                                    "addOrUpdateLead", {{"name", "No source"}});
        QVERIFY(!rejected.ok());
        PlatformClient stranger;
        QCOMPARE(stranger.configure(m_proxy->url(), SandboxServer::defaultApiKey(), wrongSecret()),
                 QString());
        stranger.setRequestLog(log());
        const PlatformResult refused = callAndWait(&stranger, "test", "ping");
        QVERIFY(refused.error.isCredentialProblem());

        // Every request that went out through the proxy is in the log.
        QVERIFY(m_sentAuthorizations.size() >= 10);
        const auto &entries = log()->entries();
        const auto viaProxy
            = std::count_if(entries.cbegin(), entries.cend(), [this](const auto &e) {
                  return e.url.startsWith(m_proxy->url() + "/");
              });
        QCOMPARE(viaProxy, m_sentAuthorizations.size());
        for (const QByteArray &authorization : std::as_const(m_sentAuthorizations)) {
            QVERIFY(authorization.startsWith("IWS sandbox-key:"));
            QCOMPARE(signatureOf(authorization).size(), 40);
        }

        // Open the inspector as a user does.
        auto *dock = app.window->findChild<QDockWidget *>("requestInspectorDock");
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        auto *action = app.window->findChild<QAction *>("actionRequestInspector");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QTest::keyClick(app.window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        auto *inspector = dock->findChild<RequestInspector *>();
        QVERIFY(inspector);
        auto *list = inspector->findChild<QTreeWidget *>("inspectorList");
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), log()->count());

        // The submitted lead, pretty-printed, with its masked headers and signed string.
        const RequestLog::Entry *lead = lastEntry("contact.addOrUpdateLead", true);
        QVERIFY(lead);
        inspector->selectEntry(lead->id);
        QCOMPARE(inspector->currentEntryId(), lead->id);
        const QString request
            = inspector->findChild<QPlainTextEdit *>("inspectorRequest")->toPlainText();
        QVERIFY2(request.contains("\n    \"name\": \"Inspector gala\""), qPrintable(request));
        const QString response
            = inspector->findChild<QPlainTextEdit *>("inspectorResponse")->toPlainText();
        QVERIFY2(response.contains(QRegularExpression("\"id\": \\d+")), qPrintable(response));
        const QString headers
            = inspector->findChild<QPlainTextEdit *>("inspectorHeaders")->toPlainText();
        QVERIFY2(headers.contains("X-Api-Authorization: IWS sa\u2022\u2022\u2022\u2022:\u2022"),
                 qPrintable(headers));
        QVERIFY(headers.contains(QString("Content-MD5: ")
                                 + RequestSigner::contentMd5(lead->requestBody)));
        const QString signedString
            = inspector->findChild<QPlainTextEdit *>("inspectorSigned")->toPlainText();
        QCOMPARE(signedString.toUtf8(), lead->stringToSign);
        QVERIFY(signedString.startsWith(QString("post")
                                        + RequestSigner::contentMd5(lead->requestBody)));

        // The selection stays on its call while new ones arrive.
        const int rows = list->topLevelItemCount();
        QVERIFY(callAndWait(workspace->client(), "test", "ping").ok());
        QTRY_COMPARE(list->topLevelItemCount(), rows + 1);
        QCOMPARE(inspector->currentEntryId(), lead->id);

        // Copy as curl: placeholders, not the key's signature.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(inspector->findChild<QPushButton *>("copyCurlButton"), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith("curl -X POST '" + m_proxy->url()), qPrintable(curl));
        QVERIFY(curl.contains("X-Api-Authorization: IWS $IVVY_API_KEY:$SIGNATURE"));
        QVERIFY(curl.contains("--data-binary '{"));
        QVERIFY(curl.contains("Inspector gala"));

        // Now the whole inspector, every call: names and JSON yes, secrets no.
        const QString all = inspector->allText() + "\n" + curl;
        const QString lower = all.toLower();
        QVERIFY(all.contains("contact.addOrUpdateLead"));
        QVERIFY(all.contains("test.ping"));
        QVERIFY(all.contains("crm.getLeadSourceList"));
        QVERIFY(all.contains("\"name\": \"Inspector gala\""));
        QVERIFY(all.contains("\"name\": \"No source\""));
        QVERIFY(!lower.contains(QString::fromUtf8(secret()).toLower()));
        QVERIFY(!lower.contains(QString::fromUtf8(wrongSecret()).toLower()));
        for (const QByteArray &authorization : std::as_const(m_sentAuthorizations)) {
            const QString signature = QString::fromLatin1(signatureOf(authorization));
            QVERIFY2(!lower.contains(signature.toLower()), qPrintable(signature));
        }
        // Nor the whole key (the headers show its first two characters).
        QVERIFY(!all.contains(SandboxServer::defaultApiKey()));
        // And the HMAC of every logged request, with either secret, including the
        // calls made before the proxy was in place.
        QSet<QByteArray> hmacs;
        for (const RequestLog::Entry &entry : log()->entries()) {
            QVERIFY(!entry.stringToSign.isEmpty());
            hmacs.insert(RequestSigner::hmacSha1Hex(secret(), entry.stringToSign));
            hmacs.insert(RequestSigner::hmacSha1Hex(wrongSecret(), entry.stringToSign));
        }
        for (const QByteArray &hmac : std::as_const(hmacs))
            QVERIFY2(!lower.contains(QString::fromLatin1(hmac)), hmac.constData());
        // Those HMACs are the signatures that went out: the log holds what was signed.
        for (const QByteArray &authorization : std::as_const(m_sentAuthorizations))
            QVERIFY(hmacs.contains(signatureOf(authorization)));

        // Clear empties the list and the log.
        QTest::mouseClick(inspector->findChild<QPushButton *>("clearInspectorButton"),
                          Qt::LeftButton);
        QCOMPARE(log()->count(), 0);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(inspector->currentEntryId(), qint64(0));
        QVERIFY(!inspector->findChild<QPushButton *>("copyCurlButton")->isEnabled());
    }

    void nonJsonAndCutAnswersAreShownAsText()
    {
        RequestLog *requests = log();
        requests->clear();
        requests->setResponseCap(64);
        RequestLog::Entry entry;
        entry.startedUtc = QDateTime::currentDateTimeUtc();
        entry.nameSpace = "test";
        entry.action = "ping";
        entry.url = "http://127.0.0.1:1/api/1.0/test?action=ping";
        entry.requestBody = "{}";
        entry.responseBody = "<html>" + QByteArray(200, 'x') + "</html>!";
        entry.httpStatus = 502;
        entry.outcome = "The platform answered HTTP 502";
        requests->add(entry);
        RequestInspector inspector(requests);
        inspector.selectEntry(requests->entries().first().id);
        const QString response
            = inspector.findChild<QPlainTextEdit *>("inspectorResponse")->toPlainText();
        QVERIFY2(response.startsWith("Cut: the first 64 of 214 bytes."), qPrintable(response));
        QVERIFY(response.contains("<html>xxx"));
        QCOMPARE(RequestInspector::prettyBody("{\"a\":1}"), QString("{\n    \"a\": 1\n}\n"));
        QCOMPARE(RequestInspector::prettyBody("not json"), QString("not json"));
        QVERIFY(inspector.findChild<QPlainTextEdit *>("inspectorRequest")->isReadOnly());
        QVERIFY(!inspector.findChild<QPushButton *>("copyCurlButton")->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestRequestInspector)
#include "tst_requestinspector.moc"
