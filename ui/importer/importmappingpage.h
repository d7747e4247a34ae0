#pragma once

#include "import/importdryrun.h"
#include "import/importmapping.h"

#include <QHash>
#include <QWizardPage>

class ImportSession;
class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

/// The import wizard's mapping: one row per column (header, a sample value, the field it
/// fills), the list values that match no option with a choice for each, and the order dates
/// are written in. Starts from the mapping saved for files with the same columns, else from
/// the headers' names; what the rep leaves here is saved for the next such file.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    /// The mapping as the page shows it.
    ImportMapping mapping() const;

private:
    /// The columns and the date order, without the value choices (so that every value that
    /// matches nothing is listed, chosen or not).
    ImportMapping columnMapping() const;
    void fillColumns(const ImportMapping &mapping);
    /// Asks the session again for the values that match nothing (after a change).
    void refreshValues();
    void showValues(const QList<ImportDryRun::Unmatched> &unmatched);
    void rememberValueChoices();

    ImportSession *m_session;
    QLabel *m_savedNote;
    QTableWidget *m_columns;
    QComboBox *m_dateFormat;
    QLabel *m_valuesLabel;
    QTableWidget *m_values;
    QTimer *m_refresh;
    /// "<target>\n<value>" → the key the rep chose (kept while the value list changes).
    QHash<QString, QString> m_valueChoices;
};
