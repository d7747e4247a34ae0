#include "mainwindow/mainwindow.h"

#include "browsers/recordbrowser.h"
#include "browsers/senthistoryview.h"
#include "capture/capturehandler.h"
#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/editorfactory.h"
#include "forms/leadform.h"
#include "forms/recordform.h"
#include "importer/importhandler.h"
#include "inspector/requestinspector.h"
#include "mainwindow/outboxpanel.h"
#include "mainwindow/sentnotifier.h"
#include "model/recordmapper.h"
#include "model/recordmodel.h"
#include "services/outbox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace *workspace, ProfileStore *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_factory(new EditorFactory(workspace->search()))
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_outbox(new OutboxPanel(workspace, this))
    , m_profileLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_lookupsLabel(new QLabel(this))
    , m_notifier(new SentNotifier(workspace, this))
    , m_memory(settings, this)
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

    m_outboxDock = new QDockWidget(tr("Drafts and outbox"), this);
    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outbox);
    m_outboxDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    connect(m_outbox, &OutboxPanel::openRequested, this, &MainWindow::openItem);
    addDockWidget(Qt::LeftDockWidgetArea, m_outboxDock);

    createActions();
    createStatusBar();
    createRequestInspector();
    // Drops on the window and Edit → Paste contact… (issue 15).
    m_capture = new CaptureHandler(this, workspace);
    // Installed after capture's, so its filter sees table files first (issue 14).
    m_import = new ImportHandler(this, workspace);
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
    connect(workspace, &Workspace::activated, this, [this] {
        onProfileChanged();
        restoreOpenForms();
    });
    // Lookup ages tick on; a minute is fine enough.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    tick->start(60 * 1000);

    onProfileChanged();
    openForm(RecordKind::Lead);
    m_memory.restoreGeometry();
    m_docksRestored = m_memory.restoreDocks();
    restoreOpenForms();
}

MainWindow::~MainWindow()
{
    // Forms hold editors made by the factory; they go first.
    delete m_tabs;
    delete m_factory;
}

void MainWindow::createActions()
{
    createFileMenu();
    createFindMenu();
    createRecordMenu();
    createViewAndToolsMenus();
    createHelpMenu();
}

