#pragma once

#include "mainwindow/windowmemory.h"
#include "model/recordkind.h"
#include "services/workspace.h"

#include <QMainWindow>

class CaptureHandler;
class EditorFactory;
class ImportHandler;
class ProfileStore;
class QDockWidget;
class SentNotifier;
class MessageBanner;
class QAction;
class QLabel;
class OutboxPanel;
class RecordBrowser;
class SentHistoryView;
struct OutboxItem;
class QTabWidget;
class RecordForm;

/// The window a rep works in all day: forms in tabs (new lead, company,
/// contact), the drafts panel, and a status bar saying which profile, whether
/// the platform answers, and how fresh the lookups are.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `settings` keeps the window's size, docks and open drafts between runs (null: none).
    explicit MainWindow(Workspace *workspace, ProfileStore *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordForm *currentForm() const;
    RecordForm *openForm(RecordKind kind);
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    OutboxPanel *outboxPanel() const { return m_outbox; }
    QDockWidget *outboxDock() const { return m_outboxDock; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    SentNotifier *sentNotifier() const { return m_notifier; }
    /// Cards, badges and signatures dropped or pasted on the window.
    CaptureHandler *captureHandler() const { return m_capture; }
    /// File → Import leads… and table files dropped on the window.
    ImportHandler *importHandler() const { return m_import; }
    /// Opens a draft or needs-fix item in a form (its own, if it is open already).
    RecordForm *openItem(const OutboxItem &item);
    /// The browser of leads, companies or contacts, as a tab.
    RecordBrowser *openBrowser(const QString &kind);
    /// Record → Sent history, as a tab.
    SentHistoryView *openSentHistory();
    /// An existing record, as a browser lists it, in a form for correction.
    RecordForm *openRecord(const QString &kind, qint64 id, const QJsonObject &record);
    /// Forms with work not yet sent.
    int dirtyFormCount() const;
    /// Keeps every form's work as a draft, closes the forms and opens a new
    /// lead form; false when a draft could not be saved and the user kept them.
    bool closeAllForms();
    /// Closes the form or browser in tab `index`; a form with unsent work asks first whether
    /// to keep it as a draft or discard it. False when it stays open.
    bool closeTab(int index);

Q_SIGNALS:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createFindMenu();
    void createRecordMenu();
    void createViewAndToolsMenus();
    void createHelpMenu();
    void createStatusBar();
    /// The request inspector dock (hidden) and its View menu action.
    void createRequestInspector();
    void updateTitle();
    void updateStatus();
    RecordForm *addForm(RecordKind kind);
    /// Discards what `form` holds: its draft leaves the outbox (with Undo).
    void discard(RecordForm *form);
    /// Which drafts are open in forms, kept for the next start.
    void rememberOpenForms();
    /// Opens again the drafts that were open when this profile was last used.
    void restoreOpenForms();
    /// Saves the form's draft; when that fails, asks whether to close anyway.
    bool keepWork(RecordForm *form);
    void onProfileChanged();

    Workspace *m_workspace;
    EditorFactory *m_factory;
    QTabWidget *m_tabs;
    MessageBanner *m_banner;
    OutboxPanel *m_outbox;
    QLabel *m_profileLabel;
    QLabel *m_connectionLabel;
    QLabel *m_lookupsLabel;
    QAction *m_submit = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    SentNotifier *m_notifier;
    CaptureHandler *m_capture = nullptr;
    ImportHandler *m_import = nullptr;
    WindowMemory m_memory;
    bool m_docksRestored = false;
    /// While forms are opened or closed wholesale, the list of open drafts stays as it was.
    bool m_keepOpenList = false;
};
