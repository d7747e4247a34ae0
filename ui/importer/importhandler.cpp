#include "importer/importhandler.h"

#include "common/documentsfolder.h"
#include "importer/importwizard.h"
#include "services/importsession.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>

namespace {
/// The first table file a drop carries; empty when it carries none.
QString tableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && ImportHandler::isTableFile(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}
} // namespace

ImportHandler::ImportHandler(QMainWindow *window, Workspace *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importHandler"));
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    addMenuAction();
}

ImportWizard *ImportHandler::wizard() const
{
    return m_wizard;
}

bool ImportHandler::isTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

void ImportHandler::addMenuAction()
{
    QMenu *file = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu()) {
            file = menu->menu(); // File comes first
            break;
        }
    }
    if (!file)
        return;
    auto *action = new QAction(tr("&Import leads…"), this);
    action->setObjectName(QStringLiteral("actionImportLeads"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    action->setToolTip(tr("Check and send the leads of a .csv or .xlsx file"));
    connect(action, &QAction::triggered, this, &ImportHandler::chooseFile);
    // Before Quit, with the other things a file holds.
    const QList<QAction *> actions = file->actions();
    QAction *before = nullptr;
    for (int i = int(actions.size()) - 1; i >= 0; --i) {
        if (actions.at(i)->isSeparator()) {
            before = actions.at(i);
            break;
        }
    }
    file->insertAction(before, action);
}

void ImportHandler::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import leads"), startFolder(),
        tr("Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openWizard(path);
}

QString ImportHandler::startFolder() const
{
    return m_lastFolder.isEmpty() ? DocumentsFolder::path() : m_lastFolder;
}

ImportWizard *ImportHandler::openWizard(const QString &path)
{
    if (m_wizard && m_wizard->session()->isSending()) {
        // One import sends at a time; the one under way stays in front.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (m_wizard)
        m_wizard->close();
    m_lastFolder = QFileInfo(path).absolutePath();
    m_wizard = new ImportWizard(m_workspace, path, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
    return m_wizard;
}

bool ImportHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (tableFile(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = tableFile(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        openWizard(path);
        return true;
    }
    return false;
}
