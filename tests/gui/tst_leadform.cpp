#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/fieldrow.h"
#include "fields/largeselecteditor.h"
#include "fields/recordpickereditor.h"
#include "forms/leadform.h"
#include "guifixture.h"
#include "model/recordmodel.h"
#include "services/draftkeeper.h"
#include "store/outboxstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>

/// A rep's day in the lead form, driven through the real widgets against the
/// in-process sandbox.
class TestLeadForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    RecordModel *model() const { return m_app->form()->model(); }
    FieldRow *row(const QString &key) const { return m_app->form()->rowFor(key); }

    /// Fills a contact lead for contact 5050 the way a rep would, up to Submit.
    void typeContactLead(const QString &name)
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), name);
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(app.input<QComboBox>("stageId"), "New enquiry");
        auto *contact = m_app->form()->findChild<RecordPickerEditor *>("editor_contactId");
        const QJsonObject person = app.sandbox->contact(5050);
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     person.value("email").toString());
        QCOMPARE(model()->value("contactId").toInt(), 5050);
        GuiFixture::pick(app.input<QComboBox>("industryId"), "Entertainment");
        GuiFixture::type(app.input<QLineEdit>("custom:900"), "2027-03-14");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "120");
        GuiFixture::pick(app.input<QComboBox>("custom:902"), "Under $5,000");
        auto *venue = m_app->form()->findChild<LargeSelectEditor *>("editor_custom_909");
        GuiFixture::typeAndTakeFirst(venue->lineEdit(), venue->completer(), "Harbour Ballroom");
        QCOMPARE(model()->value("custom:909").toString(), QString("V1000"));
    }

    qint64 createdIdFromBanner() const
    {
        static const QRegularExpression created("Lead (\\d+) created");
        const auto match = created.match(m_app->form()->banner()->text());
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
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

    void typeALeadAndSubmitIt()
    {
        typeContactLead("Spring gala");
        QVERIFY2(model()->isValid(), qPrintable(model()->problems().value(0).key));
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(createdIdFromBanner() > 0,
                                  qPrintable(m_app->form()->banner()->text()), 10000);
        const qint64 id = createdIdFromBanner();
        const QJsonObject stored = m_app->sandbox->lead(id);
        QCOMPARE(stored.value("name").toString(), QString("Spring gala"));
        QCOMPARE(stored.value("contact").toObject().value("id").toInt(), 5050);
        // A fresh form for the next lead, and the id can be copied.
        QVERIFY(model()->value("name").isUndefined());
        QVERIFY(!m_app->form()->isDirty());
        QVERIFY(m_app->form()->banner()->findChild<QPushButton *>("copyIdButton"));
    }

    void subtypeBecomesRequiredWithTheType()
    {
        auto *subtype = m_app->form()->findChild<FieldRow *>("row_subtypeId");
        QVERIFY(subtype);
        QVERIFY(!subtype->isVisible());
        GuiFixture::pick(m_app->input<QComboBox>("typeId"), "Wedding");
        QTRY_VERIFY(subtype->isVisible());
        QVERIFY(subtype->label()->text().contains("*"));
        QVERIFY(m_app->input<QComboBox>("subtypeId")->accessibleName().contains("required"));
        GuiFixture::pick(m_app->input<QComboBox>("subtypeId"), "Reception only");
        QCOMPARE(model()->value("subtypeId").toInt(), 34);
        // Another type without subtypes: the choice is gone and so is the field.
        GuiFixture::pick(m_app->input<QComboBox>("typeId"), "Government");
        QTRY_VERIFY(!subtype->isVisible());
        QVERIFY(model()->value("subtypeId").isUndefined());
    }

    void companyLeadSwapsTheRequiredFields()
    {
        QVERIFY(row("contactId")->label()->text().contains("*"));
        QVERIFY(row("industryId")->label()->text().contains("*"));
        auto *company = m_app->input<QRadioButton>("contactType", "company");
        QVERIFY(company);
        QTest::mouseClick(company, Qt::LeftButton);
        QTRY_VERIFY(row("companyId") && row("companyId")->isVisible());
        QVERIFY(row("companyId")->label()->text().contains("*"));
        QVERIFY(row("companyLeadContactId")->label()->text().contains("*"));
        QVERIFY(!row("contactId"));
        QVERIFY(!row("industryId")->label()->text().contains("*"));
    }

    void submitSaysWhatIsMissing()
    {
        GuiFixture::type(m_app->input<QLineEdit>("name"), "Half typed");
        const int before = m_app->sandbox->leadCount();
        auto *submit = m_app->form()->findChild<QPushButton *>("submitButton");
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(m_app->form()->banner()->isVisible());
        QVERIFY(m_app->form()->banner()->text().contains("Not sent"));
        auto *summary = m_app->form()->findChild<QListWidget *>("problemSummary");
        QVERIFY(summary->isVisible());
        QVERIFY(summary->count() >= 4);
        QVERIFY(summary->item(0)->text().startsWith("Source"));
        // Focus went to the first problem; F8 walks on.
        QTRY_VERIFY(m_app->input<QComboBox>("sourceId")->hasFocus());
        QTest::keyClick(m_app->window.get(), Qt::Key_F8);
        QTRY_VERIFY(m_app->input<QComboBox>("typeId")->hasFocus());
        QVERIFY(!row("sourceId")->errorLabel()->text().isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_app->sandbox->leadCount(), before);
    }

    void platformErrorLandsUnderItsField()
    {
        typeContactLead("Deleted contact");
        // The contact was removed on the platform after LeadDesk saw it.
        model()->setValue("contactId", 987654);
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->form()->banner()->kind() == MessageBanner::Kind::Error,
                                 10000);
        QVERIFY(m_app->form()->banner()->text().contains("did not accept"));
        QLabel *error = row("contactId")->errorLabel();
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains("'contactId'"), qPrintable(error->text()));
        // The work is still there to fix.
        QCOMPARE(model()->value("name").toString(), QString("Deleted contact"));
    }

    void newLeadLikeThisKeepsSourceChannelOwnerAndCompany()
    {
        auto *company = m_app->input<QRadioButton>("contactType", "company");
        QTest::mouseClick(company, Qt::LeftButton);
        GuiFixture::type(m_app->input<QLineEdit>("name"), "Conference A");
        GuiFixture::pick(m_app->input<QComboBox>("sourceId"), "Trade Show");
        GuiFixture::pick(m_app->input<QComboBox>("channelId"),
                         m_app->workspace->catalog()->options("channels").first().label);
        GuiFixture::pick(m_app->input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(m_app->input<QComboBox>("stageId"), "New enquiry");
        auto *picker = m_app->form()->findChild<RecordPickerEditor *>("editor_companyId");
        GuiFixture::typeAndTakeFirst(
            picker->lineEdit(), picker->completer(),
            m_app->sandbox->company(1000).value("businessName").toString());
        auto *contact
            = m_app->form()->findChild<RecordPickerEditor *>("editor_companyLeadContactId");
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     m_app->sandbox->contact(5000).value("email").toString());
        GuiFixture::type(m_app->input<QLineEdit>("custom:900"), "2027-05-01");
        GuiFixture::type(m_app->input<QLineEdit>("custom:901"), "40");
        GuiFixture::pick(m_app->input<QComboBox>("custom:902"), "Under $5,000");
        auto *venue = m_app->form()->findChild<LargeSelectEditor *>("editor_custom_909");
        GuiFixture::typeAndTakeFirst(venue->lineEdit(), venue->completer(), "Harbour Hall");
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(createdIdFromBanner() > 0, 10000);
        auto *again = m_app->form()->banner()->findChild<QPushButton *>("newLeadLikeThisButton");
        QVERIFY(again);
        const int before = int(m_app->workspace->outboxStore()->items("Sandbox").value().size());
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(model()->value("sourceId").toInt(), 105);
        QCOMPARE(model()->value("companyId").toInt(), 1000);
        QCOMPARE(model()->value("contactType").toString(), QString("company"));
        QVERIFY(model()->value("name").isUndefined());
        QVERIFY(model()->value("companyLeadContactId").isUndefined());
        // What is carried over is not typed: no empty draft appears until the rep types.
        QVERIFY(!m_app->form()->isDirty());
        QTest::qWait(DraftKeeper::kDelayMs + 300);
        QCOMPARE(int(m_app->workspace->outboxStore()->items("Sandbox").value().size()), before);
        QCOMPARE(m_app->form()->itemId(), 0);
        QVERIFY(m_app->activate()); // the offscreen platform leaves the completer's popup active
        GuiFixture::type(m_app->input<QLineEdit>("name"), "Conference B");
        QTRY_COMPARE(int(m_app->workspace->outboxStore()->items("Sandbox").value().size()),
                     before + 1);
    }

    void existingContactIsOfferedInsteadOfADuplicate()
    {
        auto *newContact = m_app->input<QCheckBox>("newContact");
        QTest::mouseClick(newContact, Qt::LeftButton);
        QTRY_VERIFY(row("contact.email"));
        const QJsonObject existing = m_app->sandbox->contact(5001);
        GuiFixture::type(m_app->input<QLineEdit>("contact.email"),
                         existing.value("email").toString());
        QWidget *match = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (match = m_app->form()->findChild<QWidget *>("contactDuplicateOffer"))
                && match->isVisible(),
            5000);
        // Under the email being typed, not at the end of the section.
        QVERIFY(row("contact.email")->isAncestorOf(match));
        QTest::mouseClick(match->findChild<QPushButton *>("duplicateOfferUse"), Qt::LeftButton);
        QCOMPARE(model()->value("contactId").toInt(), 5001);
        QCOMPARE(model()->value("newContact").toBool(), false);
    }

    void companyFormCreatesACompany()
    {
        RecordForm *form = m_app->window->openForm(RecordKind::Company);
        QCOMPARE(m_app->form(), form);
        QTRY_VERIFY(m_app->input<QLineEdit>("businessName"));
        GuiFixture::type(m_app->input<QLineEdit>("businessName"), "Lagoon Events");
        GuiFixture::type(m_app->input<QLineEdit>("email"), "hello@lagoon.example");
        GuiFixture::pick(m_app->input<QComboBox>("custom:851"), "11-50 staff");
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        static const QRegularExpression created("Company (\\d+) created");
        QTRY_VERIFY_WITH_TIMEOUT(created.match(form->banner()->text()).hasMatch(), 10000);
        const qint64 id = created.match(form->banner()->text()).captured(1).toLongLong();
        QCOMPARE(m_app->sandbox->company(id).value("businessName").toString(),
                 QString("Lagoon Events"));
    }

    void escAndClosingTheFormKeepTheWork()
    {
        QLineEdit *name = m_app->input<QLineEdit>("name");
        GuiFixture::type(name, "Not lost");
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(model()->value("name").toString(), QString("Not lost"));
        QVERIFY(m_app->form()->isDirty());

        // Switching to another record keeps this one as it is.
        m_app->window->openForm(RecordKind::Company);
        QCOMPARE(m_app->window->tabs()->count(), 2);
        m_app->window->tabs()->setCurrentIndex(0);
        QCOMPARE(model()->value("name").toString(), QString("Not lost"));

        // Closing a form with unsent work asks first (README: Ctrl+W); Cancel keeps it open.
        QVERIFY(m_app->activate());
        QTest::keyClick(m_app->window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY2(MessageBox::asked().first().contains("not sent"),
                 qPrintable(MessageBox::asked().first()));
        QCOMPARE(m_app->window->tabs()->count(), 2);
        QCOMPARE(model()->value("name").toString(), QString("Not lost"));

        // Save keeps it as a draft.
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        QTest::keyClick(m_app->window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(MessageBox::asked().size(), 1);
        QCOMPARE(m_app->window->tabs()->count(), 1);
        const auto items = m_app->workspace->outboxStore()->items("Sandbox").value();
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const OutboxItem &item) {
            return item.state == OutboxItem::State::Draft && item.title == "Not lost";
        }));
    }

    void discardingAFormOnCloseDropsItsDraftWithUndo()
    {
        GuiFixture::type(m_app->input<QLineEdit>("name"), "Changed my mind");
        QVERIFY(m_app->form()->saveDraft());
        auto drafts = [this] {
            const auto items = m_app->workspace->outboxStore()->items("Sandbox").value();
            return std::count_if(items.cbegin(), items.cend(), [](const OutboxItem &item) {
                return item.state == OutboxItem::State::Draft && item.title == "Changed my mind";
            });
        };
        QCOMPARE(drafts(), 1);
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(m_app->activate());
        QTest::keyClick(m_app->window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(MessageBox::asked().size(), 1);
        // Gone, and no autosave brings it back.
        QTest::qWait(DraftKeeper::kDelayMs + 200);
        QCOMPARE(drafts(), 0);
        QVERIFY(!m_app->form()->isDirty());
        auto *undo = m_app->window->banner()->findChild<QPushButton *>("undoDiscardButton");
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(drafts(), 1);
        QTRY_COMPARE(model()->value("name").toString(), QString("Changed my mind"));
    }
};

QTEST_MAIN(TestLeadForm)
#include "tst_leadform.moc"
