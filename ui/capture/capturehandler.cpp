#include "capture/capturehandler.h"

#include "capture/capturedialog.h"
#include "capture/capturereader.h"
#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "forms/leadform.h"
#include "mainwindow/mainwindow.h"
#include "model/recordmodel.h"
#include "services/captureimport.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>

namespace {

/// The local files a drop or copy carries.
QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

CaptureHandler::CaptureHandler(MainWindow *window, Workspace *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("captureHandler"));
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    addMenuAction();
}

void CaptureHandler::addMenuAction()
{
    QMenuBar *bar = m_window->menuBar();
    auto *edit = bar->findChild<QMenu *>(QStringLiteral("menuEdit"));
    if (!edit) {
        // Edit sits after File, where every desktop puts it.
        edit = new QMenu(tr("&Edit"), bar);
        edit->setObjectName(QStringLiteral("menuEdit"));
        const QList<QAction *> menus = bar->actions();
        bar->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, edit);
    }
    QAction *paste = edit->addAction(tr("Paste &contact…"), this, &CaptureHandler::pasteContact);
    paste->setObjectName(QStringLiteral("actionPasteContact"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setToolTip(
        tr("A vCard, a badge's QR code or an email signature from the clipboard, as a contact"));
}

bool CaptureHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QMimeData *data = drag->mimeData();
        if (data && (!localFiles(data).isEmpty() || data->hasImage() || data->hasText())) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        drop->acceptProposedAction();
        captureData(drop->mimeData());
        return true;
    }
    return false;
}

CaptureDialog *CaptureHandler::dialog() const
{
    return m_dialog;
}

void CaptureHandler::pasteContact()
{
    captureData(QApplication::clipboard()->mimeData());
}

void CaptureHandler::captureFile(const QString &path)
{
    // CaptureReader's messages name the file already.
    const auto read = CaptureReader::readFile(path);
    if (!read)
        return refuse(read.error());
    offer(QFileInfo(path).fileName(), read.value());
}

void CaptureHandler::captureData(const QMimeData *data)
{
    const QStringList files = localFiles(data);
    if (!files.isEmpty())
        return captureFile(files.first());
    Result<QList<CapturedContact>> read
        = Result<QList<CapturedContact>>::failure(tr("The clipboard holds no text or image."));
    if (data && data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !QImageWriter(&buffer, "png").write(image))
            return refuse(tr("The image on the clipboard cannot be read."));
        read = CaptureReader::read(png);
    } else if (data && data->hasText() && !data->text().trimmed().isEmpty()) {
        read = CaptureReader::read(data->text().toUtf8());
    } else {
        return refuse(read.error());
    }
    if (!read)
        return refuse(
            tr("The clipboard: %1", "what was pasted holds no contact").arg(read.error()));
    offer(tr("the clipboard"), read.value());
}

void CaptureHandler::refuse(const QString &message)
{
    MessageBox::inform(m_window, tr("No contact recognised"), message);
    Q_EMIT refused(message);
}

void CaptureHandler::offer(const QString &source, const QList<CapturedContact> &cards)
{
    if (m_dialog)
        m_dialog->close();
    const auto *lead = qobject_cast<LeadForm *>(m_window->currentForm());
    const auto target = lead && !lead->model()->isUpdate() ? CaptureDialog::Target::LeadContact
                                                           : CaptureDialog::Target::NewContact;
    m_dialog = new CaptureDialog(source, cards, target, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &CaptureHandler::apply);
    m_dialog->open();
}

void CaptureHandler::apply()
{
    if (!m_dialog)
        return;
    if (m_dialog->isBatch())
        makeDrafts(m_dialog->cards());
    else
        fillForms(m_dialog->chosen());
    Q_EMIT applied();
}

void CaptureHandler::fillForms(const CapturedContact &card)
{
    RecordForm *current = m_window->currentForm();
    if (qobject_cast<LeadForm *>(current) && !current->model()->isUpdate()) {
        CaptureImport::fillLead(current->model(), card);
        return;
    }
    if (!card.businessName.trimmed().isEmpty())
        CaptureImport::fillCompany(m_window->openForm(RecordKind::Company)->model(), card);
    RecordForm *contact = m_window->openForm(RecordKind::Contact);
    CaptureImport::fillContact(contact->model(), card);
    contact->focusFirstField();
}

void CaptureHandler::makeDrafts(const QList<CapturedContact> &cards)
{
    const auto saved
        = CaptureImport::saveDraftLeads(m_workspace->outbox(), m_workspace->catalog(), cards);
    if (!saved) {
        m_window->banner()->show(MessageBanner::Kind::Warning, saved.error());
        return;
    }
    m_window->outboxDock()->show();
    m_window->statusBar()->showMessage(
        tr("%n draft lead(s) created in the panel on the left.", nullptr, saved.value()), 8000);
}
