#pragma once

#include "domain/Result.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace comptoir::ui {

class FieldError;

/**
 * The scaffolding of a dialog that records one thing through the core: an optional line
 * saying what it is about, a form whose fields show the core's refusals under them
 * (FormErrors), a general message for a refusal that names no field, and Cancel beside
 * the action button. The action button is disabled while write() runs (a second click
 * does nothing); the dialog closes only once write() succeeded, and a refusal leaves it
 * open with the message where it belongs.
 */
class FormDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    ~FormDialog() override;

    /** The id of what write() recorded (see keep()); 0 until then. */
    qint64 savedId() const { return m_savedId; }
    /** The message shown under the field the core names `field` (empty when none). */
    QString fieldError(const QString &field) const;

protected:
    /**
     * `acceptText` empty: the action is the standard Save button; otherwise a button with
     * that text. Either way its object name is `acceptName` (tests click it by name).
     */
    explicit FormDialog(QWidget *parent, const QString &acceptText = QString(),
                        const QString &acceptName = QStringLiteral("save"));

    /** Shows `text` (plain) above the form: what the dialog is about. */
    void setIntro(const QString &text);
    /**
     * Adds `field` under `label`, with the message of a refusal that names one of `names`
     * (the core's field names) under it; `focus` gets the focus then (default: `field`).
     */
    void addRow(const QString &label, QWidget *field, const QStringList &names, QWidget *focus = nullptr);
    /** Adds a row the core never names (a read-only value). */
    void addRow(const QString &label, QWidget *widget);
    /** Where a message that belongs to no field goes (e.g. a list that could not be read). */
    FieldError *generalError() const { return m_general; }

    /** Records the form through the core; an error is shown and the dialog stays open. */
    virtual Status write() = 0;
    /** For write(): keeps the id `created` recorded (savedId()), or hands its refusal on. */
    Status keep(const Result<qint64> &created);

private:
    void submit();

    QVBoxLayout *m_layout;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form;
    FieldError *m_general;
    FormErrors m_errors;
    QPushButton *m_accept;
    qint64 m_savedId = 0;
};

} // namespace comptoir::ui
