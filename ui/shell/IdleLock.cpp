#include "shell/IdleLock.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

IdleLock::IdleLock(QWidget *window, int idleMinutes, Verifier verify, QObject *parent)
    : QObject(parent), m_window(window), m_verify(std::move(verify))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(1, idleMinutes) * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer.stop();
    Q_EMIT locked();

    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("UnlockDialog"));
    dialog.setWindowTitle(tr("Session locked"));
    auto *text = new QLabel(tr("This session was locked after a period of inactivity. "
                               "Type your password to go back to your work."),
                            &dialog);
    text->setWordWrap(true);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    auto *error = new QLabel(&dialog);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setVisible(false);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    buttons->addButton(tr("Quit Comptoir"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(password);
    layout->addWidget(error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        const Status ok = m_verify(password->text());
        if (ok) {
            dialog.accept();
            return;
        }
        error->setText(ok.error().message);
        error->setVisible(true);
        password->clear();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    // Customer data must not stay readable at a shared counter: cover the window.
    QWidget *cover = nullptr;
    if (m_window) {
        cover = new QWidget(m_window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(m_window->rect());
        cover->raise();
        cover->show();
    }
    const int result = dialog.exec();
    delete cover;
    if (result != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    m_locked = false;
    m_timer.start();
    Q_EMIT unlocked();
}

} // namespace comptoir::ui
