#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/addcustomfielddialog.h"
#include "fields/fieldrow.h"
#include "fields/recordpickereditor.h"
#include "forms/leadform.h"
#include "forms/leadschemanotice.h"
#include "guifixture.h"
#include "model/recordmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

/// A profile on a real account starts without lead custom fields (the platform cannot list
/// them): the lead form says so before the first submit and takes the admin's file; a field the
/// platform names that the profile does not know can be added there and then; and every
/// problem is listed once.
class TestLeadSchema : public QObject
{
    Q_OBJECT

private:
    /// The sandbox's required lead custom fields.
    static constexpr const char *kRequired[] = {"900", "901", "902", "909"};

    std::unique_ptr<GuiFixture> m_app;

    LeadForm *form() const { return qobject_cast<LeadForm *>(m_app->form()); }
    RecordModel *model() const { return m_app->form()->model(); }
    QListWidget *summary() const { return form()->findChild<QListWidget *>("problemSummary"); }

    QStringList summaryLines() const
    {
        QStringList lines;
        for (int i = 0; i < summary()->count(); ++i)
            lines << summary()->item(i)->text();
        return lines;
    }

    /// A contact lead for contact 5050 with every built-in field it needs, and no custom field.
    void typeLeadWithoutCustomFields(const QString &name)
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), name);
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(app.input<QComboBox>("stageId"), "New enquiry");
        auto *contact = form()->findChild<RecordPickerEditor *>("editor_contactId");
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     app.sandbox->contact(5050).value("email").toString());
        GuiFixture::pick(app.input<QComboBox>("industryId"), "Entertainment");
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        // A new profile on a real account: no lead schema imported yet.
        QVERIFY(m_app->workspace->setLeadSchema(QJsonArray()));
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Cancel; });
    }

    void cleanup()
    {
        AddCustomFieldDialog::setAnswerer(nullptr);
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void theFormSaysThereIsNoLeadSchemaAndTakesTheFile()
    {
        QTRY_VERIFY(form() && form()->schemaNotice());
        LeadSchemaNotice *notice = form()->schemaNotice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->banner()->text().contains("lead schema"),
                 qPrintable(notice->banner()->text()));
        QVERIFY(notice->findChild<QPushButton *>("importLeadSchemaButton"));
        QVERIFY(!form()->rowFor("custom:900"));

        // The admin's file: the custom fields appear and the notice goes.
        const QString path = m_app->dir.filePath("lead-schema.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_app->sandbox->leadCustomFieldDefinitions()).toJson());
        file.close();
        QVERIFY(notice->importFile(path));
        QTRY_VERIFY(!notice->isVisible());
        QTRY_VERIFY(form()->rowFor("custom:900"));

        // A bad file changes nothing and says why.
        QVERIFY(m_app->workspace->setLeadSchema(QJsonArray()));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"fieldId\": \"x\"}]");
        file.close();
        QVERIFY(!notice->importFile(path));
        QCOMPARE(notice->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_app->workspace->catalog()->customFields(RecordKind::Lead).isEmpty());
    }

    void anUnknownCustomFieldCanBeAddedWhereThePlatformNamesIt()
    {
        GuiFixture &app = *m_app;
        typeLeadWithoutCustomFields("Custom fields unknown");
        const int leads = app.sandbox->leadCount();
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(form()->banner()->kind() == MessageBanner::Kind::Error, 10000);
        QCOMPARE(app.sandbox->leadCount(), leads);
        QVERIFY2(form()->banner()->text().contains("customFields.900"),
                 qPrintable(form()->banner()->text()));
        // Each thing the platform said is listed once.
        QStringList lines = summaryLines();
        for (const QString &line : std::as_const(lines))
            QVERIFY2(lines.count(line) == 1, qPrintable(lines.join('\n')));
        const bool once
            = std::all_of(std::begin(kRequired), std::end(kRequired), [&lines](const char *id) {
                  return lines.filter(QLatin1String(id)).size() == 1;
              });
        QVERIFY2(once, qPrintable(lines.join('\n')));

        auto *add = form()->banner()->findChild<QPushButton *>("addCustomFieldButton");
        QVERIFY(add);
        QList<int> asked;
        AddCustomFieldDialog::setAnswerer([&asked](int id, bool required) {
            asked << id;
            AddCustomFieldDialog dialog(id, required);
            dialog.findChild<QLineEdit *>("customFieldName")->setText(QString("Field %1").arg(id));
            auto *type = dialog.findChild<QComboBox *>("customFieldType");
            type->setCurrentIndex(type->findData(id == 901 ? 8 : id == 900 ? 5 : 0));
            return std::optional<QJsonObject>(dialog.definition());
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(asked, QList<int>({900, 901, 902, 909}));
        // The fields are in the profile's schema and on the form, required as the platform said.
        QTRY_VERIFY(form()->rowFor("custom:900"));
        QCOMPARE(app.workspace->leadSchema().value().size(), 4);
        QVERIFY(form()->rowFor("custom:901")->label()->text().contains("*"));
        // The platform's words went to their fields: one line per field, nothing twice.
        lines = summaryLines();
        QVERIFY2(lines.filter("900").size() == 1, qPrintable(lines.join('\n')));
        QVERIFY2(lines.filter("does not know").isEmpty(), qPrintable(lines.join('\n')));

        GuiFixture::type(app.input<QLineEdit>("custom:900"), "2027-03-14");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "80");
        GuiFixture::type(app.input<QLineEdit>("custom:902"), "under-5k");
        GuiFixture::type(app.input<QLineEdit>("custom:909"), "V1000");
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(form()->banner()->text().contains("created"), 10000);
        QCOMPARE(app.sandbox->leadCount(), leads + 1);
    }
};

QTEST_MAIN(TestLeadSchema)
#include "tst_leadschema.moc"
