#include "common/messagebox.h"
#include "fields/dateeditor.h"
#include "fields/fieldrow.h"
#include "fields/idlisteditor.h"
#include "fields/jsoneditor.h"
#include "fields/recordpickereditor.h"
#include "guifixture.h"
#include "model/customfieldschema.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTextLayout>
#include <QToolButton>
#include <QWheelEvent>

/// The last of the daily loop's polish (issue 16): select lists in the platform's order, record
/// pickers for lists of records, a company lead's contact found among that company's contacts,
/// required markers that stay with their label, dates in the locale's short form.
class TestDailyPolish : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;
    QLocale m_locale;

    static QStringList options(QComboBox *combo)
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            if (!combo->itemText(i).isEmpty())
                texts << combo->itemText(i);
        return texts;
    }

    /// The lines a label's text breaks into at the label's width, as QLabel lays it out.
    static QStringList wrappedLines(const QLabel *label)
    {
        QTextLayout layout(label->text(), label->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(label->contentsRect().width());
            lines << label->text().mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        return lines;
    }

    /// The suggestions a picker shows now.
    static QStringList suggestions(QCompleter *completer)
    {
        QStringList texts;
        QAbstractItemModel *model = completer->model();
        for (int i = 0; i < model->rowCount(); ++i)
            texts << model->index(i, 0).data().toString();
        return texts;
    }

private Q_SLOTS:
    void init()
    {
        m_locale = QLocale();
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
    }

    void cleanup()
    {
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
        QLocale::setDefault(m_locale);
    }

    void selectListsKeepThePlatformsOrder()
    {
        GuiFixture &app = *m_app;
        // As getCompanyDefinition sends them: not in the order of their keys.
        app.window->openForm(RecordKind::Company);
        QTRY_VERIFY(app.input<QComboBox>("custom:851"));
        QCOMPARE(options(app.input<QComboBox>("custom:851")),
                 QStringList({"1-10 staff", "11-50 staff", "51-200 staff", "201-1000 staff",
                              "More than 1000 staff"}));
    }

    void scrollingTheFormOverAChoiceLeavesItAlone()
    {
        GuiFixture &app = *m_app;
        QComboBox *budget = app.input<QComboBox>("custom:902");
        QVERIFY(budget && !budget->hasFocus());
        const QPoint centre = budget->rect().center();
        QWheelEvent wheel(centre, budget->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(budget, &wheel);
        QVERIFY(app.form()->model()->value("custom:902").isUndefined());
        QVERIFY(!app.form()->isDirty());
    }

    void anImportedSchemaKeepsItsOrderThroughExportAndImport()
    {
        GuiFixture &app = *m_app;
        const QString path = app.dir.filePath("schema.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"fieldId": 950, "fieldType": 2, "displayName": "Guests",
                        "selectValues": {"z": "1-10", "b": "11-50", "a": "51-200",
                                         "c": "More than 200"}}])");
        file.close();
        const auto read = CustomFieldSchema::readFile(path);
        QVERIFY2(read, qPrintable(read.error()));
        const QStringList expected {"1-10", "11-50", "51-200", "More than 200"};
        QVERIFY(app.workspace->setLeadSchema(read.value()));
        app.window->openForm(RecordKind::Lead);
        QTRY_VERIFY(app.input<QComboBox>("custom:950"));
        QCOMPARE(options(app.input<QComboBox>("custom:950")), expected);
        // What Settings exports and a rep imports again is in the same order.
        const auto parsed = CustomFieldSchema::parse(read.value(), "schema.json");
        QVERIFY(parsed);
        const QByteArray exported
            = QJsonDocument(CustomFieldSchema::toJson(parsed.value())).toJson();
        const QJsonArray again = CustomFieldSchema::withSelectOrder(
            QJsonDocument::fromJson(exported).array(), exported);
        QStringList labels;
        for (const auto &option : CustomFieldSchema::orderedSelectValues(again.at(0).toObject()))
            labels << option.second;
        QCOMPARE(labels, expected);
    }

    void aContactsCompaniesArePickedByName()
    {
        GuiFixture &app = *m_app;
        RecordForm *form = app.window->openForm(RecordKind::Contact);
        QCheckBox *all = nullptr;
        QTRY_VERIFY((all = form->findChild<QCheckBox *>("showAllFields")));
        all->setChecked(true);
        IdListEditor *companies = nullptr;
        QTRY_VERIFY((companies = form->findChild<IdListEditor *>("editor_companies")));
        // Nothing chosen yet: no empty list box, just the search line.
        QVERIFY(!companies->chosenList()->isVisible());
        QVERIFY(companies->height() < 3 * companies->lineEdit()->height());
        const QString acme = app.sandbox->company(1000).value("businessName").toString();
        GuiFixture::typeAndTakeFirst(companies->lineEdit(), companies->completer(), acme);
        QTRY_COMPARE(form->model()->value("companies"), QJsonValue(QJsonArray {1000}));
        QCOMPARE(companies->chosenList()->count(), 1);
        QVERIFY(companies->chosenList()->item(0)->text().startsWith(acme));
        QTRY_VERIFY(companies->lineEdit()->text().isEmpty());
        // Taken out again by name, not by editing a list of numbers.
        QVERIFY(!companies->removeButton()->isEnabled());
        companies->chosenList()->setCurrentRow(0);
        QVERIFY(companies->removeButton()->isEnabled());
        QTest::mouseClick(companies->removeButton(), Qt::LeftButton);
        QVERIFY(ValueChecks::isEmpty(form->model()->value("companies")));
        // A JSON box's example is in the shape its error asks for.
        auto *groups = form->findChild<JsonEditor *>("editor_groups");
        QVERIFY(groups);
        auto *box = groups->findChild<QPlainTextEdit *>("input");
        QVERIFY(box->placeholderText().contains("groupId"));
        box->setPlainText("[1, 2]");
        QTRY_VERIFY(form->rowFor("groups")->errorLabel()->text().contains("groupId"));
    }

    void aCompanyLeadsContactIsOneOfThatCompanysContacts()
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), "Conference for Acme");
        // Offscreen, the new form's first-field focus can arrive late; let it settle.
        QTest::qWait(1500);
        QTest::mouseClick(app.input<QRadioButton>("contactType", "company"), Qt::LeftButton);
        auto *company = app.form()->findChild<RecordPickerEditor *>("editor_companyId");
        GuiFixture::typeAndTakeFirst(company->lineEdit(), company->completer(),
                                     app.sandbox->company(1000).value("businessName").toString());
        QTRY_COMPARE(app.form()->model()->value("companyId").toInt(), 1000);
        // "on" is in Jones (of this company) and in Wilson and Johnson (of others).
        auto *contact = app.form()->findChild<RecordPickerEditor *>("editor_companyLeadContactId");
        GuiFixture::type(contact->lineEdit(), "on");
        QTRY_VERIFY_WITH_TIMEOUT(contact->completer()->popup()->isVisible(), 5000);
        QTest::qWait(500); // the platform's answer after the cached one
        const QStringList offered = suggestions(contact->completer());
        QVERIFY2(offered.size() == 1 && offered.first().startsWith("Liam Jones"),
                 qPrintable(offered.join(" | ")));
    }

    void theRequiredMarkerStaysWithItsLabel()
    {
        GuiFixture &app = *m_app;
        QTest::mouseClick(app.input<QRadioButton>("contactType", "company"), Qt::LeftButton);
        FieldRow *row = nullptr;
        QTRY_VERIFY((row = app.form()->rowFor("companyLeadContactId")) && row->isVisible());
        QVERIFY(row->label()->text().endsWith("*"));
        // Just too narrow for the marker after the words: it goes down with the last word.
        const QFontMetrics metrics(row->label()->font());
        row->setLabelWidth(metrics.horizontalAdvance("Contact at the company") + 2
                           + 2 * row->label()->margin());
        const QStringList lines = wrappedLines(row->label());
        QVERIFY2(lines.size() >= 2 && lines.last() != "*", qPrintable(lines.join(" / ")));
        QVERIFY2(lines.last().endsWith("*") && lines.last().size() > 1,
                 qPrintable(lines.join(" / ")));
    }

    void datesTakeTheLocalesShortForm_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en-AU") << "en_AU"
                               << "15/03/2027"
                               << "02/04/2027";
        QTest::newRow("de") << "de_DE"
                            << "15.03.2027"
                            << "02.04.2027";
        QTest::newRow("de, typed with slashes") << "de_DE"
                                                << "15/03/2027"
                                                << "02.04.2027";
        QTest::newRow("fr") << "fr_FR"
                            << "15/03/2027"
                            << "02/04/2027";
        QTest::newRow("en-US") << "en_US"
                               << "03/15/2027"
                               << "04/02/2027";
    }

    void datesTakeTheLocalesShortForm()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        GuiFixture &app = *m_app;
        QLocale::setDefault(QLocale(locale));
        QVERIFY(app.openWindow()); // its forms are built in the locale now
        RecordForm *form = app.form();
        DateEditor *date = nullptr;
        QTRY_VERIFY((date = form->findChild<DateEditor *>("editor_custom_900")));
        QVERIFY2(!date->lineEdit()->placeholderText().startsWith("yyyy"),
                 qPrintable(date->lineEdit()->placeholderText()));
        GuiFixture::type(date->lineEdit(), typed);
        QCOMPARE(form->model()->value("custom:900"), QJsonValue("2027-03-15"));
        QCOMPARE(date->lineEdit()->text(), typed);
        // The platform's form is taken as well, and a date is shown the locale's way.
        GuiFixture::type(date->lineEdit(), "2027-03-16");
        QCOMPARE(form->model()->value("custom:900"), QJsonValue("2027-03-16"));
        form->model()->setValue("custom:900", "2027-04-02");
        QCOMPARE(date->lineEdit()->text(), shown);
        // A date that does not exist is named, not turned into another.
        GuiFixture::type(date->lineEdit(), "31/02/2027");
        QVERIFY(form->model()->value("custom:900").toString() == "31/02/2027");
        QTRY_VERIFY2(form->rowFor("custom:900")->errorLabel()->text().contains("not a real date"),
                     qPrintable(form->rowFor("custom:900")->errorLabel()->text()));
    }
};

QTEST_MAIN(TestDailyPolish)
#include "tst_dailypolish.moc"
