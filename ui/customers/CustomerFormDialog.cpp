#include "customers/CustomerFormDialog.h"

#include "domain/Validation.h"
#include "services/CustomerService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QLineEdit *customerLineEdit(QWidget *parent, const char *name, int maxLength = 100)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

CustomerFormDialog::CustomerFormDialog(const AppContext &context, std::optional<Customer> existing, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_existing(std::move(existing)),
      m_generalError(new FieldError(this)),
      m_errors(m_generalError)
{
    setObjectName(QStringLiteral("CustomerFormDialog"));
    setWindowTitle(m_existing ? tr("Edit customer") : tr("New customer"));

    // Created in tab order.
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Prospect"), QStringLiteral("prospect"));
    m_status->addItem(tr("Customer"), QStringLiteral("customer"));
    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setEditable(true);
    m_title->addItems({QString(), QStringLiteral("Mme"), QStringLiteral("M.")});
    m_firstName = customerLineEdit(this, "firstName");
    m_lastName = customerLineEdit(this, "lastName");
    m_birthDate = customerLineEdit(this, "birthDate", 10);
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_loyaltyCard = customerLineEdit(this, "loyaltyCard", 32);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceChannel"));
    for (const char *code : {"store", "phone", "email", "web", "social", "loyalty", "import"})
        m_source->addItem(sourceChannelName(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_email = customerLineEdit(this, "email", 254);
    m_phone = customerLineEdit(this, "phone", 30);
    m_address = customerLineEdit(this, "address", 200);
    m_postalCode = customerLineEdit(this, "postalCode", 10);
    m_city = customerLineEdit(this, "city");
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);

    auto *identity = new QFormLayout;
    identity->addRow(tr("Status"), withError(m_status, QStringLiteral("status")));
    identity->addRow(tr("Title"), withError(m_title, QStringLiteral("title")));
    identity->addRow(tr("First name"), withError(m_firstName, QStringLiteral("first_name")));
    identity->addRow(tr("Last name"), withError(m_lastName, QStringLiteral("last_name")));
    identity->addRow(tr("Birth date"), withError(m_birthDate, QStringLiteral("birth_date")));
    identity->addRow(tr("Loyalty card"), withError(m_loyaltyCard, QStringLiteral("loyalty_card")));
    identity->addRow(tr("Source"), withError(m_source, QStringLiteral("source_channel")));
    auto *contact = new QFormLayout;
    contact->addRow(tr("E-mail"), withError(m_email, QStringLiteral("email")));
    contact->addRow(tr("Phone"), withError(m_phone, QStringLiteral("phone")));
    contact->addRow(tr("Address"), withError(m_address, QStringLiteral("address")));
    contact->addRow(tr("Postal code"), withError(m_postalCode, QStringLiteral("postal_code")));
    contact->addRow(tr("City"), withError(m_city, QStringLiteral("city")));
    auto *columns = new QHBoxLayout;
    columns->addLayout(identity, 1);
    columns->addSpacing(16);
    columns->addLayout(contact, 1);

    // Likely duplicates, shown before a creation.
    m_duplicates = new QFrame(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesPanel"));
    m_duplicates->setFrameShape(QFrame::StyledPanel);
    m_duplicates->setStyleSheet(QStringLiteral("#duplicatesPanel { background: #fff8e1; border: 1px solid #f0c36d; }"));
    auto *dupLabel = new QLabel(tr("This person may already be a customer:"), m_duplicates);
    dupLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_duplicateList = new QTableWidget(0, 4, m_duplicates);
    m_duplicateList->setObjectName(QStringLiteral("duplicatesList"));
    m_duplicateList->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Phone"), tr("Postal code")});
    m_duplicateList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicateList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicateList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicateList->verticalHeader()->setVisible(false);
    m_duplicateList->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_duplicateList->setFixedHeight(m_duplicateList->fontMetrics().height() * 5 + 24);
    m_openExisting = new QPushButton(tr("&Open the existing customer"), m_duplicates);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_createAnyway = new QPushButton(tr("Create &anyway"), m_duplicates);
    m_createAnyway->setObjectName(QStringLiteral("createAnyway"));
    auto *dupButtons = new QHBoxLayout;
    dupButtons->addStretch(1);
    dupButtons->addWidget(m_openExisting);
    dupButtons->addWidget(m_createAnyway);
    auto *dupLayout = new QVBoxLayout(m_duplicates);
    dupLayout->addWidget(dupLabel);
    dupLayout->addWidget(m_duplicateList);
    dupLayout->addLayout(dupButtons);
    m_duplicates->setVisible(false);

    m_generalError->setObjectName(QStringLiteral("generalError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_save->setAutoDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto *notesRow = new QFormLayout;
    notesRow->addRow(tr("Notes"), withError(m_notes, QStringLiteral("notes")));
    layout->addLayout(notesRow);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &CustomerFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createAnyway, &QPushButton::clicked, this, &CustomerFormDialog::createAnyway);
    connect(m_openExisting, &QPushButton::clicked, this, [this]() {
        const int row = qMax(0, m_duplicateList->currentRow());
        if (row >= m_duplicateIds.size())
            return;
        m_existingId = m_duplicateIds.at(row);
        done(OpenExisting);
    });
    connect(m_duplicateList, &QTableWidget::cellDoubleClicked, m_openExisting, &QPushButton::click);
    // Changing the form after the warning means a new check on the next Save.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &CustomerFormDialog::hideDuplicates);

    const QList<QWidget *> order{m_status, m_title, m_firstName, m_lastName, m_birthDate, m_loyaltyCard, m_source,
                                 m_email, m_phone, m_address, m_postalCode, m_city, m_notes, m_save};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    if (m_existing)
        fill(*m_existing);
    resize(820, sizeHint().height());
}

void CustomerFormDialog::fitContents()
{
    // Messages and the duplicates panel appear after the dialog got its size; a wrapped
    // message needs the height-for-width that a window's minimum size ignores.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString CustomerFormDialog::sourceChannelName(const QString &channel)
{
    static const std::pair<const char *, const char *> names[] = {
        {"store", QT_TR_NOOP("In store")},          {"phone", QT_TR_NOOP("Phone")},
        {"email", QT_TR_NOOP("E-mail")},            {"web", QT_TR_NOOP("Website")},
        {"social", QT_TR_NOOP("Social media")},     {"loyalty", QT_TR_NOOP("Loyalty programme")},
        {"import", QT_TR_NOOP("Import")}};
    for (const auto &[code, name] : names)
        if (channel == QLatin1String(code))
            return tr(name);
    return channel;
}

QString CustomerFormDialog::fieldError(const QString &field) const
{
    const FieldError *e = m_errors.errorFor(field);
    return e && !e->isHidden() ? e->text() : QString();
}

void CustomerFormDialog::fill(const Customer &c)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(toString(c.status))));
    m_title->setCurrentText(c.title);
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_email->setText(c.email);
    m_phone->setText(validation::phoneForDisplay(c.phone));
    m_address->setText(c.address);
    m_postalCode->setText(c.postalCode);
    m_city->setText(c.city);
    m_birthDate->setText(c.birthDate.isValid() ? c.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_loyaltyCard->setText(c.loyaltyCard);
    const int source = m_source->findData(c.sourceChannel);
    m_source->setCurrentIndex(qMax(0, source));
    m_notes->setPlainText(c.notes);
}

CustomerInput CustomerFormDialog::input() const
{
    CustomerInput in;
    in.status = customerStatusFromString(m_status->currentData().toString());
    in.title = m_title->currentText();
    in.firstName = m_firstName->text();
    in.lastName = m_lastName->text();
    in.email = m_email->text();
    in.phone = m_phone->text();
    in.address = m_address->text();
    in.postalCode = m_postalCode->text();
    in.city = m_city->text();
    in.loyaltyCard = m_loyaltyCard->text();
    in.sourceChannel = m_source->currentData().toString();
    in.notes = m_notes->toPlainText();
    return in;
}

void CustomerFormDialog::clearErrors()
{
    m_errors.clear();
}

void CustomerFormDialog::showError(const Error &error)
{
    m_errors.show(error);
    fitContents();
}

void CustomerFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_createAnyway->setEnabled(!busy);
}

void CustomerFormDialog::hideDuplicates()
{
    if (m_duplicates->isHidden() || m_busy)
        return;
    m_duplicates->setVisible(false);
    m_save->setEnabled(true);
}

std::optional<CustomerInput> CustomerFormDialog::collect()
{
    CustomerInput in = input();
    const QString birth = m_birthDate->text().trimmed();
    if (!birth.isEmpty()) {
        auto date = validation::date(birth, QStringLiteral("birth_date"));
        if (!date) {
            showError(date.error());
            return std::nullopt;
        }
        in.birthDate = *date;
    }
    return in;
}

std::optional<CustomerInput> CustomerFormDialog::startSaving()
{
    if (m_busy)
        return std::nullopt;
    setBusy(true);
    clearErrors();
    auto in = collect();
    if (!in)
        setBusy(false);
    return in;
}

void CustomerFormDialog::save()
{
    const auto in = startSaving();
    if (!in)
        return;
    // The core's rules, before looking for duplicates of an invalid entry.
    auto valid = validateCustomer(*in, m_context.clock().nowUtc().toLocalTime().date());
    if (!valid) {
        showError(valid.error());
        setBusy(false);
        return;
    }
    if (!m_existing && m_duplicates->isHidden() && checkDuplicates(*in)) {
        m_busy = false;
        m_createAnyway->setEnabled(true);
        m_save->setEnabled(false); // until the user decides, or edits the form
        m_duplicateList->setFocus();
        return;
    }
    write(*in);
}

void CustomerFormDialog::createAnyway()
{
    if (const auto in = startSaving())
        write(*in);
}

bool CustomerFormDialog::checkDuplicates(const CustomerInput &in)
{
    auto found = m_context.services->customers().likelyDuplicates(m_context.session, in);
    if (!found || found->isEmpty())
        return false;
    m_duplicateIds.clear();
    m_duplicateList->setRowCount(int(found->size()));
    for (int row = 0; row < found->size(); ++row) {
        const Customer &c = found->at(row);
        m_duplicateIds.append(c.id);
        const QString cells[] = {c.displayName(), c.email, validation::phoneForDisplay(c.phone), c.postalCode};
        for (int col = 0; col < 4; ++col)
            m_duplicateList->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_duplicateList->selectRow(0);
    m_duplicates->setVisible(true);
    fitContents();
    return true;
}

void CustomerFormDialog::write(const CustomerInput &in)
{
    CustomerService &service = m_context.services->customers();
    if (m_existing) {
        if (Status s = service.update(m_context.session, m_existing->id, in); !s) {
            showError(s.error());
            setBusy(false);
            return;
        }
        m_savedId = m_existing->id;
    } else {
        auto id = service.create(m_context.session, in);
        if (!id) {
            showError(id.error());
            setBusy(false);
            return;
        }
        m_savedId = *id;
    }
    accept(); // Save stays disabled: a second click cannot record again
}

} // namespace comptoir::ui
