#include "customers/InteractionDialog.h"

#include "customers/TimelineModel.h"
#include "services/InteractionService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

InteractionDialog::InteractionDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_generalError(new FieldError(this)),
      m_errors(m_generalError)
{
    setObjectName(QStringLiteral("InteractionDialog"));
    setWindowTitle(tr("Log an interaction"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    for (const QString &kind : InteractionService::loggableKinds())
        m_kind->addItem(TimelineModel::interactionKindName(kind), kind);
    for (const QString &channel : InteractionService::channels())
        m_channel->addItem(TimelineModel::channelName(channel), channel);
    // The usual channel of each kind, changeable.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        const QString kind = m_kind->currentData().toString();
        const QString channel = kind == QLatin1String("call")    ? QStringLiteral("phone")
                                : kind == QLatin1String("email") ? QStringLiteral("email")
                                : kind == QLatin1String("offer") ? QStringLiteral("email")
                                                                 : QStringLiteral("store");
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    });
    m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone")));

    auto *form = new QFormLayout;
    const std::tuple<QString, QWidget *, QString> rows[] = {
        {tr("Kind"), m_kind, QStringLiteral("kind")},
        {tr("Channel"), m_channel, QStringLiteral("channel")},
        {tr("Note"), m_note, QStringLiteral("note")}};
    for (const auto &[label, widget, field] : rows)
        form->addRow(label, m_errors.wrap(widget, {field}));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &InteractionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString InteractionDialog::fieldError(const QString &field) const
{
    const FieldError *e = m_errors.errorFor(field);
    return e && !e->isHidden() ? e->text() : QString();
}

void InteractionDialog::save()
{
    if (m_busy)
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_errors.clear();
    auto id = m_context.services->interactions()
                  .log(m_context.session, m_customerId, m_channel->currentData().toString(),
                       m_kind->currentData().toString(), m_note->toPlainText());
    if (!id) {
        m_errors.show(id.error());
        m_busy = false;
        m_save->setEnabled(true);
        return;
    }
    m_savedId = *id;
    accept();
}

} // namespace comptoir::ui
