#include "importer/importcheckpage.h"

#include "common/messagebanner.h"
#include "importer/importcelldelegate.h"
#include "importer/importcsvexport.h"
#include "services/importrowsfilter.h"
#include "services/importrowsmodel.h"
#include "services/importsession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportCheckPage::ImportCheckPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_filter(new ImportRowsFilter(this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_earlier(new QLabel(this))
    , m_onlyProblems(new QCheckBox(tr("&Only rows with problems or duplicates"), this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("&Export problem rows…"), this))
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("Nothing has been sent yet. Fix a cell by typing in it (F2); the row is "
                   "checked again at once."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_earlier->setObjectName(QStringLiteral("earlierRun"));
    m_earlier->setWordWrap(true);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    m_export->setObjectName(QStringLiteral("exportProblems"));
    m_view->setObjectName(QStringLiteral("rowsView"));
    m_filter->setSourceModel(session->rows());
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ImportCellDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    // Fixed heights and widths: 10,000 rows need no measuring.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setColumnWidth(ImportRowsModel::StatusColumn, 150);
    m_view->setColumnWidth(ImportRowsModel::ProblemsColumn, 260);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_onlyProblems);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_banner);
    column->addWidget(m_summary);
    column->addWidget(m_earlier);
    column->addWidget(m_view, 1);
    column->addLayout(bottom);
    m_banner->clear();

    connect(m_onlyProblems, &QCheckBox::toggled, m_filter, &ImportRowsFilter::setOnlyProblems);
    connect(m_export, &QPushButton::clicked, this, &ImportCheckPage::exportProblems);
    connect(session->rows(), &ImportRowsModel::countsChanged, this,
            &ImportCheckPage::updateSummary);
    connect(session, &ImportSession::checkProgress, this, &ImportCheckPage::updateSummary);
    connect(session, &ImportSession::checked, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
        m_view->setColumnWidth(ImportRowsModel::StatusColumn, 150);
        m_view->setColumnWidth(ImportRowsModel::ProblemsColumn, 260);
    });
    connect(session, &ImportSession::notice, this,
            [this](const QString &text) { m_banner->show(MessageBanner::Kind::Warning, text); });
}

void ImportCheckPage::initializePage()
{
    m_banner->clear();
    m_onlyProblems->setChecked(false);
    updateSummary();
}

void ImportCheckPage::updateSummary()
{
    const ImportRowsModel::Counts counts = m_session->rows()->counts();
    if (!m_session->isChecked()) {
        m_summary->setText(
            tr("Checking rows… %1 of %2").arg(counts.rows).arg(m_session->rowCount()));
    } else {
        // Label and number, so no plural is needed.
        m_summary->setText(tr("Rows: %1 — ready: %2, with problems: %3, duplicates: %4 (to send "
                              "anyway: %5)")
                               .arg(counts.rows)
                               .arg(counts.ready)
                               .arg(counts.problems)
                               .arg(counts.duplicates)
                               .arg(counts.sendAnyway));
    }
    const int earlier = m_session->alreadySent();
    m_earlier->setText(earlier > 0 ? tr("%n row(s) of this file were already sent by an earlier "
                                        "run; they are not sent again.",
                                        nullptr, earlier)
                                   : QString());
    m_earlier->setVisible(earlier > 0);
    m_export->setEnabled(m_session->isChecked() && counts.problems + counts.duplicates > 0);
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const ImportRowsModel::Counts counts = m_session->rows()->counts();
    return m_session->isChecked() && counts.ready + counts.sendAnyway > 0;
}

void ImportCheckPage::exportProblems()
{
    ImportCsvExport::run(
        this, m_banner, m_session->path(),
        {tr("Export problem rows"), tr("-problems"), tr("The problem rows are in %1.")},
        [this](const QString &path) { return m_session->exportProblems(path); });
}
