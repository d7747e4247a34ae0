#include "dialogs/schemaeditor.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/staleeditdialog.h"
#include "dialogs/welcomedialog.h"
#include "model/recordmodel.h"
#include "secrets/sessionsecretstore.h"
#include "services/languagesetup.h"
#include "services/profilestore.h"
#include "support/testcatalog.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// The dialogs around the forms, as they look: the welcome dialog's focus, the stale-edit
/// table without gaps, file dialogs that open in a folder, and languages named and spoken
/// down to Qt's own buttons.
class TestDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QImage look(QWidget *widget) { return widget->grab().toImage(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A home without a Documents folder, as on a fresh account.
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        qunsetenv("XDG_DOCUMENTS_DIR");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath("config")));
    }

    void welcomeChoicesShowTheKeyboardFocus()
    {
        ProfileStore profiles(m_dir.filePath("welcome"));
        SessionSecretStore keychain;
        SessionSecretStore session;
        WelcomeDialog dialog(&profiles, &keychain, &session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *connect = dialog.findChild<QCommandLinkButton *>("connectChoice");
        auto *sandbox = dialog.findChild<QCommandLinkButton *>("sandboxChoice");
        QTRY_VERIFY(connect->hasFocus());
        const QImage focused = look(connect);
        const QImage unfocused = look(sandbox);
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QTRY_VERIFY(sandbox->hasFocus());
        // Where the focus is, the button looks different from where it is not.
        QVERIFY(look(sandbox) != unfocused);
        QVERIFY(look(connect) != focused);
        QCOMPARE(look(connect).size(), focused.size());
    }

    void staleEditTableHasNoGaps()
    {
        RecordModel model(RecordKind::Lead, testCatalog());
        QList<StaleEditCheck::Difference> differences;
        differences.append({"name", "Lead name", "Gala", "Gala dinner", "Spring gala", true});
        differences.append({"description", "Description", "", "Called", "", false});
        StaleEditDialog dialog(model, differences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel *first = nullptr;
        QLabel *second = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == "Lead name")
                first = label;
            if (label->text() == "Description")
                second = label;
        }
        QVERIFY(first && second);
        QTest::qWait(50); // laid out
        // Rows follow each other; the room left over is below them.
        const int gap = second->mapTo(&dialog, QPoint()).y() - first->mapTo(&dialog, QPoint()).y();
        QVERIFY2(gap < 3 * first->sizeHint().height(), qPrintable(QString::number(gap)));
        auto *mine = dialog.findChild<QWidget *>("keepMine_name");
        QVERIFY(mine);
        const int across = mine->mapTo(&dialog, QPoint()).x() - first->mapTo(&dialog, QPoint()).x();
        QVERIFY2(across < dialog.width() * 0.85, qPrintable(QString::number(across)));
        // Nor a blank half below them.
        auto *save = dialog.findChild<QWidget *>("staleSaveButton");
        const int below = save->mapTo(&dialog, QPoint()).y() - second->mapTo(&dialog, QPoint()).y();
        QVERIFY2(below < 6 * second->sizeHint().height(), qPrintable(QString::number(below)));
    }

    void schemaFilesOpenInAFolderNotAFileName()
    {
        const QString documents
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(!QFileInfo::exists(documents), qPrintable(documents));
        SchemaEditor editor;
        QString suggested;
        editor.setFileChooser([&suggested](SchemaEditor::FileAction, const QString &path) {
            suggested = path;
            return QString();
        });
        editor.findChild<QPushButton *>("importSchemaButton")->click();
        QVERIFY2(QFileInfo(suggested).isDir(), qPrintable(suggested));
        editor.findChild<QPushButton *>("exportSchemaButton")->click();
        QVERIFY2(QFileInfo(QFileInfo(suggested).path()).isDir(), qPrintable(suggested));
        QVERIFY(suggested.endsWith(".json"));
    }

    void theSystemLanguageIsNamed()
    {
        ProfileStore profiles(m_dir.filePath("settings"));
        SettingsDialog dialog(&profiles, nullptr);
        auto *language = dialog.findChild<QComboBox *>("languageCombo");
        QVERIFY(language);
        const QString system = language->itemText(0);
        QVERIFY2(!system.contains("()"), qPrintable(system));
        const QString name
            = LanguageSetup::nativeName(LanguageSetup::systemLanguage(QLocale::system()));
        QVERIFY2(system.contains(name), qPrintable(system));
        QCOMPARE(language->findText("Deutsch"), 2);
        QCOMPARE(language->findText("Français"), 3);
    }

    /// Last: it changes the application's language.
    void qtsOwnTextsSpeakTheLanguageToo()
    {
        qputenv("LEADDESK_LANGUAGE", "de");
        QCOMPARE(LanguageSetup::install(), QString("de"));
        qunsetenv("LEADDESK_LANGUAGE");
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QString("Abbrechen"));
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText),
                 QString("Strg+W"));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
