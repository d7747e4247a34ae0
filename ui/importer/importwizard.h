#pragma once

#include <QWizard>

class ImportSession;
class Workspace;

/// The import of one .csv or .xlsx file in the app (issue 14, "The import, in the app"): the
/// file, the mapping of its columns (and of list values that match nothing), the dry run of
/// every row — which always comes first — and the sending. The pages show an ImportSession
/// and decide nothing themselves.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        CheckPage,
        SendPage,
    };

    ImportWizard(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    ImportSession *session() const { return m_session; }

public Q_SLOTS:
    /// Closing while rows are sent stops handing them over: what was sent stays sent, what
    /// waits in the outbox goes out by itself.
    void reject() override;

private:
    ImportSession *m_session;
};
