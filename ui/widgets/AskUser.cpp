#include "widgets/AskUser.h"

#include <QMessageBox>
#include <QPushButton>

namespace comptoir::ui {

std::optional<bool> AskUser::s_answer;

bool AskUser::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (s_answer)
        return *s_answer;
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool AskUser::confirmAction(QWidget *parent, const QString &title, const QString &question,
                            const QString &actionLabel)
{
    if (s_answer)
        return *s_answer;
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(actionLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void AskUser::preAnswer(std::optional<bool> answer)
{
    s_answer = answer;
}

} // namespace comptoir::ui
