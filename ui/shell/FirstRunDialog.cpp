#include "shell/FirstRunDialog.h"

#include "domain/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace comptoir::ui {

FirstRunDialog::FirstRunDialog(Creator create, QWidget *parent)
    : QDialog(parent), m_create(std::move(create)), m_storeName(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("New store — Comptoir"));
    auto *intro = new QLabel(tr("This store has no accounts yet. Create the store manager's account and the IT "
                                "technician's account. Passwords have at least 12 characters; a sentence is fine."),
                             this);
    intro->setWordWrap(true);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *storeForm = new QFormLayout;
    storeForm->addRow(tr("Store name"), m_storeName);

    auto *managerBox = new QGroupBox(tr("Store manager"), this);
    auto *managerForm = new QFormLayout(managerBox);
    m_manager = addAccountFields(managerForm);
    auto *technicianBox = new QGroupBox(tr("IT technician"), this);
    auto *technicianForm = new QFormLayout(technicianBox);
    m_technician = addAccountFields(technicianForm);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Create the accounts"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("create"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(storeForm);
    layout->addWidget(managerBox);
    layout->addWidget(technicianBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

FirstRunDialog::AccountFields FirstRunDialog::addAccountFields(QFormLayout *form)
{
    AccountFields f{new QLineEdit(this), new QLineEdit(this), new QLineEdit(this), new QLineEdit(this)};
    f.password->setEchoMode(QLineEdit::Password);
    f.confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Login"), f.login);
    form->addRow(tr("Full name"), f.name);
    form->addRow(tr("Password"), f.password);
    form->addRow(tr("Password again"), f.confirm);
    return f;
}

void FirstRunDialog::submit()
{
    auto fail = [this](const QString &message, QLineEdit *field) {
        m_error->setText(message);
        m_error->setVisible(true);
        if (field)
            field->setFocus();
    };
    if (m_storeName->text().trimmed().isEmpty())
        return fail(tr("Enter the store's name."), m_storeName);
    for (const AccountFields *f : {&m_manager, &m_technician}) {
        if (f->password->text() != f->confirm->text())
            return fail(tr("The two passwords typed for %1 differ.").arg(f->login->text()), f->confirm);
    }
    Entries entries;
    entries.storeName = m_storeName->text().trimmed();
    entries.manager = {m_manager.login->text().trimmed(), m_manager.name->text().trimmed(), QStringLiteral("manager"),
                       m_manager.password->text()};
    entries.technician = {m_technician.login->text().trimmed(), m_technician.name->text().trimmed(),
                          QStringLiteral("technician"), m_technician.password->text()};
    if (const std::optional<Error> refused = m_create(entries))
        return fail(refused->toString(), nullptr);
    accept();
}

} // namespace comptoir::ui
