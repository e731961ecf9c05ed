#include "customers/InteractionDialog.h"

#include "customers/TimelineModel.h"
#include "services/InteractionService.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace comptoir::ui {

InteractionDialog::InteractionDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : FormDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
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

    addRow(tr("Kind"), m_kind, {QStringLiteral("kind")});
    addRow(tr("Channel"), m_channel, {QStringLiteral("channel")});
    addRow(tr("Note"), m_note, {QStringLiteral("note")});
    resize(480, sizeHint().height());
}

Status InteractionDialog::write()
{
    return keep(m_context.services->interactions().log(m_context.session, m_customerId,
                                                        m_channel->currentData().toString(),
                                                        m_kind->currentData().toString(), m_note->toPlainText()));
}

} // namespace comptoir::ui
