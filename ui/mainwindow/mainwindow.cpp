#include "mainwindow.h"

#include "editorfactory.h"
#include "leadform.h"
#include "messagebanner.h"
#include "messagebox.h"
#include "recordform.h"
#include "recordmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_factory(new EditorFactory(workspace->search()))
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_drafts(new QListWidget(this))
    , m_profileLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_lookupsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Drafts"), this);
    dock->setObjectName(QStringLiteral("draftsDock"));
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setAccessibleName(tr("Drafts and queued items"));
    auto *panel = new QWidget(dock);
    auto *panelColumn = new QVBoxLayout(panel);
    panelColumn->setContentsMargins(4, 4, 4, 4);
    auto *empty = new QLabel(tr("Drafts and leads waiting to be sent appear here."), panel);
    empty->setObjectName(QStringLiteral("draftsEmpty"));
    empty->setWordWrap(true);
    panelColumn->addWidget(empty);
    panelColumn->addWidget(m_drafts, 1);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    createActions();
    createStatusBar();
    connect(workspace, &Workspace::connectionChanged, this, &MainWindow::updateStatus);
    connect(workspace, &Workspace::refreshStarted, this, &MainWindow::updateStatus);
    connect(workspace, &Workspace::refreshFinished, this, [this](const QString &problem) {
        updateStatus();
        if (!problem.isEmpty())
            m_banner->show(
                MessageBanner::Kind::Warning,
                tr("The lookup lists could not be refreshed: %1 Forms use the lists "
                   "from %2.")
                    .arg(problem,
                         m_workspace->lookupsFetchedAt().isValid() ? QLocale().toString(
                             m_workspace->lookupsFetchedAt().toLocalTime(), QLocale::ShortFormat)
                                                                   : tr("nowhere yet")));
    });
    connect(workspace, &Workspace::catalogChanged, this, &MainWindow::updateStatus);
    connect(workspace, &Workspace::activated, this, &MainWindow::onProfileChanged);
    // Lookup ages tick on; a minute is fine enough.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    tick->start(60 * 1000);

    onProfileChanged();
    openForm(RecordKind::Lead);
    resize(1100, 760);
}

