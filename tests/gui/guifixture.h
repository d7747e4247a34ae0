#pragma once

#include "fields/fieldeditor.h"
#include "fields/fieldrow.h"
#include "forms/recordform.h"
#include "mainwindow/mainwindow.h"
#include "model/customfieldschema.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/outbox.h"
#include "services/profilestore.h"
#include "services/workspace.h"
#include "store/lookupcache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The real main window against an in-process sandbox, with the lookups
/// refreshed and the sandbox's lead schema imported, for GUI tests.
class GuiFixture
{
public:
    GuiFixture()
        : sandbox(std::make_unique<SandboxServer>())
    { }

    bool start()
    {
        if (!sandbox->start())
            return false;
        workspace = std::make_unique<Workspace>(dir.path());
        const Profile profile {"Sandbox", QString(), SandboxServer::defaultApiKey(), true};
        if (!workspace->activate(profile, sandbox->baseUrl().toString(),
                                 SandboxServer::defaultApiSecret().toUtf8()))
            return false;
        QSignalSpy refreshed(workspace.get(), &Workspace::refreshFinished);
        workspace->refreshLookups();
        if (!refreshed.wait(20000) || !refreshed.first().first().toString().isEmpty())
            return false;
        if (!workspace->setLeadSchema(CustomFieldSchema::withSelectOrder(
                sandbox->leadCustomFieldDefinitions(), sandbox->leadCustomFieldDefinitionsText())))
            return false;
        // Quick retries and probes: the tests take the platform down and up again.
        Outbox::Settings quick;
        quick.retry.baseDelayMs = 100;
        quick.retry.maxDelayMs = 1000;
        quick.probeIntervalMs = 200;
        quick.landingWindowSeconds = 1;
        workspace->outbox()->setSettings(quick);
        workspace->client()->setTransferTimeout(3000);
        workspace->startOutbox();
        settings = std::make_unique<ProfileStore>(dir.path());
        return openWindow();
    }

    /// The main window, as LeadDesk opens it after a start (with the app's settings).
    bool openWindow(QSize size = QSize(1100, 900))
    {
        window.reset();
        window = std::make_unique<MainWindow>(workspace.get(), settings.get());
        if (size.isValid())
            window->resize(size);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowExposed(window.get());
    }

    RecordForm *form() const { return window->currentForm(); }

    /// Makes the main window the active one again, for its shortcuts (the offscreen platform
    /// leaves a closed popup or a closed tab's window active).
    bool activate() const
    {
        QApplication::setActiveWindow(window.get());
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    template<class T = QWidget> T *input(const QString &key, const char *name = "input") const
    {
        // The form knows which row shows a key ("contact.email" is the inline contact's).
        if (FieldRow *row = form()->rowFor(key))
            return row->editor()->findChild<T *>(QLatin1String(name));
        QString objectKey = key;
        objectKey.replace(QLatin1Char(':'), QLatin1Char('_'));
        auto *editor = form()->findChild<FieldEditor *>(QStringLiteral("editor_") + objectKey);
        return editor ? editor->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    static void focus(QWidget *widget)
    {
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
    }

    /// Picks an option by keyboard as a person does: open the list (Alt+Down),
    /// type the start of its label, Enter.
    static void pick(QComboBox *combo, const QString &label)
    {
        focus(combo);
        QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
        QAbstractItemView *list = combo->view();
        QTRY_VERIFY(list->isVisible());
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(list, label);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!list->isVisible());
        QTRY_COMPARE(combo->currentText(), label);
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        focus(edit);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }

    /// Types into a search-as-you-type field and takes the first suggestion.
    static void typeAndTakeFirst(QLineEdit *edit, QCompleter *completer, const QString &text)
    {
        type(edit, text);
        QAbstractItemView *popup = completer->popup();
        QTRY_VERIFY(popup->isVisible() && popup->model()->rowCount() > 0);
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ProfileStore> settings;
    std::unique_ptr<MainWindow> window;
};
