#include "customers/ConsentPanel.h"

#include "services/ConsentService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace comptoir::ui {

ConsentPanel::ConsentPanel(const AppContext &context, QWidget *parent)
    : QGroupBox(tr("Marketing consents"), parent),
      m_context(context),
      m_source(new QComboBox(this)),
      m_error(new FieldError(this))
{
    setObjectName(QStringLiteral("ConsentPanel"));
    auto *grid = new QGridLayout(this);
    const std::pair<QString, QString> channels[] = {
        {QStringLiteral("email"), tr("E-mail")}, {QStringLiteral("sms"), tr("SMS")}, {QStringLiteral("post"), tr("Post")}};
    int row = 0;
    for (const auto &[channel, label] : channels) {
        auto *name = new QLabel(label, this);
        auto *state = new QLabel(this);
        state->setObjectName(QStringLiteral("consent_") + channel);
        state->setTextFormat(Qt::PlainText);
        state->setWordWrap(true);
        // Compact buttons: the state text (date and source) needs the room.
        auto *in = new QToolButton(this);
        in->setText(tr("Opt in"));
        in->setObjectName(QStringLiteral("optIn_") + channel);
        auto *out = new QToolButton(this);
        out->setText(tr("Opt out"));
        out->setObjectName(QStringLiteral("optOut_") + channel);
        const QString c = channel;
        connect(in, &QToolButton::clicked, this, [this, c]() { record(c, true); });
        connect(out, &QToolButton::clicked, this, [this, c]() { record(c, false); });
        grid->addWidget(name, row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(in, row, 2);
        grid->addWidget(out, row, 3);
        m_states.insert(channel, state);
        m_buttons << in << out;
        ++row;
    }
    m_source->setObjectName(QStringLiteral("consentSource"));
    m_source->addItem(tr("Signed form in store"), QStringLiteral("store_form"));
    m_source->addItem(tr("Customer's request"), QStringLiteral("customer_request"));
    auto *sourceLabel = new QLabel(tr("Source of a change:"), this);
    grid->addWidget(sourceLabel, row, 0, 1, 2, Qt::AlignRight);
    grid->addWidget(m_source, row, 2, 1, 2);
    m_buttons << m_source << sourceLabel;
    grid->addWidget(m_error, row + 1, 0, 1, 4);
    grid->setColumnStretch(1, 1);
}

void ConsentPanel::setCustomer(qint64 customerId, bool editable)
{
    m_customerId = customerId;
    for (QWidget *w : std::as_const(m_buttons))
        w->setVisible(editable);
    m_error->clearMessage();
    refresh();
}

QString ConsentPanel::stateText(const QString &channel) const
{
    const QLabel *label = m_states.value(channel);
    return label ? label->text() : QString();
}

QString ConsentPanel::sourceName(const QString &source)
{
    static const std::pair<const char *, const char *> names[] = {
        {"store_form", QT_TR_NOOP("store form")},
        {"web_form", QT_TR_NOOP("web form")},
        {"customer_request", QT_TR_NOOP("customer's request")},
        {"unsubscribe_link", QT_TR_NOOP("unsubscribe link")},
        {"sms_stop", QT_TR_NOOP("SMS STOP")},
        {"import", QT_TR_NOOP("import")}};
    for (const auto &[code, name] : names)
        if (source == QLatin1String(code))
            return tr(name);
    return source;
}

void ConsentPanel::refresh()
{
    for (QLabel *label : std::as_const(m_states)) {
        label->setText(tr("Not asked"));
        label->setStyleSheet(QString());
        label->setToolTip(QString());
    }
    auto current = m_context.services->consents().current(m_context.session, m_customerId);
    if (!current) {
        m_error->show(current.error().message);
        return;
    }
    const QLocale locale;
    for (const ConsentRecord &r : *current) {
        QLabel *label = m_states.value(r.channel);
        if (!label)
            continue;
        const QString date = locale.toString(r.at.toLocalTime().date(), QLocale::ShortFormat);
        label->setText(r.granted ? tr("Yes, since %1 (%2)").arg(date, sourceName(r.source))
                                 : tr("No, since %1 (%2)").arg(date, sourceName(r.source)));
        label->setStyleSheet(r.granted ? QStringLiteral("color: #1b5e20;") : QString());
        label->setToolTip(tr("Wording version %1").arg(r.wordingVersion));
    }
}

bool ConsentPanel::record(const QString &channel, bool granted)
{
    m_error->clearMessage();
    auto id = m_context.services->consents()
                  .record(m_context.session, m_customerId, channel, granted, m_source->currentData().toString());
    if (!id) {
        m_error->show(id.error().message);
        return false;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

} // namespace comptoir::ui
