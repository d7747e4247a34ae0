#include "importer/importwizard.h"

#include "importer/importcheckpage.h"
#include "importer/importfilepage.h"
#include "importer/importmappingpage.h"
#include "importer/importsendpage.h"
#include "services/importsession.h"

#include <QFileInfo>

ImportWizard::ImportWizard(Workspace *workspace, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(workspace, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import leads from %1").arg(QFileInfo(path).fileName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // Stop sending is on the page; Finish closes.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Send"));
    setPage(FilePage, new ImportFilePage(m_session, path, this));
    setPage(MappingPage, new ImportMappingPage(m_session, this));
    setPage(CheckPage, new ImportCheckPage(m_session, this));
    setPage(SendPage, new ImportSendPage(m_session, this));
    // Fits a 1024×768 screen with the window's frame and a panel.
    resize(960, 640);
}

void ImportWizard::reject()
{
    if (m_session->isSending())
        m_session->cancel();
    QWizard::reject();
}
