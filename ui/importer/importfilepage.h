#pragma once

#include <QWizardPage>

class ImportSession;
class MessageBanner;
class QComboBox;
class QLabel;

/// The import wizard's first page: the file, its sheet (a workbook's first by default, any
/// other by choice) and how a CSV file was read (encoding, delimiter).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession *session, const QString &path, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void open(const QString &sheet);
    void show();

    ImportSession *m_session;
    QString m_path;
    bool m_opened = false;
    MessageBanner *m_banner;
    QLabel *m_file;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_encoding;
    QLabel *m_encodingLabel;
    QLabel *m_delimiter;
    QLabel *m_delimiterLabel;
    QLabel *m_rows;
};