void MainWindow::createFileMenu()
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
    QAction *saveDraft = file->addAction(tr("&Save draft"), this, [this] {
        if (RecordForm *form = currentForm(); form && form->saveDraft())
            statusBar()->showMessage(tr("Draft saved."), 3000);
    });
    saveDraft->setShortcut(QKeySequence::Save);
    saveDraft->setObjectName(QStringLiteral("actionSaveDraft"));
    saveDraft->setToolTip(tr("Drafts are also saved as you type"));
    QAction *closeForm
        = file->addAction(tr("&Close form"), this, [this] { closeTab(m_tabs->currentIndex()); });
    // Ctrl+W on every desktop, as README says (some key schemes bind Close to Ctrl+F4 only).
    QList<QKeySequence> close = QKeySequence::keyBindings(QKeySequence::Close);
    if (!close.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        close.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeForm->setShortcuts(close);
    closeForm->setObjectName(QStringLiteral("actionCloseForm"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createFindMenu()
{
    QMenu *find = menuBar()->addMenu(tr("F&ind"));
    QAction *findLeads = find->addAction(tr("Find &leads…"), this,
                                         [this] { openBrowser(QStringLiteral("lead")); });
    findLeads->setShortcut(QKeySequence::Find);
    findLeads->setObjectName(QStringLiteral("actionFindLeads"));
    find->addAction(tr("Find &companies…"), this,
                    [this] { openBrowser(QStringLiteral("company")); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->addAction(tr("Find c&ontacts…"), this, [this] { openBrowser(QStringLiteral("contact")); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
}

void MainWindow::createRecordMenu()
{
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
    record->addSeparator();
    QAction *history = record->addAction(tr("Sent &history"), this, [this] { openSentHistory(); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setObjectName(QStringLiteral("actionSentHistory"));
}

void MainWindow::createViewAndToolsMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *panel = m_outboxDock->toggleViewAction();
    panel->setText(tr("&Drafts and outbox"));
    panel->setObjectName(QStringLiteral("actionOutboxPanel"));
    panel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(panel);

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
    // Qt binds Preferences only on macOS; README promises Ctrl+, everywhere.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferences.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferences.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcuts(preferences);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createHelpMenu()
{
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
    if (m_submit)
        m_submit->setText(form && form->model()->isUpdate() ? tr("&Save changes") : tr("&Submit"));
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
            && !form->isBusy() && form->itemId() == 0) {
            m_tabs->setCurrentIndex(i);
            return form;
        }
    }
    return addForm(kind);
}

RecordForm *MainWindow::addForm(RecordKind kind)
{
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
    // The drafts open in forms come back after a restart: every change of item is noted.
    connect(form, &RecordForm::titleChanged, this, &MainWindow::rememberOpenForms);
    connect(form, &RecordForm::draftSaved, this, &MainWindow::rememberOpenForms);
    m_tabs->setCurrentIndex(index);
    return form;
}

RecordBrowser *MainWindow::openBrowser(const QString &kind)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *browser = qobject_cast<RecordBrowser *>(m_tabs->widget(i));
        if (browser && browser->property("kind").toString() == kind) {
            m_tabs->setCurrentIndex(i);
            browser->findChild<QWidget *>(QStringLiteral("browserSearch"))->setFocus();
            return browser;
        }
    }
    auto *browser = new RecordBrowser(m_workspace, kind, m_tabs);
    browser->setProperty("kind", kind);
    browser->setSettings(m_memory.settings());
    const QString title = kind == QStringLiteral("company") ? tr("Companies")
        : kind == QStringLiteral("contact")                 ? tr("Contacts")
                                                            : tr("Leads");
    m_tabs->setCurrentIndex(m_tabs->addTab(browser, title));
    connect(browser, &RecordBrowser::openRequested, this, &MainWindow::openRecord);
    browser->findChild<QWidget *>(QStringLiteral("browserSearch"))->setFocus();
    return browser;
}

SentHistoryView *MainWindow::openSentHistory()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SentHistoryView *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            view->setFocus();
            return view;
        }
    }
    auto *view = new SentHistoryView(m_workspace, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Sent history")));
    connect(view, &SentHistoryView::openRequested, this, &MainWindow::openRecord);
    view->setFocus();
    return view;
}

RecordForm *MainWindow::openRecord(const QString &kind, qint64 id, const QJsonObject &record)
{
    const RecordKind recordKind = kind == QStringLiteral("company") ? RecordKind::Company
        : kind == QStringLiteral("contact")                         ? RecordKind::Contact
                                                                    : RecordKind::Lead;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i));
        if (form && form->kind() == recordKind && form->model()->recordId() == id) {
            m_tabs->setCurrentIndex(i);
            return form;
        }
    }
    RecordForm *form = addForm(recordKind);
    form->loadForEdit(id, RecordMapper::toValues(recordKind, record),
                      RecordMapper::modifiedDate(record));
    return form;
}

RecordForm *MainWindow::openItem(const OutboxItem &item)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i));
        if (form && form->itemId() == item.id) {
            m_tabs->setCurrentIndex(i);
            return form;
        }
    }
    const RecordKind kind = item.kind == QStringLiteral("company") ? RecordKind::Company
        : item.kind == QStringLiteral("contact")                   ? RecordKind::Contact
                                                                   : RecordKind::Lead;
    RecordForm *form = openForm(kind);
    form->openItem(item);
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

