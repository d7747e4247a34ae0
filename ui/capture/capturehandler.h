#pragma once

#include "capture/capturedcontact.h"

#include <QObject>
#include <QPointer>

class CaptureDialog;
class MainWindow;
class QMenu;
class QMimeData;
class Workspace;

/// Fast capture in the main window: a .vcf or badge photo dropped on it, or a vCard, MECARD
/// QR image or signature pasted with Edit → Paste contact… (Ctrl+Shift+V), is read, shown for
/// confirmation, then fills a new contact (or the current lead's new contact), or becomes one
/// draft lead per card. Wiring only: reading is CaptureReader's, filling CaptureImport's.
class CaptureHandler : public QObject
{
    Q_OBJECT

public:
    /// Accepts drops on `window` and adds Paste contact… to its Edit menu.
    CaptureHandler(MainWindow *window, Workspace *workspace);

    /// Reads a dropped or chosen file.
    void captureFile(const QString &path);
    /// Reads what a drop or the clipboard carries: files, an image, or text.
    void captureData(const QMimeData *data);
    /// Edit → Paste contact…
    void pasteContact();
    /// The confirmation on screen, if any.
    CaptureDialog *dialog() const;

Q_SIGNALS:
    /// Nothing was recognised; `message` was shown.
    void refused(const QString &message);
    /// The confirmed fields are in the forms, or the drafts are in the outbox.
    void applied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addMenuAction();
    /// Shows `message` and changes nothing.
    void refuse(const QString &message);
    void offer(const QString &source, const QList<CapturedContact> &cards);
    void apply();
    void fillForms(const CapturedContact &card);
    void makeDrafts(const QList<CapturedContact> &cards);

    MainWindow *m_window;
    Workspace *m_workspace;
    QPointer<CaptureDialog> m_dialog;
};
