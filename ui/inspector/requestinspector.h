#pragma once

#include "platform/requestlog.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

/// The request inspector (a dock): the last platform calls from a
/// RequestLog, and for the selected one the request and response JSON, the
/// headers (authorization masked), the string that was signed, and "copy as
/// curl" with placeholders for the key and the signature. It shows only what
/// the log keeps, and the log keeps no secret and no signature.
class RequestInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RequestInspector(RequestLog *log, QWidget *parent = nullptr);

    RequestLog *log() const { return m_log; }
    /// The selected entry's id, or 0.
    qint64 currentEntryId() const;
    /// Selects the entry with this id (when it is still in the log).
    void selectEntry(qint64 id);
    /// Everything the inspector can show, for every entry in the log: the
    /// rows, each entry's panes and its curl command.
    QString allText() const;

    /// A body as shown: indented JSON, or the text when it is not JSON.
    static QString prettyBody(const QByteArray &body);

    /// Modest: docked under the form, the inspector must leave the form room to work in.
    QSize sizeHint() const override { return QSize(640, 220); }

private:
    void onEntryAdded(int index);
    void onCleared();
    void showCurrent();
    void copyCurl();
    static QTreeWidgetItem *makeItem(const RequestLog::Entry &entry);

    /// The list row's cells, in column order.
    static QStringList rowCells(const RequestLog::Entry &entry);
    static QString callName(const RequestLog::Entry &entry);
    static QString statusText(const RequestLog::Entry &entry);
    static QString outcomeText(const RequestLog::Entry &entry);
    static QString requestText(const RequestLog::Entry &entry);
    static QString responseText(const RequestLog::Entry &entry);
    static QString headersText(const RequestLog::Entry &entry);
    static QString signedText(const RequestLog::Entry &entry);

    QPointer<RequestLog> m_log;
    QTreeWidget *m_list;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_signed;
    QLabel *m_signedNote;
    QPushButton *m_copyCurl;
    QPushButton *m_clear;
};
