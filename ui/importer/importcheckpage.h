#pragma once

#include <QWizardPage>

class ImportRowsFilter;
class ImportSession;
class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

/// The import wizard's dry run: every row with its status (ready, problem, duplicate), each
/// problem at its cell (tinted, the words in its tooltip) and in a problems column; a filter
/// to the rows that need a look; a cell edited is checked again at once; duplicates ticked to
/// send anyway; the problem rows exported as CSV for whoever owns the spreadsheet.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QTableView *view() const { return m_view; }

private:
    void updateSummary();
    void exportProblems();

    ImportSession *m_session;
    ImportRowsFilter *m_filter;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QLabel *m_earlier;
    QCheckBox *m_onlyProblems;
    QTableView *m_view;
    QPushButton *m_export;
};
