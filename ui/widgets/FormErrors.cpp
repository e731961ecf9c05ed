#include "widgets/FormErrors.h"

#include "widgets/FieldError.h"

#include <QVBoxLayout>
#include <QWidget>

namespace comptoir::ui {

QWidget *FormErrors::wrap(QWidget *field, const QStringList &names, QWidget *focus)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new FieldError(box);
    if (!names.isEmpty())
        error->setObjectName(names.constFirst() + QStringLiteral("Error"));
    layout->addWidget(error);
    for (const QString &name : names) {
        m_errors.insert(name, error);
        m_focus.insert(name, focus ? focus : field);
    }
    return box;
}

FieldError *FormErrors::show(const Error &error)
{
    clear();
    FieldError *target = m_errors.value(error.field);
    if (!target) {
        if (m_general)
            m_general->show(error.toString());
        return m_general;
    }
    target->show(error.message);
    if (QWidget *focus = m_focus.value(error.field))
        focus->setFocus(Qt::OtherFocusReason);
    return target;
}

void FormErrors::clear()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearMessage();
    if (m_general)
        m_general->clearMessage();
}

} // namespace comptoir::ui
