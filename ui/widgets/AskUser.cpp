#include "widgets/AskUser.h"

#include <QMessageBox>

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

void AskUser::preAnswer(std::optional<bool> answer)
{
    s_answer = answer;
}

} // namespace comptoir::ui
