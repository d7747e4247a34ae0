#include "common/messagebox.h"
#include "fields/duplicateoffer.h"
#include "fields/fieldrow.h"
#include "fields/largeselecteditor.h"
#include "forms/radaroffers.h"
#include "guifixture.h"
#include "model/recordmodel.h"
#include "services/radarindexer.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

/// The duplicate radar on the forms (issue 15): the company and contact forms offer the record
/// that exists, the lead form's offer stands next to the field being typed, and Submit asks once
/// about a strong match nobody answered.
class TestRadarOffers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    RecordModel *model() const { return m_app->form()->model(); }

    DuplicateOffer *offer(const char *kind) const
    {
        return m_app->form()->findChild<DuplicateOffer *>(QLatin1String(kind)
                                                          + QLatin1String("DuplicateOffer"));
    }

    int contactsWithEmail(const QString &email) const
    {
        int count = 0;
        for (qint64 id = 5000; id < 5200; ++id)
            count += m_app->sandbox->contact(id).value("email").toString().compare(
                         email, Qt::CaseInsensitive)
                == 0;
        return count;
    }

    /// The lead's own required fields, as a rep fills them.
    void typeLeadBasics(const QString &name)
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), name);
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(app.input<QComboBox>("stageId"), "New enquiry");
        GuiFixture::type(app.input<QLineEdit>("custom:900"), "2027-03-14");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "120");
        GuiFixture::pick(app.input<QComboBox>("custom:902"), "Under $5,000");
        auto *venue = app.form()->findChild<LargeSelectEditor *>("editor_custom_909");
        GuiFixture::typeAndTakeFirst(venue->lineEdit(), venue->completer(), "Harbour Ballroom");
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Cancel; });
    }

    void cleanup()
    {
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void companyFormOffersTheExistingCompany()
    {
        // From the local index, filled from the platform's lists.
        QSignalSpy filled(m_app->workspace->radarIndexer(), &RadarIndexer::finished);
        m_app->workspace->startRadarIndex();
        QVERIFY(filled.wait(20000));
        RecordForm *form = m_app->window->openForm(RecordKind::Company);
        QTRY_VERIFY(m_app->input<QLineEdit>("businessName"));
        GuiFixture::type(m_app->input<QLineEdit>("businessName"), "acme conferences pty ltd");
        QTRY_VERIFY_WITH_TIMEOUT(offer("company") && offer("company")->isVisible(), 5000);
        QCOMPARE(offer("company")->text(),
                 QString("Acme Conferences Pty Ltd (1000) — same company name"));
        // Under the field being typed.
        QVERIFY(form->rowFor("businessName")->isAncestorOf(offer("company")));
        QTest::mouseClick(offer("company")->useButton(), Qt::LeftButton);
        // The company that exists is opened instead.
        QTRY_VERIFY(model()->isUpdate());
        QCOMPARE(model()->value("businessName").toString(), QString("Acme Conferences Pty Ltd"));
        QVERIFY(!offer("company") || !offer("company")->isVisible());
    }

    void contactFormOffersTheExistingContactAndSubmitAsksOnce()
    {
        const QJsonObject ava = m_app->sandbox->contact(5000);
        m_app->window->openForm(RecordKind::Contact);
        QTRY_VERIFY(m_app->input<QLineEdit>("email"));
        GuiFixture::type(m_app->input<QLineEdit>("firstName"), "Ava");
        GuiFixture::type(m_app->input<QLineEdit>("lastName"), "Smith");
        GuiFixture::type(m_app->input<QLineEdit>("email"), ava.value("email").toString().toUpper());
        GuiFixture::type(m_app->input<QLineEdit>("custom:800"), "Events Manager");
        // No index here: the platform's answer brings it.
        QTRY_VERIFY_WITH_TIMEOUT(offer("contact") && offer("contact")->isVisible(), 5000);
        QVERIFY2(offer("contact")->text().endsWith("(5000) — same email"),
                 qPrintable(offer("contact")->text()));
        QVERIFY(m_app->form()->rowFor("email")->isAncestorOf(offer("contact")));

        // Submit asks; "Create a new one anyway" sends it, and it is not asked again.
        const int before = contactsWithEmail(ava.value("email").toString());
        QStringList asked;
        MessageBox::setAnswerer([&asked](const QString &text) {
            asked << text;
            return QMessageBox::No;
        });
        QVERIFY2(model()->isValid(), qPrintable(model()->problems().value(0).key));
        QTest::mouseClick(m_app->form()->submitButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains("(5000)") && asked.first().contains("same email"),
                 qPrintable(asked.first()));
        static const QRegularExpression created("Contact (\\d+) created");
        QTRY_VERIFY_WITH_TIMEOUT(created.match(m_app->form()->banner()->text()).hasMatch(), 10000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(contactsWithEmail(ava.value("email").toString()), before + 1);
    }

    void leadFormOfferStandsNextToTheFieldAndSubmitAsks()
    {
        QTest::mouseClick(m_app->input<QRadioButton>("contactType", "company"), Qt::LeftButton);
        QTest::mouseClick(m_app->input<QCheckBox>("newCompany"), Qt::LeftButton);
        QTest::mouseClick(m_app->input<QCheckBox>("newContact"), Qt::LeftButton);
        QTRY_VERIFY(m_app->form()->rowFor("company.businessName"));
        typeLeadBasics("Radar gala");
        GuiFixture::type(m_app->input<QLineEdit>("contact.firstName"), "Priya");
        GuiFixture::type(m_app->input<QLineEdit>("contact.lastName"), "Raman");
        GuiFixture::type(m_app->input<QLineEdit>("contact.email"), "priya.raman@radar.example");
        GuiFixture::type(m_app->input<QLineEdit>("contact.custom:800"), "Head of Events");
        GuiFixture::pick(m_app->input<QComboBox>("company.custom:851"), "11-50 staff");
        QLineEdit *business = m_app->input<QLineEdit>("company.businessName");
        GuiFixture::type(business, "Acme Conferences");
        QTRY_VERIFY_WITH_TIMEOUT(offer("company") && offer("company")->isVisible(), 5000);
        QCOMPARE(offer("company")->text(),
                 QString("Acme Conferences Pty Ltd (1000) — same company name once 'Pty Ltd' "
                         "is ignored"));

        // Next to the field: right under it, in its column, not hundreds of pixels away.
        const QRect field(business->mapTo(m_app->window.get(), QPoint(0, 0)), business->size());
        const QRect shown(offer("company")->mapTo(m_app->window.get(), QPoint(0, 0)),
                          offer("company")->size());
        QVERIFY2(
            shown.top() >= field.bottom() && shown.top() - field.bottom() <= 40,
            qPrintable(
                QString("field bottom %1, offer top %2").arg(field.bottom()).arg(shown.top())));
        QVERIFY(shown.left() < field.right() && shown.right() > field.left());

        // Submit asks once; "Use Acme Conferences Pty Ltd (1000)" takes the company and
        // sends nothing.
        const int leads = m_app->sandbox->leadCount();
        QStringList asked;
        MessageBox::setAnswerer([&asked](const QString &text) {
            asked << text;
            return QMessageBox::Yes;
        });
        QVERIFY2(model()->isValid(), qPrintable(model()->problems().value(0).key));
        QTest::mouseClick(m_app->form()->submitButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains("Acme Conferences Pty Ltd (1000)"));
        QCOMPARE(model()->value("companyId").toInt(), 1000);
        QCOMPARE(model()->value("newCompany").toBool(), false);
        QTest::qWait(200);
        QCOMPARE(m_app->sandbox->leadCount(), leads);
    }

    void aLookAlikeIsNotOffered()
    {
        QTest::mouseClick(m_app->input<QRadioButton>("contactType", "company"), Qt::LeftButton);
        QTest::mouseClick(m_app->input<QCheckBox>("newCompany"), Qt::LeftButton);
        QTRY_VERIFY(m_app->form()->rowFor("company.businessName"));
        GuiFixture::type(m_app->input<QLineEdit>("company.businessName"), "Acme Mining");
        // The platform is asked (it holds Acme Conferences) and judged: not the same business.
        QTest::qWait(1500);
        QVERIFY(!offer("company") || !offer("company")->isVisible());
    }
};

QTEST_MAIN(TestRadarOffers)
#include "tst_radaroffers.moc"
