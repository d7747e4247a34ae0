#pragma once

#include "recordkind.h"
#include "workspace.h"

#include <QMainWindow>

class EditorFactory;
class MessageBanner;
class QAction;
class QLabel;
class QListWidget;
class QTabWidget;
class RecordForm;

/// The window a rep works in all day: forms in tabs (new lead, company,
/// contact), the drafts panel, and a status bar saying which profile, whether
/// the platform answers, and how fresh the lookups are.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordForm *currentForm() const;
    RecordForm *openForm(RecordKind kind);
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    /// Forms with work not yet sent.
    int dirtyFormCount() const;
    /// Closes every form (asking about unsent work) and opens a new lead form;
    /// false when the user chose to keep them.
    bool closeAllForms();

Q_SIGNALS:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void updateTitle();
    void updateStatus();
    bool closeTab(int index);
    void onProfileChanged();

    Workspace *m_workspace;
    EditorFactory *m_factory;
    QTabWidget *m_tabs;
    MessageBanner *m_banner;
    QListWidget *m_drafts;
    QLabel *m_profileLabel;
    QLabel *m_connectionLabel;
    QLabel *m_lookupsLabel;
    QAction *m_submit = nullptr;
};
