#pragma once

#include <QWizardPage>

class ImportSession;
class MessageBanner;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

/// The import wizard's last page: the rows go out as one run, with progress (rows per second,
/// time left), pause and resume, cancel (what was sent stays sent), what the outbox says about
/// the batch namespace, and a summary with the results to export at the end.
class ImportSendPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportSendPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(int done, int total, double rowsPerSecond, int secondsLeft);
    void togglePause();
    void finish();
    void exportResults();

    ImportSession *m_session;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPlainTextEdit *m_notices;
    QLabel *m_summary;
    QPushButton *m_export;
};
