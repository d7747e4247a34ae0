#pragma once

#include <QMessageBox>

#include <functional>

/// Every question LeadDesk asks goes through here, so tests can answer it
/// (STYLE.md habit 9, after KeePassXC's MessageBox).
class MessageBox
{
public:
    using Answerer = std::function<QMessageBox::StandardButton(const QString &text)>;

    /// Asks `text`; `buttons` offered, `safe` is the default and what Esc gives.
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton safe);
    /// Asks `text` with one button per entry of `choices` and Cancel (the default, and what
    /// Esc gives). Returns the index of the choice, -1 for Cancel. A test answerer's Yes is the
    /// first choice, No the second, anything else Cancel.
    static int choose(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &choices);
    static void inform(QWidget *parent, const QString &title, const QString &text);

    /// Test hook: answer questions without showing them (nullptr: show them again).
    static void setAnswerer(Answerer answerer);
    /// What was asked since the hook was set, for assertions.
    static QStringList asked();
};
