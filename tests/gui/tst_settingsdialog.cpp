#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/schemaeditor.h"
#include "dialogs/schematablemodel.h"
#include "dialogs/settingsdialog.h"
#include "model/customfieldschema.h"
#include "model/jsonfile.h"
#include "services/profilestore.h"
#include "services/workspace.h"
#include "store/lookupcache.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
}

QJsonArray readFixture(const char *name)
{
    const auto read = JsonFile::readArray(dataFile(name));
    if (!read)
        qFatal("fixture %s: %s", name, qPrintable(read.error()));
    return read.value();
}

/// The definitions as CustomFieldSchema reads them, in one comparable shape.
QJsonArray normalized(const QJsonArray &definitions)
{
    const auto parsed = CustomFieldSchema::parse(definitions, "test");
    if (!parsed)
        return QJsonArray {parsed.error()};
    return CustomFieldSchema::toJson(parsed.value());
}

QJsonObject fieldWithId(const QJsonArray &definitions, int id)
{
    for (const QJsonValue &v : definitions)
        if (v.toObject().value("fieldId").toInt() == id)
            return v.toObject();
    return QJsonObject();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SettingsDialog> m_dialog;
    QList<QMessageBox::StandardButton> m_answers;

    SettingsDialog *openDialog(SettingsDialog::Tab tab = SettingsDialog::Tab::LeadSchema)
    {
        m_dialog = std::make_unique<SettingsDialog>(m_profiles.get(), m_workspace.get());
        m_dialog->showTab(tab);
        m_dialog->show();
        m_dialog->activateWindow();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            qWarning("the dialog was not exposed");
        return m_dialog.get();
    }

    template<typename T> T *find(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    QTableView *table() const { return find<QTableView>("schemaTable"); }
    SchemaEditor *editor() const { return find<SchemaEditor>("schemaEditor"); }

    QJsonArray savedSchema() const
    {
        const auto stored = m_workspace->lookupCache()->leadSchema("Test");
        return stored ? stored.value() : QJsonArray {stored.error()};
    }

    void useFile(const QString &path)
    {
        editor()->setFileChooser(
            [path](SchemaEditor::FileAction, const QString &) { return path; });
    }

    /// Opens the cell's editor with F2 and returns it (the focus widget).
    QWidget *openCellEditor(int row, int column)
    {
        QTableView *view = table();
        const QModelIndex index = view->model()->index(row, column);
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        return QApplication::focusWidget();
    }

    void typeIntoCell(int row, int column, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(openCellEditor(row, column));
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->index(row, column).data().toString(), text);
        QVERIFY2(m_dialog->isVisible(), "Return in a cell must not close the dialog");
    }

    void chooseType(int row, int type)
    {
        auto *combo = qobject_cast<QComboBox *>(openCellEditor(row, SchemaTableModel::TypeColumn));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 10);
        QCOMPARE(combo->itemText(type), CustomFieldSchema::typeName(type));
        while (combo->currentIndex() < type)
            QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(table()->model()->index(row, SchemaTableModel::TypeColumn).data(Qt::EditRole),
                     QVariant(type));
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY2(m_dialog->isVisible(), "Return in a cell must not close the dialog");
    }

    void clickButton(const char *name)
    {
        auto *button = find<QPushButton>(name);
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString bannerText(const char *name) const
    {
        auto *banner = find<MessageBanner>(name);
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    void selectProfile(const QString &name)
    {
        auto *list = find<QTreeWidget>("profilesList");
        const auto items = list->findItems(name, Qt::MatchExactly, 0);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_profiles = std::make_unique<ProfileStore>(m_dir->path());
        QVERIFY(m_profiles->save(Profile {"Test", "http://127.0.0.1:9", "key", false}).ok());
        QVERIFY(
            m_profiles->save(Profile {"Other", "http://127.0.0.1:10", "other-key", false}).ok());
        QVERIFY(m_profiles->save(Profile {"Sandbox", QString(), QString(), true}).ok());
        m_profiles->setCurrent("Test");
        m_workspace = std::make_unique<Workspace>(m_dir->path());
        QVERIFY(m_workspace->openStore().ok());
        QVERIFY(m_workspace
                    ->activate(Profile {"Test", "http://127.0.0.1:9", "key", false},
                               "http://127.0.0.1:9", "secret")
                    .ok());
        m_answers.clear();
        MessageBox::setAnswerer([this](const QString &) {
            return m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        });
    }

    void cleanup()
    {
        m_dialog.reset();
        m_workspace.reset();
        m_profiles.reset();
        m_dir.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void importGoodSchemaAndSave()
    {
        openDialog();
        QCOMPARE(table()->model()->rowCount(), 0);
        useFile(dataFile("settings-schema-good.json"));
        clickButton("importSchemaButton");

        QAbstractItemModel *model = table()->model();
        QCOMPARE(model->rowCount(), 4);
        // Rows follow sortOrder, as forms show them.
        QCOMPARE(model->index(0, SchemaTableModel::NameColumn).data().toString(),
                 QString("Budget (€)"));
        QCOMPARE(model->index(1, SchemaTableModel::NameColumn).data().toString(),
                 QString("Région"));
        QCOMPARE(model->index(1, SchemaTableModel::TypeColumn).data().toString(),
                 CustomFieldSchema::typeName(2));
        QCOMPARE(model->index(1, SchemaTableModel::RequiredColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));
        QCOMPARE(model->index(2, SchemaTableModel::ValuesColumn).data().toString(),
                 QString("3 value(s)"));
        QCOMPARE(model->index(3, SchemaTableModel::ActiveColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Unchecked));
        QVERIFY(bannerText("schemaMessage").contains("Imported 4 field(s)"));
        QVERIFY(!find<QLabel>("schemaProblem")->isVisible());
        QVERIFY(editor()->isModified());
        QCOMPARE(savedSchema(), QJsonArray());

        QSignalSpy catalogChanged(m_workspace.get(), &Workspace::catalogChanged);
        clickButton("okButton");
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(MessageBox::asked().isEmpty());

        QCOMPARE(normalized(savedSchema()), normalized(readFixture("settings-schema-good.json")));
        QCOMPARE(catalogChanged.count(), 1);
        const QList<FieldDefinition> &fields
            = m_workspace->catalog()->customFields(RecordKind::Lead);
        QStringList keys;
        for (const FieldDefinition &field : fields)
            keys << field.key;
        QCOMPARE(keys, QStringList({"custom:101", "custom:102", "custom:103", "custom:104"}));
        QCOMPARE(fields.at(1).label, QString("Région"));
        QVERIFY(fields.at(1).requiredByDefinition);
        QCOMPARE(fields.at(2).selectOptions->size(), 3);
        QVERIFY(!fields.at(3).active);
    }

    void badFileIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("duplicate id")
            << "settings-schema-duplicate-id.json"
            << QStringList {"settings-schema-duplicate-id.json", "entry 3", "'Shade'",
                            "duplicate fieldId 202"};
        QTest::newRow("unknown type") << "settings-schema-unknown-type.json"
                                      << QStringList {"entry 2", "'Mood'", "unknown fieldType 12"};
        QTest::newRow("select without values")
            << "settings-schema-select-without-values.json"
            << QStringList {"entry 1", "'Extras'", "Multiple Select field needs selectValues"};
        QTest::newRow("missing file")
            << "settings-missing.json" << QStringList {"settings-missing.json", "does not exist"};
    }

    void badFileIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QJsonArray good = readFixture("settings-schema-good.json");
        QVERIFY(m_workspace->setLeadSchema(good).ok());
        openDialog();
        const QJsonArray before = editor()->definitions();
        QCOMPARE(before.size(), 4);

        useFile(dataFile(file.toLatin1().constData()));
        clickButton("importSchemaButton");
        const QString message = bannerText("schemaMessage");
        QVERIFY2(message.contains("Not imported; the table is unchanged."), qPrintable(message));
        for (const QString &part : expected)
            QVERIFY2(message.contains(part), qPrintable(part + " missing in: " + message));
        QCOMPARE(editor()->definitions(), before);
        QVERIFY(!editor()->isModified());
        QVERIFY(MessageBox::asked().isEmpty());

        clickButton("okButton");
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(normalized(savedSchema()), normalized(good));
    }

    void importOverUnsavedEditsAsks()
    {
        openDialog();
        clickButton("addFieldButton");
        typeIntoCell(0, SchemaTableModel::NameColumn, "Draft field");
        useFile(dataFile("settings-schema-good.json"));

        m_answers = {QMessageBox::Cancel};
        clickButton("importSchemaButton");
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(MessageBox::asked().first().contains("not saved"));
        QCOMPARE(table()->model()->rowCount(), 1);

        m_answers = {QMessageBox::Yes};
        clickButton("importSchemaButton");
        QCOMPARE(table()->model()->rowCount(), 4);
    }

    void editNameAndRequiredFlag()
    {
        QVERIFY(m_workspace->setLeadSchema(readFixture("settings-schema-good.json")).ok());
        openDialog();
        QVERIFY(!editor()->isModified());
        auto *apply = find<QPushButton>("applyButton");
        QVERIFY(!apply->isEnabled());

        // Row 0 is "Budget (€)", field 101, not required.
        typeIntoCell(0, SchemaTableModel::NameColumn, "Budget band");
        table()->setCurrentIndex(table()->model()->index(0, SchemaTableModel::RequiredColumn));
        QTest::keyClick(table(), Qt::Key_Space);
        QCOMPARE(
            table()->model()->index(0, SchemaTableModel::RequiredColumn).data(Qt::CheckStateRole),
            QVariant(Qt::Checked));
        QVERIFY(editor()->isModified());
        QVERIFY(apply->isEnabled());

        clickButton("applyButton");
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!editor()->isModified());
        QVERIFY(!apply->isEnabled());
        QVERIFY(bannerText("schemaMessage").contains("Saved"));
        const QJsonObject saved = fieldWithId(savedSchema(), 101);
        QCOMPARE(saved.value("displayName").toString(), QString("Budget band"));
        QCOMPARE(saved.value("isRequired").toBool(), true);
        // Nothing else changed (the order of the select values is now written beside them).
        QJsonObject other = fieldWithId(savedSchema(), 102);
        QCOMPARE(other.take("selectValuesOrder"), QJsonValue(QJsonArray {"nsw", "vic"}));
        QCOMPARE(other, fieldWithId(readFixture("settings-schema-good.json"), 102));

        // Closing now asks nothing.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(MessageBox::asked().isEmpty());
        const auto &fields = m_workspace->catalog()->customFields(RecordKind::Lead);
        QCOMPARE(fields.first().label, QString("Budget band"));
        QVERIFY(fields.first().requiredByDefinition);
    }

    void selectFieldNeedsValues()
    {
        openDialog();
        clickButton("addFieldButton");
        // The new row's name is being edited already.
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QTest::keyClicks(line, "Colour");
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->index(0, SchemaTableModel::NameColumn).data().toString(),
                     QString("Colour"));
        QVERIFY(editor()->problem().isEmpty());
        chooseType(0, 2);
        QCOMPARE(table()->model()->index(0, SchemaTableModel::ValuesColumn).data().toString(),
                 QString("no values"));

        auto *problem = find<QLabel>("schemaProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("'Colour'"), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains("Single Select field needs selectValues"),
                 qPrintable(problem->text()));

        clickButton("okButton");
        QVERIFY(m_dialog->isVisible());
        QVERIFY(bannerText("schemaMessage").contains("not saved"));
        QVERIFY(bannerText("schemaMessage").contains("needs selectValues"));
        QCOMPARE(savedSchema(), QJsonArray());

        auto *values = find<QPlainTextEdit>("selectValuesEdit");
        QVERIFY(values->isEnabled());
        values->setFocus();
        QTest::keyClicks(values, "red = Red");
        QTest::keyClick(values, Qt::Key_Return);
        QTest::keyClicks(values, "blue = Deep blue");
        QTRY_VERIFY2(!problem->isVisible(),
                     qPrintable(problem->text() + " | " + values->toPlainText()));
        QCOMPARE(table()->model()->index(0, SchemaTableModel::ValuesColumn).data().toString(),
                 QString("2 value(s)"));

        // Two equal keys would collapse silently in JSON: refused in words.
        QTest::keyClick(values, Qt::Key_Return);
        QTest::keyClicks(values, "red = Crimson");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("'red' appears twice"), qPrintable(problem->text()));
        QTest::keyClick(values, Qt::Key_Home);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(values, Qt::Key_Right);
        QTest::keyClicks(values, "2");
        QTRY_VERIFY(!problem->isVisible());

        clickButton("okButton");
        QVERIFY(!m_dialog->isVisible());
        const QJsonObject saved = savedSchema().first().toObject();
        QCOMPARE(saved.value("displayName").toString(), QString("Colour"));
        QCOMPARE(saved.value("fieldType").toInt(), 2);
        QCOMPARE(saved.value("selectValues").toObject(),
                 QJsonObject({{"red", "Red"}, {"blue", "Deep blue"}, {"red2", "Crimson"}}));
    }

    void removeAndMoveFields()
    {
        QVERIFY(m_workspace->setLeadSchema(readFixture("settings-schema-good.json")).ok());
        openDialog();
        QAbstractItemModel *model = table()->model();
        table()->setCurrentIndex(model->index(1, SchemaTableModel::NameColumn));
        clickButton("moveFieldUpButton");
        QCOMPARE(model->index(0, SchemaTableModel::NameColumn).data().toString(),
                 QString("Région"));
        QCOMPARE(table()->currentIndex().row(), 0);
        QVERIFY(!find<QPushButton>("moveFieldUpButton")->isEnabled());

        m_answers = {QMessageBox::Cancel};
        clickButton("removeFieldButton");
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(MessageBox::asked().first().contains("'Région'"));
        QCOMPARE(model->rowCount(), 4);
        m_answers = {QMessageBox::Yes};
        clickButton("removeFieldButton");
        QCOMPARE(model->rowCount(), 3);

        clickButton("okButton");
        const auto parsed = CustomFieldSchema::parse(savedSchema(), "saved");
        QVERIFY(parsed.ok());
        QStringList names;
        for (const FieldDefinition &field : parsed.value())
            names << field.label;
        QCOMPARE(names, QStringList({"Budget (€)", "Venue", "Guests"}));
    }

    void exportRoundTrips()
    {
        QVERIFY(m_workspace->setLeadSchema(readFixture("settings-schema-good.json")).ok());
        openDialog();
        const QString path = m_dir->filePath("exported.json");
        useFile(path);
        clickButton("exportSchemaButton");
        QVERIFY2(bannerText("schemaMessage").contains("Exported 4 field(s)"),
                 qPrintable(bannerText("schemaMessage")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\n    {"));
        QVERIFY(bytes.contains(QString("Région").toUtf8()));
        const auto read = JsonFile::readArray(path);
        QVERIFY(read.ok());
        const auto exported = CustomFieldSchema::parse(read.value(), "exported.json");
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        const auto saved = CustomFieldSchema::parse(savedSchema(), "saved");
        QVERIFY(saved.ok());
        QCOMPARE(CustomFieldSchema::toJson(exported.value()),
                 CustomFieldSchema::toJson(saved.value()));

        // A reps' import of that file gives the same schema.
        QVERIFY(m_workspace->setLeadSchema(QJsonArray()).ok());
        m_dialog.reset();
        openDialog();
        useFile(path);
        clickButton("importSchemaButton");
        clickButton("okButton");
        QCOMPARE(normalized(savedSchema()), normalized(readFixture("settings-schema-good.json")));
    }

    void exportFailureSaysSo()
    {
        openDialog();
        const QString path = m_dir->filePath("no-such-folder/exported.json");
        useFile(path);
        clickButton("exportSchemaButton");
        QVERIFY2(bannerText("schemaMessage").contains("Could not write"),
                 qPrintable(bannerText("schemaMessage")));
        QVERIFY(bannerText("schemaMessage").contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void exportRefusesABrokenTable()
    {
        openDialog();
        clickButton("addFieldButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!editor()->problem().isEmpty()); // no name yet
        const QString path = m_dir->filePath("broken.json");
        useFile(path);
        clickButton("exportSchemaButton");
        QVERIFY(bannerText("schemaMessage").contains("Not exported"));
        QVERIFY(bannerText("schemaMessage").contains("displayName is missing"));
        QVERIFY(!QFile::exists(path));
    }

    void leavingWithUnsavedEditsAsks_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("Esc") << 0;
        QTest::newRow("Cancel button") << 1;
        QTest::newRow("closing the window") << 2;
    }

    void leavingWithUnsavedEditsAsks()
    {
        QFETCH(int, how);
        QVERIFY(m_workspace->setLeadSchema(readFixture("settings-schema-good.json")).ok());
        openDialog(SettingsDialog::Tab::Profiles);
        m_dialog->showTab(SettingsDialog::Tab::LeadSchema);
        typeIntoCell(0, SchemaTableModel::NameColumn, "Renamed");
        m_dialog->showTab(SettingsDialog::Tab::Profiles);

        auto leave = [&] {
            switch (how) {
            case 0:
                QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
                break;
            case 1:
                QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
                break;
            default:
                m_dialog->close();
                break;
            }
        };

        m_answers = {QMessageBox::Cancel};
        leave();
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(MessageBox::asked().first().contains("not saved"));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(find<QTabWidget>("settingsTabs")->currentIndex(), 1);
        QVERIFY(editor()->isModified());
        QCOMPARE(table()->model()->index(0, SchemaTableModel::NameColumn).data().toString(),
                 QString("Renamed"));
        QCOMPARE(fieldWithId(savedSchema(), 101).value("displayName").toString(),
                 QString("Budget (€)"));

        m_answers = {QMessageBox::Discard};
        leave();
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(fieldWithId(savedSchema(), 101).value("displayName").toString(),
                 QString("Budget (€)"));
    }

    void leavingCanSaveTheEdits()
    {
        openDialog();
        useFile(dataFile("settings-schema-good.json"));
        clickButton("importSchemaButton");
        m_answers = {QMessageBox::Save};
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(normalized(savedSchema()), normalized(readFixture("settings-schema-good.json")));
    }

    void leavingWithABrokenTableStays()
    {
        openDialog();
        clickButton("addFieldButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leaves the cell only
        QVERIFY(m_dialog->isVisible());
        m_answers = {QMessageBox::Save};
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(bannerText("schemaMessage").contains("not saved"));
        QCOMPARE(table()->model()->rowCount(), 1);
    }

    void largeSelectStaysUsable()
    {
        QJsonObject values;
        for (int i = 1; i <= 5000; ++i)
            values.insert(QString("k%1").arg(i), QString("Value %1").arg(i));
        const QJsonArray schema {QJsonObject {{"fieldId", 9},
                                              {"fieldType", 9},
                                              {"displayName", "Venue"},
                                              {"isRequired", false},
                                              {"isActive", true},
                                              {"sortOrder", 0},
                                              {"selectValues", values},
                                              {"fileTypes", QJsonValue()}}};
        QVERIFY(m_workspace->setLeadSchema(schema).ok());
        openDialog();
        QCOMPARE(table()->model()->index(0, SchemaTableModel::ValuesColumn).data().toString(),
                 QString("5000 value(s)"));
        auto *text = find<QPlainTextEdit>("selectValuesEdit");
        QCOMPARE(text->blockCount(), 5000);
        QVERIFY(text->toPlainText().contains("k4999 = Value 4999"));
        text->moveCursor(QTextCursor::End);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, "extra = One more");
        QTRY_COMPARE(table()->model()->index(0, SchemaTableModel::ValuesColumn).data().toString(),
                     QString("5001 value(s)"));
        clickButton("okButton");
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(savedSchema().first().toObject().value("selectValues").toObject().size(), 5001);
    }

    void profilesAreListed()
    {
        openDialog(SettingsDialog::Tab::Profiles);
        auto *list = find<QTreeWidget>("profilesList");
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        const QTreeWidgetItem *test = list->findItems("Test", Qt::MatchExactly).value(0);
        QVERIFY(test);
        QCOMPARE(test->text(1), QString("http://127.0.0.1:9"));
        QCOMPARE(test->text(2), QString("key"));
        QCOMPARE(test->text(3), QString("In use"));
        const QTreeWidgetItem *sandbox = list->findItems("Sandbox", Qt::MatchExactly).value(0);
        QVERIFY(sandbox);
        QCOMPARE(sandbox->text(1), QString("built-in sandbox"));
        QCOMPARE(sandbox->text(3), QString());
        QCOMPARE(list->currentItem(), test);
        QVERIFY(!find<QPushButton>("useProfileButton")->isEnabled());

        selectProfile("Sandbox");
        QVERIFY(!find<QPushButton>("editProfileButton")->isEnabled());
        selectProfile("Other");
        QVERIFY(find<QPushButton>("useProfileButton")->isEnabled());
        QSignalSpy edit(m_dialog.get(), &SettingsDialog::editProfileRequested);
        QSignalSpy add(m_dialog.get(), &SettingsDialog::addProfileRequested);
        clickButton("editProfileButton");
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), QString("Other"));
        clickButton("addProfileButton");
        QCOMPARE(add.count(), 1);

        // A profile added meanwhile shows up.
        QVERIFY(m_profiles->save(Profile {"Fourth", "http://127.0.0.1:11", "k4", false}).ok());
        QCOMPARE(list->topLevelItemCount(), 4);
    }

    void removingTheCurrentProfileIsRefused()
    {
        openDialog(SettingsDialog::Tab::Profiles);
        QSignalSpy removed(m_dialog.get(), &SettingsDialog::profileRemoved);
        selectProfile("Test");
        m_answers = {QMessageBox::Yes};
        clickButton("removeProfileButton");
        QVERIFY(MessageBox::asked().isEmpty());
        const QString why = bannerText("profilesMessage");
        QVERIFY2(why.contains("'Test' is the profile in use"), qPrintable(why));
        QVERIFY(why.contains("Switch to another profile first"));
        QVERIFY(m_profiles->contains("Test"));
        QCOMPARE(removed.count(), 0);
    }

    void removingAnotherProfileAsks()
    {
        openDialog(SettingsDialog::Tab::Profiles);
        QSignalSpy removed(m_dialog.get(), &SettingsDialog::profileRemoved);
        auto *list = find<QTreeWidget>("profilesList");
        selectProfile("Other");

        m_answers = {QMessageBox::Cancel};
        clickButton("removeProfileButton");
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(MessageBox::asked().first().contains("'Other'"));
        QVERIFY(m_profiles->contains("Other"));
        QCOMPARE(removed.count(), 0);

        m_answers = {QMessageBox::Yes};
        clickButton("removeProfileButton");
        QVERIFY(!m_profiles->contains("Other"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), QString("Other"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->findItems("Other", Qt::MatchExactly).isEmpty());
        QVERIFY(bannerText("profilesMessage").contains("was removed"));
        QVERIFY(m_dialog->isVisible());
    }

    void useThisProfileEmits()
    {
        openDialog(SettingsDialog::Tab::Profiles);
        QSignalSpy switched(m_dialog.get(), &SettingsDialog::switchProfileRequested);
        selectProfile("Other");
        clickButton("useProfileButton");
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toString(), QString("Other"));
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(MessageBox::asked().isEmpty());
    }

    void useThisProfileAsksAboutUnsavedSchema()
    {
        openDialog();
        clickButton("addFieldButton");
        typeIntoCell(0, SchemaTableModel::NameColumn, "Pending");
        m_dialog->showTab(SettingsDialog::Tab::Profiles);
        QSignalSpy switched(m_dialog.get(), &SettingsDialog::switchProfileRequested);
        selectProfile("Other");
        m_answers = {QMessageBox::Cancel};
        clickButton("useProfileButton");
        QCOMPARE(MessageBox::asked().size(), 1);
        QCOMPARE(switched.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(editor()->isModified());

        m_dialog->showTab(SettingsDialog::Tab::Profiles);
        m_answers = {QMessageBox::Save};
        clickButton("useProfileButton");
        QCOMPARE(switched.count(), 1);
        QCOMPARE(savedSchema().size(), 1);
    }

    void inputsAreNamedForScreenReaders()
    {
        openDialog();
        const QList<QWidget *> inputs {find<QWidget>("schemaTable"),
                                       find<QWidget>("selectValuesEdit"),
                                       find<QWidget>("profilesList")};
        for (QWidget *input : inputs) {
            QVERIFY(input);
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        }
        clickButton("addFieldButton");
        auto *line = QApplication::focusWidget();
        QVERIFY(line);
        QCOMPARE(line->accessibleName(), QString("Name"));
    }

    /// The language is chosen by keyboard, kept at once and used from the next start.
    void languageChoiceIsKeptForTheNextStart()
    {
        QCOMPARE(m_profiles->value("language").toString(), QString());
        openDialog(SettingsDialog::Tab::General);
        auto *language = find<QComboBox>("languageCombo");
        QVERIFY(language);
        QTRY_VERIFY(language->isVisible());
        QVERIFY(!language->accessibleName().isEmpty());
        QCOMPARE(language->currentData().toString(), QString()); // follows the system
        QCOMPARE(language->count(), 4);
        QVERIFY(find<QLabel>("languageNote")->text().contains("next time"));

        // Alt+L reaches it from anywhere on the tab; Down steps through the choices.
        QTest::keyClick(m_dialog.get(), Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(language->hasFocus());
        QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QString("Deutsch"));
        QCOMPARE(m_profiles->value("language").toString(), QString("de"));
        clickButton("cancelButton");
        QTRY_VERIFY(!m_dialog->isVisible());

        // Opened again, it shows the choice; "as the system" clears it.
        openDialog(SettingsDialog::Tab::General);
        language = find<QComboBox>("languageCombo");
        QCOMPARE(language->currentData().toString(), QString("de"));
        language->setCurrentIndex(0);
        QCOMPARE(m_profiles->value("language").toString(), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
