#include "capture/capturedialog.h"
#include "capture/capturehandler.h"
#include "common/messagebox.h"
#include "forms/leadform.h"
#include "guifixture.h"
#include "mainwindow/outboxpanel.h"
#include "model/recordmodel.h"
#include "qrimagewriter.h"
#include "services/outboxlistmodel.h"
#include "store/outboxstore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>

namespace {

const QString kSamples = QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

/// Fast capture in the window (issue 15): a dropped .vcf or badge image, a pasted signature or
/// QR image is shown field by field for confirmation, then fills the contact form, the lead's
/// new contact, or one draft lead per card; what holds no contact changes nothing.
class TestCaptureGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    CaptureHandler *handler() const { return m_app->window->captureHandler(); }
    RecordModel *model() const { return m_app->form()->model(); }
    QList<OutboxItem> items() const
    {
        return m_app->workspace->outboxStore()->items("Sandbox").value();
    }

    int draftCount() const
    {
        int drafts = 0;
        for (const OutboxItem &item : items())
            drafts += item.state == OutboxItem::State::Draft ? 1 : 0;
        return drafts;
    }

    /// Drops `path` on the main window as a file manager does.
    void drop(const QString &path)
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = m_app->window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &dropped);
    }

    CaptureDialog *waitForDialog()
    {
        if (!QTest::qWaitFor(
                [this] { return handler()->dialog() && handler()->dialog()->isVisible(); }))
            return nullptr;
        return handler()->dialog();
    }

    QString boxText(CaptureDialog *dialog, const QString &key) const
    {
        auto *box = dialog->findChild<QCheckBox *>("capture_" + key);
        return box ? box->text() : QStringLiteral("(no box)");
    }

    QString text(RecordModel *model, const QString &key) const
    {
        return model->value(key).toString();
    }

    /// The form of `kind` among the open tabs (the last opened), else null.
    RecordForm *formOf(RecordKind kind) const
    {
        RecordForm *found = nullptr;
        for (int i = 0; i < m_app->window->tabs()->count(); ++i) {
            auto *form = qobject_cast<RecordForm *>(m_app->window->tabs()->widget(i));
            if (form && form->kind() == kind)
                found = form;
        }
        return found;
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_app->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Ok; });
    }

    void cleanup()
    {
        MessageBox::setAnswerer(nullptr);
        m_app.reset();
    }

    void droppingAVCardFillsTheContactForm()
    {
        m_app->window->openForm(RecordKind::Contact);
        drop(kSamples + "/vcard/apple-3.0.vcf");
        CaptureDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isBatch());
        QCOMPARE(boxText(dialog, "firstName"), QStringLiteral("Sarah"));
        QCOMPARE(boxText(dialog, "lastName"), QStringLiteral("Mitchell"));
        QCOMPARE(boxText(dialog, "jobTitle"), QStringLiteral("Senior Event Manager"));
        QCOMPARE(boxText(dialog, "businessName"), QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(boxText(dialog, "email:0"),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QVERIFY(dialog->findChild<QCheckBox *>("capture_address"));
        dialog->acceptButton()->click();

        QTRY_COMPARE(m_app->form()->kind(), RecordKind::Contact);
        QCOMPARE(text(model(), "firstName"), QStringLiteral("Sarah"));
        QCOMPARE(text(model(), "lastName"), QStringLiteral("Mitchell"));
        QCOMPARE(text(model(), "email"), QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QCOMPARE(text(model(), "phone"), QStringLiteral("0412 555 019"));
        // The editors show it: filled through the model, as typing would.
        QTRY_VERIFY(m_app->input<QLineEdit>("firstName"));
        QCOMPARE(m_app->input<QLineEdit>("firstName")->text(), QStringLiteral("Sarah"));
        QCOMPARE(m_app->input<QLineEdit>("email")->text(),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        // The sandbox's contacts have a "Job title" custom field: the title goes there.
        QCOMPARE(text(model(), "custom:800"), QStringLiteral("Senior Event Manager"));
        // Its company, in a company form of its own.
        RecordForm *company = formOf(RecordKind::Company);
        QVERIFY(company);
        QCOMPARE(text(company->model(), "businessName"),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(company->model()->value("address").toObject().value("city").toString(),
                 QStringLiteral("Sydney"));
    }

    void pastingASignatureShowsItAndFillsTheLead()
    {
        QVERIFY(qobject_cast<LeadForm *>(m_app->form()));
        const QString signature = readText(kSamples + "/signatures/en-01-au-classic.txt")
            + "Proud sponsor of the Sydney Marathon\n";
        QApplication::clipboard()->setText(signature);
        QVERIFY(m_app->activate());
        QTest::keyClick(m_app->window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        CaptureDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QCOMPARE(boxText(dialog, "firstName"), QStringLiteral("Sarah"));
        QCOMPARE(boxText(dialog, "lastName"), QStringLiteral("Mitchell"));
        QCOMPARE(boxText(dialog, "jobTitle"), QStringLiteral("Senior Event Manager"));
        QCOMPARE(boxText(dialog, "businessName"), QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(boxText(dialog, "email:0"),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QCOMPARE(boxText(dialog, "phone:0"), QStringLiteral("+61 2 9251 4400"));
        QCOMPARE(boxText(dialog, "phone:1"), QStringLiteral("0412 555 019"));
        auto *unrecognised = dialog->findChild<QLabel *>("captureUnrecognised");
        QVERIFY(unrecognised);
        // Only the line that is none of the fields; sign-off and labels are not listed.
        QCOMPARE(unrecognised->text(), QStringLiteral("Proud sponsor of the Sydney Marathon"));
        // The rep leaves the mobile out: the work number is the contact's phone then.
        dialog->findChild<QCheckBox *>("capture_phone:1")->setChecked(false);
        dialog->acceptButton()->click();

        RecordModel *lead = model();
        QTRY_COMPARE(text(lead->nestedContact(), "firstName"), QStringLiteral("Sarah"));
        QCOMPARE(text(lead, "contactType"), QStringLiteral("company"));
        QVERIFY(lead->value("newContact").toBool());
        QVERIFY(lead->value("newCompany").toBool());
        QCOMPARE(text(lead->nestedContact(), "lastName"), QStringLiteral("Mitchell"));
        QCOMPARE(text(lead->nestedContact(), "email"),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
        QCOMPARE(text(lead->nestedContact(), "phone"), QStringLiteral("+61 2 9251 4400"));
        QCOMPARE(text(lead->nestedCompany(), "businessName"),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(text(lead->nestedCompany(), "website"),
                 QStringLiteral("www.harbourviewevents.com.au"));
        QTRY_COMPARE(m_app->input<QLineEdit>("contact.firstName")->text(), QStringLiteral("Sarah"));
        QCOMPARE(m_app->window->tabs()->count(), 1);
    }

    void aBadgeImageFillsTheContactForm()
    {
        m_app->window->openForm(RecordKind::Contact);
        const QByteArray mecard = readText(kSamples + "/mecard/badge.txt").trimmed().toUtf8();
        const QString path = writeFile("badge.png", QrImageWriter::badgePng(mecard));
        QVERIFY(!path.isEmpty());
        drop(path);
        CaptureDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QCOMPARE(boxText(dialog, "lastName"), QStringLiteral("Nguyen"));
        dialog->acceptButton()->click();
        QTRY_COMPARE(text(model(), "firstName"), QStringLiteral("Tom"));
        QCOMPARE(text(model(), "lastName"), QStringLiteral("Nguyen"));
        QCOMPARE(text(model(), "email"), QStringLiteral("tom@coastalvenues.com.au"));
        QCOMPARE(text(model(), "phone"), QStringLiteral("+61423118902"));
        QCOMPARE(text(formOf(RecordKind::Company)->model(), "businessName"),
                 QStringLiteral("Coastal Venues"));
    }

    void aBadgeImageOnTheClipboardFillsTheContactForm()
    {
        m_app->window->openForm(RecordKind::Contact);
        const QByteArray mecard = readText(kSamples + "/mecard/badge.txt").trimmed().toUtf8();
        QApplication::clipboard()->setImage(QImage::fromData(QrImageWriter::badgePng(mecard)));
        m_app->window->captureHandler()->pasteContact();
        CaptureDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        dialog->acceptButton()->click();
        QTRY_COMPARE(text(model(), "email"), QStringLiteral("tom@coastalvenues.com.au"));
    }

    void severalCardsMakeOneDraftLeadEach()
    {
        const int before = draftCount();
        const int rows = m_app->window->outboxPanel()->model()->rowCount();
        const int tabs = m_app->window->tabs()->count();
        drop(kSamples + "/vcard/three-cards.vcf");
        CaptureDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isBatch());
        QVERIFY(dialog->findChild<QLabel *>("captureBatchText")->text().contains("3 draft leads"));
        QCOMPARE(dialog->acceptButton()->text().remove('&'),
                 QStringLiteral("Create 3 draft leads"));
        dialog->acceptButton()->click();
        QTRY_COMPARE(draftCount(), before + 3);
        QTRY_COMPARE(m_app->window->outboxPanel()->model()->rowCount(), rows + 3);
        QCOMPARE(m_app->window->tabs()->count(), tabs);
        QStringList titles;
        for (const OutboxItem &item : items())
            titles << item.title;
        QVERIFY2(titles.contains("Stéphanie Lefèvre, Maison Lefèvre SAS"),
                 qPrintable(titles.join('|')));
        // Each draft holds its person as the lead's new contact.
        for (const OutboxItem &item : items()) {
            if (item.title.startsWith("James")) {
                RecordForm *form = m_app->window->openItem(item);
                QCOMPARE(text(form->model()->nestedContact(), "email"),
                         QStringLiteral("james.oconnor@brightsidetravel.co.uk"));
            }
        }
    }

    void aFileWithNoContactSaysSoOnceAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 zzzz qqq\nnothing here at all\n", 37);
        QTest::newRow("blank image") << QrImageWriter::blankPng(200, 120);
    }

    void aFileWithNoContactSaysSoOnceAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        const QString path = writeFile("people.vcf", bytes);
        QVERIFY(!path.isEmpty());
        const int before = draftCount();
        const int tabs = m_app->window->tabs()->count();
        QSignalSpy refused(handler(), &CaptureHandler::refused);
        drop(path);
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY2(MessageBox::asked().first().contains("people.vcf"),
                 qPrintable(MessageBox::asked().first()));
        QVERIFY(!handler()->dialog());
        QCOMPARE(m_app->window->tabs()->count(), tabs);
        QVERIFY(!m_app->form()->isDirty());
        QCOMPARE(draftCount(), before);
    }

    void pastingTextWithNoContactSaysSoOnce()
    {
        const int tabs = m_app->window->tabs()->count();
        QApplication::clipboard()->setText("Meeting moved to Thursday, see you there.");
        QSignalSpy refused(handler(), &CaptureHandler::refused);
        handler()->pasteContact();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY2(MessageBox::asked().first().contains("clipboard"),
                 qPrintable(MessageBox::asked().first()));
        QVERIFY(!handler()->dialog());
        QCOMPARE(m_app->window->tabs()->count(), tabs);
        QVERIFY(!m_app->form()->isDirty());
    }
};

QTEST_MAIN(TestCaptureGui)
#include "tst_capturegui.moc"
