#pragma once

#include <QObject>
#include <QPointer>

class ImportWizard;
class QMainWindow;
class Workspace;

/// File → Import leads… (Ctrl+I) and a .csv or .xlsx dropped on the main window: opens the
/// import wizard for that file (issue 14). Drops of other files are left to whoever else
/// accepts them (capture).
class ImportHandler : public QObject
{
    Q_OBJECT

public:
    /// Adds the menu action to `window`'s File menu and accepts drops of table files on it.
    ImportHandler(QMainWindow *window, Workspace *workspace);

    /// Asks for a file (in startFolder()), then opens the wizard on it.
    void chooseFile();
    /// Where the file dialog opens: the folder of the last file imported (the next of a trade
    /// show's files sits beside it), else Documents.
    QString startFolder() const;
    /// Opens the wizard on `path` (the one open closes first, unless it is sending: then it
    /// stays, in front).
    ImportWizard *openWizard(const QString &path);
    /// The wizard on screen, if any.
    ImportWizard *wizard() const;
    /// Whether `path` names a file the import reads (.csv, .txt, .tsv, .xlsx).
    static bool isTableFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addMenuAction();

    QMainWindow *m_window;
    Workspace *m_workspace;
    QPointer<ImportWizard> m_wizard;
    QString m_lastFolder;
};
