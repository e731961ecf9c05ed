#include "customers/CustomerPage.h"

#include "customers/ConsentPanel.h"
#include "customers/CustomerFormDialog.h"
#include "customers/InteractionDialog.h"
#include "customers/QuickAppointmentDialog.h"
#include "customers/QuickComplaintDialog.h"
#include "customers/TimelineModel.h"
#include "domain/Validation.h"
#include "services/CustomerService.h"
#include "services/TimelineService.h"
#include "widgets/ColumnMemory.h"
#include "widgets/FieldError.h"
#include "widgets/PlainLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir::ui {

CustomerPage::CustomerPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_name(plainLabel(this, QStringLiteral("customerName"))),
      m_subtitle(plainLabel(this, QStringLiteral("customerSubtitle"))),
      m_mergedBanner(plainLabel(this, QStringLiteral("mergedBanner"))),
      m_openKept(new QPushButton(tr("Open the record kept"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_card(plainLabel(this, QStringLiteral("loyaltyCard"))),
      m_points(plainLabel(this, QStringLiteral("loyaltyPoints"))),
      m_consents(new ConsentPanel(context, this)),
      m_timelineView(new QTableView(this)),
      m_timeline(new TimelineModel(this)),
      m_error(new FieldError(this))
{
    setObjectName(QStringLiteral("CustomerPage"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(false);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_mergedBanner->setStyleSheet(QStringLiteral("background: #fff8e1; padding: 6px;"));
    m_edit->setObjectName(QStringLiteral("editCustomer"));
    m_edit->setVisible(m_context.session.can(QStringLiteral("customer.write")));
    m_openKept->setObjectName(QStringLiteral("openKept"));
    auto *back = new QPushButton(tr("← &Customers"), this);
    back->setObjectName(QStringLiteral("backToList"));
    back->setToolTip(tr("Back to the list (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &CustomerPage::backRequested);
    auto *backKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(backKey, &QShortcut::activated, this, &CustomerPage::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &CustomerPage::editCustomer);
    connect(m_openKept, &QPushButton::clicked, this,
            [this]() { Q_EMIT openCustomerRequested(m_customer.mergedInto); });
    connect(m_consents, &ConsentPanel::changed, this, [this]() { Q_EMIT changed(m_customer.id); });

    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->setVisible(false);
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 10);
    QHeaderView *header = m_timelineView->horizontalHeader();
    const QFontMetrics metrics = m_timelineView->fontMetrics();
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(TimelineModel::DateColumn, metrics.horizontalAdvance(sampleDate) + 24);
    header->resizeSection(TimelineModel::TypeColumn, metrics.horizontalAdvance(QStringLiteral("Appointment · In store")) + 8);
    header->resizeSection(TimelineModel::AmountColumn, metrics.horizontalAdvance(QStringLiteral("-12 345,67 €")) + 24);
    rememberColumns(header, QStringLiteral("customer-timeline"));
    header->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    top->addWidget(m_edit, 0, Qt::AlignTop);

    auto *banner = new QHBoxLayout;
    banner->addWidget(m_mergedBanner, 1);
    banner->addWidget(m_openKept);

    auto *left = new QVBoxLayout;
    left->addWidget(buildIdentity());
    left->addWidget(m_consents);
    left->addStretch(1);
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(420);
    left->setContentsMargins(0, 0, 0, 0);

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(buildActions());
    right->addWidget(historyTitle);
    right->addWidget(m_timelineView, 1);

    auto *body = new QHBoxLayout;
    body->addWidget(leftBox);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(banner);
    layout->addWidget(m_error);
    layout->addLayout(body, 1);
}

QWidget *CustomerPage::buildIdentity()
{
    auto *box = new QGroupBox(tr("Identity"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("email"), tr("E-mail")},       {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("address"), tr("Address")},    {QStringLiteral("birth_date"), tr("Birth date")},
        {QStringLiteral("source"), tr("Came through")}, {QStringLiteral("notes"), tr("Notes")}};
    for (const auto &[key, label] : rows) {
        QLabel *value = plainLabel(box, QStringLiteral("identity_") + key);
        form->addRow(label, value);
        m_identity.append({key, value});
    }
    m_card->setParent(box);
    m_points->setParent(box);
    form->addRow(tr("Loyalty card"), m_card);
    form->addRow(tr("Points"), m_points);
    return box;
}

QWidget *CustomerPage::buildActions()
{
    m_actions = new QWidget(this);
    auto *row = new QHBoxLayout(m_actions);
    row->setContentsMargins(0, 0, 0, 0);
    struct Action {
        const char *name;
        QString text;
        QString permission;
        void (CustomerPage::*slot)();
    };
    const Action actions[] = {
        {"newSale", tr("New &sale"), QStringLiteral("sale.create"), nullptr},
        {"newAppointment", tr("New &appointment…"), QStringLiteral("appointment.write"), &CustomerPage::newAppointment},
        {"newComplaint", tr("New com&plaint…"), QStringLiteral("complaint.write"), &CustomerPage::newComplaint},
        {"logInteraction", tr("&Log an interaction…"), QStringLiteral("customer.write"), &CustomerPage::logInteraction},
    };
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.text, m_actions);
        button->setObjectName(QString::fromLatin1(a.name));
        button->setVisible(m_context.session.can(a.permission));
        if (a.slot)
            connect(button, &QPushButton::clicked, this, a.slot);
        else
            connect(button, &QPushButton::clicked, this, [this]() { Q_EMIT newSaleRequested(m_customer.id); });
        row->addWidget(button);
    }
    row->addStretch(1);
    return m_actions;
}

bool CustomerPage::setCustomer(qint64 id)
{
    auto found = m_context.services->customers().findById(m_context.session, id);
    m_error->clearMessage();
    if (!found) {
        m_error->show(found.error().message);
        return false;
    }
    m_customer = *found;
    showCustomer();
    m_consents->setCustomer(id, m_customer.mergedInto == 0 && m_context.session.can(QStringLiteral("customer.write")));
    reloadTimeline();
    return true;
}

void CustomerPage::reload()
{
    if (m_customer.id)
        setCustomer(m_customer.id);
}

void CustomerPage::showCustomer()
{
    const Customer &c = m_customer;
    const QLocale locale;
    m_name->setText(QStringList{c.title, c.firstName, c.lastName}.join(QLatin1Char(' ')).trimmed());
    m_subtitle->setText(tr("%1 · customer no. %2 · since %3")
                            .arg(c.status == CustomerStatus::Customer ? tr("Customer") : tr("Prospect"))
                            .arg(c.id)
                            .arg(locale.toString(c.createdAt.toLocalTime().date(), QLocale::LongFormat)));
    const QString address =
        QStringList{c.address, (c.postalCode + QLatin1Char(' ') + c.city).trimmed()}.join(QLatin1Char('\n')).trimmed();
    const QHash<QString, QString> values{
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), validation::phoneForDisplay(c.phone)},
        {QStringLiteral("address"), address},
        {QStringLiteral("birth_date"), c.birthDate.isValid() ? locale.toString(c.birthDate, QLocale::LongFormat) : QString()},
        {QStringLiteral("source"), CustomerFormDialog::sourceChannelName(c.sourceChannel)},
        {QStringLiteral("notes"), c.notes},
    };
    for (const auto &[key, label] : std::as_const(m_identity)) {
        const QString v = values.value(key);
        label->setText(v.isEmpty() ? tr("—") : v);
    }
    m_card->setText(c.loyaltyCard.isEmpty() ? tr("No card") : c.loyaltyCard);
    m_points->setText(locale.toString(c.loyaltyPoints));
    const bool merged = c.mergedInto != 0;
    m_mergedBanner->setText(merged ? tr("This record was merged into customer no. %1; its history is shown there.")
                                         .arg(c.mergedInto)
                                   : QString());
    m_mergedBanner->setVisible(merged);
    m_openKept->setVisible(merged);
    m_actions->setEnabled(!merged);
    m_edit->setEnabled(!merged);
}

void CustomerPage::reloadTimeline()
{
    TimelineService *timeline = &m_context.services->timeline();
    const Session session = m_context.session;
    const qint64 id = m_customer.id;
    m_timeline->setFetch([timeline, session, id](int offset, int limit, int, Qt::SortOrder) {
        return timeline->page(session, id, offset, limit);
    });
    if (!m_timeline->lastError().isEmpty())
        m_error->show(m_timeline->lastError());
}

void CustomerPage::editCustomer()
{
    CustomerFormDialog dialog(m_context, m_customer, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed(m_customer.id);
    }
}

void CustomerPage::addToHistory(FormDialog &dialog)
{
    if (dialog.exec() == QDialog::Accepted) {
        reloadTimeline();
        Q_EMIT changed(m_customer.id);
    }
}

void CustomerPage::logInteraction()
{
    InteractionDialog dialog(m_context, m_customer.id, this);
    addToHistory(dialog);
}

void CustomerPage::newAppointment()
{
    QuickAppointmentDialog dialog(m_context, m_customer.id, this);
    addToHistory(dialog);
}

void CustomerPage::newComplaint()
{
    QuickComplaintDialog dialog(m_context, m_customer.id, this);
    addToHistory(dialog);
}

} // namespace comptoir::ui
