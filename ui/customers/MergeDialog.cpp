#include "customers/MergeDialog.h"

#include "domain/Validation.h"
#include "services/CustomerService.h"
#include "widgets/FieldError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace comptoir::ui {

MergeDialog::MergeDialog(const AppContext &context, qint64 firstId, qint64 secondId, QWidget *parent)
    : QDialog(parent), m_context(context), m_error(new FieldError(this))
{
    setObjectName(QStringLiteral("MergeDialog"));
    setWindowTitle(tr("Merge two customers"));
    m_error->setObjectName(QStringLiteral("mergeError"));

    CustomerService &service = m_context.services->customers();
    const qint64 ids[2] = {qMin(firstId, secondId), qMax(firstId, secondId)};
    auto *cards = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto found = service.findById(m_context.session, ids[i]);
        if (found)
            m_customers[i] = *found;
        else
            m_error->show(found.error().message);
        m_keep[i] = new QRadioButton(tr("Keep this record"), this);
        m_keep[i]->setObjectName(i == 0 ? QStringLiteral("keepFirst") : QStringLiteral("keepSecond"));
        cards->addWidget(card(m_customers[i], m_keep[i]), 1);
        connect(m_keep[i], &QRadioButton::toggled, this, [this, i](bool on) {
            if (on)
                m_keptId = m_customers[i].id;
        });
    }
    m_keep[0]->setChecked(true);

    auto *explain = new QLabel(
        tr("The other record is closed: its appointments, complaints, interactions and deposits move to the one kept, "
           "its loyalty points are added, and its sales, returns and consents are shown with the one kept. "
           "This cannot be undone."),
        this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("confirmMerge"));
    m_merge->setDefault(true);
    m_merge->setEnabled(m_customers[0].id != 0 && m_customers[1].id != 0);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(explain);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

QWidget *MergeDialog::card(const Customer &c, QRadioButton *choice)
{
    auto *box = new QGroupBox(this);
    auto *form = new QFormLayout;
    const QLocale locale;
    const std::pair<QString, QString> rows[] = {
        {tr("Name"), c.displayName()},
        {tr("E-mail"), c.email},
        {tr("Phone"), validation::phoneForDisplay(c.phone)},
        {tr("Address"), QStringList{c.address, (c.postalCode + QLatin1Char(' ') + c.city).trimmed()}.join(QStringLiteral(", "))},
        {tr("Loyalty card"), c.loyaltyCard},
        {tr("Points"), locale.toString(c.loyaltyPoints)},
        {tr("Created"), locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat)},
    };
    for (const auto &[label, value] : rows) {
        auto *text = new QLabel(value, box);
        text->setTextFormat(Qt::PlainText);
        form->addRow(label, text);
    }
    auto *v = new QVBoxLayout(box);
    v->addWidget(choice);
    v->addLayout(form);
    return box;
}

void MergeDialog::setKept(qint64 id)
{
    for (int i = 0; i < 2; ++i)
        if (m_customers[i].id == id)
            m_keep[i]->setChecked(true);
}

void MergeDialog::merge()
{
    if (m_busy)
        return;
    m_busy = true;
    m_merge->setEnabled(false);
    m_error->clearMessage();
    const qint64 mergedId = m_keptId == m_customers[0].id ? m_customers[1].id : m_customers[0].id;
    Status done = m_context.services->customers().merge(m_context.session, m_keptId, mergedId);
    if (!done) {
        m_error->show(done.error().message);
        m_busy = false;
        m_merge->setEnabled(true);
        return;
    }
    accept();
}

} // namespace comptoir::ui
