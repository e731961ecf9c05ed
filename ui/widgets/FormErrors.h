#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace comptoir::ui {

class FieldError;

/**
 * The inline errors of one form: each field the core may name (Error.field) gets a
 * FieldError under it; show() puts the message under the named field and focuses it,
 * or in the form's general message when no field matches.
 */
class FormErrors final {
public:
    /** `general` receives errors that name no known field. */
    explicit FormErrors(FieldError *general) : m_general(general) {}

    /**
     * Wraps `field` with its FieldError (objectName "<name>Error") in a new widget for the
     * form layout; `focus` gets the focus on error (default: `field`). Several core
     * names may share one field: pass them all.
     */
    QWidget *wrap(QWidget *field, const QStringList &names, QWidget *focus = nullptr);
    /** Shows `error` where it belongs; returns the FieldError used. */
    FieldError *show(const Error &error);
    /** Hides every message. */
    void clear();
    /** The FieldError of a core field name (nullptr if unknown). */
    FieldError *errorFor(const QString &name) const { return m_errors.value(name); }

private:
    FieldError *m_general;
    QHash<QString, FieldError *> m_errors;
    QHash<QString, QPointer<QWidget>> m_focus;
};

} // namespace comptoir::ui