bool MainWindow::keepWork(RecordForm *form)
{
    if (form->saveDraft())
        return true;
    const auto answer = MessageBox::ask(
        this, tr("The draft could not be saved"),
        tr("What is typed in %1 could not be saved as a draft. Close it anyway and lose it?")
            .arg(form->title()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool MainWindow::closeTab(int index)
{
    auto *form = qobject_cast<RecordForm *>(m_tabs->widget(index));
    if (!form) {
        // A browser holds nothing typed.
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        if (page)
            page->deleteLater();
        if (m_tabs->count() == 0)
            openForm(RecordKind::Lead);
        return page != nullptr;
    }
    bool discarded = false;
    if (form->isDirty() && !form->isBusy()) {
        const auto answer = MessageBox::ask(
            this, tr("Close %1").arg(form->title()),
            tr("What is typed in “%1” is not sent. Save keeps it as a draft in the panel on the "
               "left, to finish later; Discard throws it away.")
                .arg(form->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        discarded = answer == QMessageBox::Discard;
    }
    if (!keepWork(form))
        return false;
    if (discarded)
        discard(form);
    const bool kept = !discarded && form->isDirty() && form->itemId() != 0;
    m_tabs->removeTab(index);
    form->deleteLater();
    rememberOpenForms();
    if (kept)
        statusBar()->showMessage(tr("Kept as a draft in the panel on the left."), 5000);
    if (m_tabs->count() == 0)
        openForm(RecordKind::Lead);
    return true;
}

void MainWindow::discard(RecordForm *form)
{
    Outbox *outbox = m_workspace->outbox();
    if (!outbox || form->itemId() == 0)
        return;
    // Saved first, so that no autosave brings the draft back after it is gone.
    const auto removed = outbox->remove(form->itemId());
    if (!removed) {
        m_banner->show(MessageBanner::Kind::Warning, removed.error());
        return;
    }
    const OutboxItem item = removed.value();
    m_banner->show(MessageBanner::Kind::Info, tr("“%1” discarded.").arg(item.title));
    QPushButton *undo = m_banner->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoDiscardButton"));
    connect(undo, &QPushButton::clicked, this, [this, item] {
        Outbox *now = m_workspace->outbox();
        const auto restored
            = now ? now->restore(item) : Result<bool>::failure(tr("No profile is open."));
        if (!restored)
            return m_banner->show(
                MessageBanner::Kind::Warning,
                tr("“%1” could not be put back: %2").arg(item.title, restored.error()));
        m_banner->clear();
        openItem(item);
    });
}

bool MainWindow::closeAllForms()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i)); form && !keepWork(form))
            return false;
    // The forms of this profile come back when it is used again.
    rememberOpenForms();
    m_keepOpenList = true;
    while (m_tabs->count() > 0) {
        QWidget *form = m_tabs->widget(0);
        m_tabs->removeTab(0);
        form->deleteLater();
    }
    openForm(RecordKind::Lead);
    m_keepOpenList = false;
    return true;
}

void MainWindow::rememberOpenForms()
{
    if (m_keepOpenList)
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i)); form && form->itemId())
            ids.append(form->itemId());
    m_memory.setOpenItems(m_workspace->profile().name, ids);
}

void MainWindow::restoreOpenForms()
{
    Outbox *outbox = m_workspace->outbox();
    if (!outbox)
        return;
    m_keepOpenList = true;
    for (qint64 id : m_memory.openItems(m_workspace->profile().name)) {
        // Only what is still the rep's to edit: a draft, or what the platform refused.
        const auto item = outbox->item(id);
        if (!item
            || !(item.value().state == OutboxItem::State::Draft
                 || item.value().state == OutboxItem::State::NeedsFix))
            continue;
        if (const auto taken = outbox->takeBack(id))
            openItem(taken.value());
    }
    m_keepOpenList = false;
    rememberOpenForms();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *form = qobject_cast<RecordForm *>(m_tabs->widget(i)); form && !keepWork(form)) {
            event->ignore();
            return;
        }
    }
    rememberOpenForms();
    m_memory.saveGeometry();
    m_memory.saveDocks();
    event->accept();
}

void MainWindow::createRequestInspector()
{
    m_inspectorDock = new QDockWidget(tr("Request inspector"), this);
    QDockWidget *dock = m_inspectorDock;
    dock->setObjectName(QStringLiteral("requestInspectorDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    // Built when first shown, so the window starts no slower for it.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || dock->widget())
            return;
        dock->setWidget(new RequestInspector(m_workspace->requestLog(), dock));
        // A quarter of the window the first time; after that, what the rep made it.
        if (!m_docksRestored && !dock->isFloating())
            resizeDocks({dock}, {qMax(180, height() / 4)}, Qt::Vertical);
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("Request &inspector"));
    toggle->setObjectName(QStringLiteral("actionRequestInspector"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    menuBar()->findChild<QMenu *>(QStringLiteral("menuView"))->addAction(toggle);
}
