#include "common/messagebox.h"

#include <QPushButton>

namespace {
MessageBox::Answerer &answerer()
{
    static MessageBox::Answerer instance;
    return instance;
}

QStringList &askedTexts()
{
    static QStringList texts;
    return texts;
}
} // namespace

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton safe)
{
    if (answerer()) {
        askedTexts().append(text);
        return answerer()(text);
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(safe);
    box.setEscapeButton(safe);
    const int result = box.exec();
    return QMessageBox::StandardButton(result);
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices)
{
    if (answerer()) {
        askedTexts().append(text);
        const QMessageBox::StandardButton answer = answerer()(text);
        return answer == QMessageBox::Yes ? 0 : answer == QMessageBox::No ? 1 : -1;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    QAbstractButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(cancel));
    box.setEscapeButton(cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (answerer()) {
        askedTexts().append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setAnswerer(Answerer answerer)
{
    ::answerer() = std::move(answerer);
    askedTexts().clear();
}

QStringList MessageBox::asked()
{
    return askedTexts();
}
