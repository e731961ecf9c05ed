#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace comptoir::ui {

class FieldError;

/**
 * Creates or edits a customer. The core validates on Save; its refusal is shown under
 * the field it names and nothing is saved. On create, likely duplicates are shown first
 * with "Open the existing customer" and "Create anyway". Save is disabled while the core
 * works and the dialog closes on success, so a double click creates one customer.
 */
class CustomerFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFormDialog)

public:
    /** The dialog's result when the user chose to open a likely duplicate instead. */
    static constexpr int OpenExisting = 2;

    /** A new customer when `existing` is empty, else the form of that customer. */
    CustomerFormDialog(const AppContext &context, std::optional<Customer> existing, QWidget *parent = nullptr);

    /** The customer created or updated (after Accepted). */
    qint64 savedId() const { return m_savedId; }
    /** The duplicate chosen (after OpenExisting). */
    qint64 existingId() const { return m_existingId; }
    /** How a customer's source channel ("store", "web"...) is shown. */
    static QString sourceChannelName(const QString &channel);
    /** The message shown under `field` ("email", "phone"...), empty when none. */
    QString fieldError(const QString &field) const;

private:
    QWidget *withError(QWidget *field, const QString &name) { return m_errors.wrap(field, {name}); }
    CustomerInput input() const;
    void fill(const Customer &c);
    void clearErrors();
    void showError(const Error &error);
    /** The form's input, or nothing when the birth date cannot be read (shown inline). */
    std::optional<CustomerInput> collect();
    /** Marks the form busy and collects it; nothing (and not busy) when busy already or unreadable. */
    std::optional<CustomerInput> startSaving();
    void save();
    void createAnyway();
    bool checkDuplicates(const CustomerInput &in);
    void write(const CustomerInput &in);
    void hideDuplicates();
    void fitContents();
    void setBusy(bool busy);

    const AppContext &m_context;
    std::optional<Customer> m_existing;
    QComboBox *m_status;
    QComboBox *m_title;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_birthDate;
    QLineEdit *m_loyaltyCard;
    QComboBox *m_source;
    QPlainTextEdit *m_notes;
    QFrame *m_duplicates;
    QTableWidget *m_duplicateList;
    QPushButton *m_openExisting;
    QPushButton *m_createAnyway;
    FieldError *m_generalError;
    FormErrors m_errors;
    QPushButton *m_save;
    QList<qint64> m_duplicateIds;
    qint64 m_savedId = 0;
    qint64 m_existingId = 0;
    bool m_busy = false;
};

} // namespace comptoir::ui
