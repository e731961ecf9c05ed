#include "complaints/ComplaintDetail.h"

#include "services/ComplaintService.h"
#include "services/CustomerService.h"
#include "widgets/PlainLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

QString statusLabel(ComplaintStatus status)
{
    QString text = displayName(status);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

ComplaintDetail::ComplaintDetail(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_placeholder(new QLabel(tr("Select a complaint to see its details and history."), this)),
      m_body(new QWidget(this)),
      m_title(plainLabel(m_body, QStringLiteral("title"))),
      m_customer(plainLabel(m_body, QStringLiteral("customer"))),
      m_category(plainLabel(m_body, QStringLiteral("category"))),
      m_status(plainLabel(m_body, QStringLiteral("status"))),
      m_opened(plainLabel(m_body, QStringLiteral("opened"))),
      m_due(plainLabel(m_body, QStringLiteral("due"))),
      m_assignee(plainLabel(m_body, QStringLiteral("assignee"))),
      m_description(plainLabel(m_body, QStringLiteral("description"))),
      m_resolutionCaption(new QLabel(tr("Resolution:"), m_body)),
      m_resolution(plainLabel(m_body, QStringLiteral("resolution"))),
      m_satisfaction(plainLabel(m_body, QStringLiteral("satisfaction"))),
      m_history(new QTreeWidget(m_body)),
      m_error(plainLabel(m_body, QStringLiteral("error"))),
      m_start(new QPushButton(tr("&Start"), m_body)),
      m_resolve(new QPushButton(tr("&Resolve…"), m_body)),
      m_close(new QPushButton(tr("C&lose…"), m_body)),
      m_reject(new QPushButton(tr("Re&ject…"), m_body)),
      m_reopen(new QPushButton(tr("Re&open…"), m_body)),
      m_assign(new QPushButton(tr("&Assign…"), m_body))
{
    setObjectName(QStringLiteral("ComplaintDetail"));
    StaffService &staff = m_context.services->staff();
    if (auto list = staff.activeSalesStaff(m_context.session)) {
        m_staff = *list;
        for (const StaffMember &m : m_staff)
            m_userNames.insert(m.id, m.displayName);
    }
    ComplaintService &complaints = m_context.services->complaints();
    if (auto categories = complaints.categories(m_context.session))
        for (const ComplaintCategory &c : *categories)
            m_categories.insert(c.id, c.name);

    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(100);
    m_history->setColumnWidth(0, 165);
    m_history->setColumnWidth(1, 120);
    m_history->setColumnWidth(2, 150);

    m_start->setObjectName(QStringLiteral("start"));
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_close->setObjectName(QStringLiteral("close"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_assign->setObjectName(QStringLiteral("assign"));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Customer:"), m_customer);
    facts->addRow(tr("Category:"), m_category);
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Opened:"), m_opened);
    facts->addRow(tr("Due:"), m_due);
    facts->addRow(tr("Assigned to:"), m_assignee);
    facts->addRow(tr("Satisfaction:"), m_satisfaction);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_resolve, m_close, m_reject, m_reopen, m_assign})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *historyCaption = new QLabel(tr("History"), m_body);
    QFont bold = historyCaption->font();
    bold.setBold(true);
    historyCaption->setFont(bold);
    m_resolutionCaption->setFont(bold);

    // Facts on the left, history on the right, the workflow buttons under both.
    auto *left = new QVBoxLayout;
    left->addLayout(facts);
    left->addWidget(m_description);
    left->addWidget(m_resolutionCaption);
    left->addWidget(m_resolution);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(historyCaption);
    right->addWidget(m_history, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addLayout(columns, 1);
    body->addWidget(m_error);
    body->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    m_body->setVisible(false);

    connect(m_start, &QPushButton::clicked, this, &ComplaintDetail::startProgress);
    connect(m_resolve, &QPushButton::clicked, this, [this]() { openStep(ComplaintStepDialog::Kind::Resolve); });
    connect(m_close, &QPushButton::clicked, this, [this]() { openStep(ComplaintStepDialog::Kind::Close); });
    connect(m_reject, &QPushButton::clicked, this, [this]() { openStep(ComplaintStepDialog::Kind::Reject); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { openStep(ComplaintStepDialog::Kind::Reopen); });
    connect(m_assign, &QPushButton::clicked, this, [this]() { openStep(ComplaintStepDialog::Kind::Assign); });
}

QString ComplaintDetail::userName(qint64 userId) const
{
    if (userId <= 0)
        return tr("nobody");
    return m_userNames.value(userId, tr("user #%1").arg(userId));
}

void ComplaintDetail::showComplaint(qint64 id)
{
    m_error->setVisible(false);
    ComplaintService &service = m_context.services->complaints();
    auto found = id > 0 ? service.findById(m_context.session, id) : Result<Complaint>(Complaint{});
    if (!found) {
        m_complaint = Complaint{};
        m_placeholder->setText(found.error().message);
    } else {
        m_complaint = *found;
    }
    const bool shown = m_complaint.id > 0;
    m_placeholder->setVisible(!shown);
    m_body->setVisible(shown);
    if (!shown) {
        updateButtons();
        return;
    }

    // Names of everyone in the history, in one query.
    QList<qint64> missing;
    for (const ComplaintEvent &e : std::as_const(m_complaint.events))
        if (e.userId > 0 && !m_userNames.contains(e.userId))
            missing.append(e.userId);
    if (m_complaint.assignedTo > 0 && !m_userNames.contains(m_complaint.assignedTo))
        missing.append(m_complaint.assignedTo);
    if (!missing.isEmpty()) {
        StaffService &staff = m_context.services->staff();
        if (auto names = staff.displayNames(m_context.session, missing))
            m_userNames.insert(*names);
    }

    const Complaint &c = m_complaint;
    const QLocale locale;
    const QDateTime now = m_context.clock().nowUtc();
    m_title->setText(tr("#%1 — %2").arg(c.id).arg(c.subject));
    CustomerService &customers = m_context.services->customers();
    auto customer = customers.findById(m_context.session, c.customerId);
    m_customer->setText(customer ? customer->displayName() : tr("Customer #%1").arg(c.customerId));
    m_category->setText(m_categories.value(c.categoryId, tr("Category #%1").arg(c.categoryId)));
    m_status->setText(statusLabel(c.status));
    m_opened->setText(locale.toString(c.openedAt.toLocalTime(), QLocale::ShortFormat));
    const bool overdue = c.isOverdue(now);
    m_due->setText(overdue ? tr("%1 (overdue)").arg(locale.toString(c.dueAt.toLocalTime().date(), QLocale::ShortFormat))
                           : locale.toString(c.dueAt.toLocalTime().date(), QLocale::ShortFormat));
    m_due->setStyleSheet(overdue ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_assignee->setText(userName(c.assignedTo));
    m_satisfaction->setText(c.satisfaction ? tr("%1 / 5").arg(*c.satisfaction) : tr("not given"));
    m_description->setText(c.description.isEmpty() ? tr("(no description)") : c.description);
    const bool hasResolution = !c.resolution.isEmpty();
    m_resolutionCaption->setText(c.status == ComplaintStatus::Rejected ? tr("Reason for rejection:")
                                                                        : tr("Resolution:"));
    m_resolutionCaption->setVisible(hasResolution);
    m_resolution->setVisible(hasResolution);
    m_resolution->setText(c.resolution);

    m_history->clear();
    for (const ComplaintEvent &e : std::as_const(c.events)) {
        const QString step = e.from ? tr("%1 → %2").arg(statusLabel(*e.from), statusLabel(e.to))
                                    : tr("Opened");
        auto *item = new QTreeWidgetItem(m_history, {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                                     userName(e.userId), step, e.note});
        item->setToolTip(3, e.note.toHtmlEscaped());
    }
    updateButtons();
}

void ComplaintDetail::updateButtons()
{
    const Complaint &c = m_complaint;
    const bool shown = c.id > 0;
    auto allowed = [&](ComplaintStatus to) {
        return shown && allowedTransition(c.status, to) && m_context.session.can(transitionPermission(to));
    };
    m_start->setVisible(c.status == ComplaintStatus::Open && allowed(ComplaintStatus::InProgress));
    m_reopen->setVisible(c.status == ComplaintStatus::Resolved && allowed(ComplaintStatus::InProgress));
    m_resolve->setVisible(allowed(ComplaintStatus::Resolved));
    m_close->setVisible(allowed(ComplaintStatus::Closed));
    m_reject->setVisible(allowed(ComplaintStatus::Rejected));
    m_assign->setVisible(shown && m_context.session.can(QStringLiteral("complaint.write"))
                         && c.status != ComplaintStatus::Closed && c.status != ComplaintStatus::Rejected);
}

void ComplaintDetail::startProgress()
{
    if (!m_start->isEnabled())
        return;
    m_start->setEnabled(false);
    ComplaintService &service = m_context.services->complaints();
    const Status s = service.startProgress(m_context.session, m_complaint.id);
    m_start->setEnabled(true);
    const qint64 id = m_complaint.id;
    showComplaint(id);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->setVisible(true);
        return;
    }
    Q_EMIT changed(id);
}

void ComplaintDetail::openStep(ComplaintStepDialog::Kind kind)
{
    auto *dialog = new ComplaintStepDialog(m_context, kind, m_complaint, m_staff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_complaint.id;
    connect(dialog, &QDialog::accepted, this, [this, id]() {
        showComplaint(id);
        Q_EMIT changed(id);
    });
    dialog->open();
}

} // namespace comptoir::ui