MainWindow::~MainWindow()
{
    // Forms hold editors made by the factory; they go first.
    delete m_tabs;
    delete m_factory;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newLead
        = file->addAction(tr("New &lead"), this, [this] { openForm(RecordKind::Lead); });
    newLead->setShortcut(QKeySequence::New);
    newLead->setObjectName(QStringLiteral("actionNewLead"));
    QAction *newCompany
        = file->addAction(tr("New &company"), this, [this] { openForm(RecordKind::Company); });
    newCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *newContact
        = file->addAction(tr("New c&ontact"), this, [this] { openForm(RecordKind::Contact); });
    newContact->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    file->addSeparator();
    QAction *saveDraft = file->addAction(tr("&Save draft"));
    saveDraft->setShortcut(QKeySequence::Save);
    saveDraft->setObjectName(QStringLiteral("actionSaveDraft"));
    saveDraft->setEnabled(false);
    saveDraft->setToolTip(tr("Drafts are kept with the outbox"));
    QAction *closeForm
        = file->addAction(tr("&Close form"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeForm->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    m_submit = record->addAction(tr("&Submit"), this, [this] {
        if (RecordForm *form = currentForm())
            form->submit();
    });
    m_submit->setObjectName(QStringLiteral("actionSubmit"));
    m_submit->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *next = record->addAction(tr("&Next problem"), this, [this] {
        if (RecordForm *form = currentForm())
            form->focusNextProblem();
    });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setObjectName(QStringLiteral("actionNextProblem"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *refresh
        = tools->addAction(tr("&Refresh lookup lists"), m_workspace, &Workspace::refreshLookups);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *check
        = tools->addAction(tr("&Check connection"), m_workspace, &Workspace::checkConnection);
    Q_UNUSED(check);
    tools->addSeparator();
    QAction *settings
        = tools->addAction(tr("&Settings…"), this, [this] { Q_EMIT settingsRequested(); });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LeadDesk"), this, [this] {
        MessageBox::inform(this, tr("About LeadDesk"),
                           tr("LeadDesk %1 — lead entry for the iVvy platform.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_profileLabel->setObjectName(QStringLiteral("profileStatus"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_lookupsLabel->setObjectName(QStringLiteral("lookupsStatus"));
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_lookupsLabel);
}

void MainWindow::onProfileChanged()
{
    const Profile &profile = m_workspace->profile();
    if (profile.sandbox)
        m_banner->show(MessageBanner::Kind::Info,
                       tr("You are trying LeadDesk with the built-in sandbox: nothing you enter "
                          "leaves this computer."));
    else
        m_banner->clear();
    updateStatus();
    updateTitle();
}

void MainWindow::updateStatus()
{
    const Profile &profile = m_workspace->profile();
    m_profileLabel->setText(tr("Profile: %1").arg(profile.name));
    QString connection;
    switch (m_workspace->connection()) {
    case Workspace::Connection::Unknown:
        connection = tr("Platform: not checked yet");
        break;
    case Workspace::Connection::Checking:
        connection = tr("Platform: checking…");
        break;
    case Workspace::Connection::Online:
        connection = tr("Platform: online");
        break;
    case Workspace::Connection::Offline:
        connection = tr("Platform: unreachable");
        break;
    case Workspace::Connection::CredentialsRefused:
        connection = tr("Platform: key or secret refused");
        break;
    }
    m_connectionLabel->setText(connection);
    m_connectionLabel->setToolTip(m_workspace->connectionMessage());

    const QDateTime fetched = m_workspace->lookupsFetchedAt();
    QString lookups;
    if (m_workspace->isRefreshing())
        lookups = tr("Lookups: refreshing…");
    else if (!fetched.isValid())
        lookups = tr("Lookups: not loaded yet");
    else {
        const qint64 minutes = fetched.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        if (minutes < 1)
            lookups = tr("Lookups: just refreshed");
        else if (minutes < 120)
            lookups = tr("Lookups: %n minute(s) old", nullptr, int(minutes));
        else if (minutes < 48 * 60)
            lookups = tr("Lookups: %n hour(s) old", nullptr, int(minutes / 60));
        else
            lookups = tr("Lookups: %n day(s) old", nullptr, int(minutes / (24 * 60)));
    }
    m_lookupsLabel->setText(lookups);
}

void MainWindow::updateTitle()
{
    RecordForm *form = currentForm();
    setWindowTitle(form ? tr("%1 — LeadDesk").arg(form->title()) : tr("LeadDesk"));
}

RecordForm *MainWindow::currentForm() const
{
    return qobject_cast<RecordForm *>(m_tabs->currentWidget());
}

RecordForm *MainWindow::openForm(RecordKind kind)
{
    // An untouched form of the same kind is reused rather than piling up tabs.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i));
        if (form && form->kind() == kind && !form->isDirty() && !form->model()->isUpdate()
            && !form->isBusy()) {
            m_tabs->setCurrentIndex(i);
            return form;
        }
    }
    RecordForm *form = kind == RecordKind::Lead
        ? new LeadForm(m_workspace, m_factory, m_tabs)
        : new RecordForm(kind, m_workspace, m_factory, m_tabs);
    const int index = m_tabs->addTab(form, form->title());
    connect(form, &RecordForm::titleChanged, this, [this, form](const QString &title) {
        const int at = m_tabs->indexOf(form);
        m_tabs->setTabText(at, form->isDirty() ? title + QStringLiteral(" •") : title);
        updateTitle();
    });
    connect(form, &RecordForm::dirtyChanged, this,
            [form] { Q_EMIT form->titleChanged(form->title()); });
    m_tabs->setCurrentIndex(index);
    return form;
}

int MainWindow::dirtyFormCount() const
{
    int count = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i)); form && form->isDirty())
            ++count;
    return count;
}

bool MainWindow::closeTab(int index)
{
    auto *form = qobject_cast<RecordForm *>(m_tabs->widget(index));
    if (!form)
        return false;
    if (form->isDirty() || form->isBusy()) {
        m_tabs->setCurrentIndex(index);
        const auto answer = MessageBox::ask(
            this, tr("Close this form?"),
            tr("%1 has not been sent. Close it and lose what you typed?").arg(form->title()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_tabs->removeTab(index);
    form->deleteLater();
    if (m_tabs->count() == 0)
        openForm(RecordKind::Lead);
    return true;
}

bool MainWindow::closeAllForms()
{
    const int dirty = dirtyFormCount();
    if (dirty > 0) {
        const auto answer = MessageBox::ask(
            this, tr("Switch profile?"),
            tr("%n form(s) hold work that has not been sent. It belongs to this profile; "
               "switch and lose it?",
               nullptr, dirty),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    while (m_tabs->count() > 0) {
        QWidget *form = m_tabs->widget(0);
        m_tabs->removeTab(0);
        form->deleteLater();
    }
    openForm(RecordKind::Lead);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int dirty = dirtyFormCount();
    if (dirty > 0) {
        const auto answer = MessageBox::ask(
            this, tr("Quit LeadDesk?"),
            tr("%n form(s) hold work that has not been sent. Quit and lose it?", nullptr, dirty),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}
