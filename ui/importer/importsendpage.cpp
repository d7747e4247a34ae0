#include "importer/importsendpage.h"

#include "common/messagebanner.h"
#include "importer/importcsvexport.h"
#include "services/importsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ImportSendPage::ImportSendPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("S&top sending"), this))
    , m_notices(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export results…"), this))
{
    setTitle(tr("Sending"));
    setSubTitle(tr("Each row is sent once, even when this file is imported again."));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_rate->setObjectName(QStringLiteral("sendRate"));
    m_pause->setObjectName(QStringLiteral("pauseSending"));
    m_cancel->setObjectName(QStringLiteral("stopSending"));
    m_cancel->setToolTip(tr("What was sent stays sent; rows waiting in the outbox go out by "
                            "themselves; the rest are not sent."));
    m_notices->setObjectName(QStringLiteral("sendNotices"));
    m_notices->setReadOnly(true);
    m_notices->setMaximumBlockCount(200);
    m_notices->setPlaceholderText(
        tr("What the outbox says about sending (batches, fallbacks) appears here."));
    m_summary->setObjectName(QStringLiteral("sendSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportResults"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rate, 1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_banner);
    column->addWidget(m_progress);
    column->addLayout(buttons);
    column->addWidget(m_notices, 1);
    column->addWidget(m_summary);
    column->addWidget(m_export, 0, Qt::AlignLeft);
    m_banner->clear();

    connect(session, &ImportSession::progress, this, &ImportSendPage::showProgress);
    connect(session, &ImportSession::notice, m_notices, &QPlainTextEdit::appendPlainText);
    connect(session, &ImportSession::failed, this,
            [this](const QString &reason) { m_banner->show(MessageBanner::Kind::Error, reason); });
    connect(session, &ImportSession::sendFinished, this, &ImportSendPage::finish);
    connect(m_pause, &QPushButton::clicked, this, &ImportSendPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, session, &ImportSession::cancel);
    connect(m_export, &QPushButton::clicked, this, &ImportSendPage::exportResults);
}

void ImportSendPage::initializePage()
{
    m_export->setEnabled(false);
    m_summary->clear();
    m_pause->setEnabled(true);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_rate->setText(tr("Starting…"));
    const int earlier = m_session->alreadySent();
    if (earlier > 0)
        m_notices->appendPlainText(
            tr("%n row(s) already sent by an earlier run of this file: they are followed, not "
               "sent again.",
               nullptr, earlier));
    m_session->send();
}

void ImportSendPage::showProgress(int done, int total, double rowsPerSecond, int secondsLeft)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    const QString left = secondsLeft < 0 ? tr("time left unknown")
                                         : tr("about %n second(s) left", nullptr, secondsLeft);
    m_rate->setText(tr("%1 of %2 rows, %3 rows/s, %4")
                        .arg(done)
                        .arg(total)
                        .arg(QLocale().toString(rowsPerSecond, 'f', 1), left));
}

void ImportSendPage::togglePause()
{
    if (m_session->isPaused()) {
        m_session->resume();
        m_pause->setText(tr("&Pause"));
    } else {
        m_session->pause();
        m_pause->setText(tr("&Resume"));
    }
}

void ImportSendPage::finish()
{
    const ImportSession::Tally tally = m_session->tally();
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    QStringList lines;
    lines.append(tr("%1 sent, %2 waiting in the outbox (they go out by themselves), %3 refused, "
                    "%4 not sent.")
                     .arg(tally.sent)
                     .arg(tally.queued)
                     .arg(tally.rejected)
                     .arg(tally.notSent));
    if (tally.earlier > 0)
        lines.append(tr("%n row(s) had been sent by an earlier run of this file and were not "
                        "sent again.",
                        nullptr, tally.earlier));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_rate->setText(tr("Done."));
    m_export->setEnabled(true);
    Q_EMIT completeChanged();
}

bool ImportSendPage::isComplete() const
{
    return m_session->isSendFinished();
}

void ImportSendPage::exportResults()
{
    ImportCsvExport::run(this, m_banner, m_session->path(),
                         {tr("Export results"), tr("-results"), tr("The results are in %1.")},
                         [this](const QString &path) { return m_session->exportResults(path); });
}
