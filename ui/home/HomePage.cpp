#include "home/HomePage.h"

#include "common/Navigator.h"
#include "services/AppointmentService.h"
#include "services/ComplaintQueryService.h"
#include "services/CustomerService.h"
#include "services/StaffService.h"
#include "services/StockService.h"
#include "services/StoreService.h"
#include "widgets/StatTile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir::ui {

namespace {

constexpr int kHomeIdRole = Qt::UserRole + 1;
constexpr int kMaxItems = 50;

void addPlaceholder(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
}

void addItem(QListWidget *list, const QString &text, qint64 id, const QColor &foreground = QColor())
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kHomeIdRole, id);
    if (foreground.isValid())
        item->setForeground(foreground);
}

} // namespace

HomePage::HomePage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_storeName(new QLabel(this)),
      m_storeAddress(new QLabel(this)),
      m_error(new QLabel(this)),
      m_customers(new StatTile(tr("Customers"), this)),
      m_products(new StatTile(tr("Products"), this)),
      m_sales(new StatTile(tr("Sales"), this))
{
    setObjectName(QStringLiteral("HomePage"));
    for (QLabel *label : {m_storeName, m_storeAddress, m_error})
        label->setTextFormat(Qt::PlainText);
    QFont title = m_storeName->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_storeName->setFont(title);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_customers->setObjectName(QStringLiteral("customersTile"));
    m_products->setObjectName(QStringLiteral("productsTile"));
    m_sales->setObjectName(QStringLiteral("salesTile"));

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_customers, 0, 0);
    tiles->addWidget(m_products, 0, 1);
    tiles->addWidget(m_sales, 0, 2);

    // The day's reminders, only those the role may read.
    auto *sections = new QHBoxLayout;
    const Session &session = m_context.session;
    if (session.can(QStringLiteral("appointment.read"))) {
        m_appointments = new QListWidget(this);
        m_appointments->setObjectName(QStringLiteral("todayAppointments"));
        sections->addWidget(section(tr("Today's appointments"), &m_appointmentsSubtitle, m_appointments,
                                    QStringLiteral("appointments")),
                            1);
    }
    if (session.can(QStringLiteral("complaint.read"))) {
        m_complaints = new QListWidget(this);
        m_complaints->setObjectName(QStringLiteral("overdueComplaints"));
        sections->addWidget(section(tr("Overdue complaints"), &m_complaintsSubtitle, m_complaints,
                                    QStringLiteral("complaints")),
                            1);
    }
    if (session.can(QStringLiteral("stock.read"))) {
        m_stockAlerts = new QListWidget(this);
        m_stockAlerts->setObjectName(QStringLiteral("stockAlerts"));
        sections->addWidget(section(tr("Stock alerts"), &m_stockSubtitle, m_stockAlerts, QStringLiteral("stock")), 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storeName);
    layout->addWidget(m_storeAddress);
    layout->addSpacing(12);
    layout->addLayout(tiles);
    layout->addWidget(m_error);
    layout->addSpacing(12);
    layout->addLayout(sections, 1);
    if (!m_appointments && !m_complaints && !m_stockAlerts)
        layout->addStretch(1);
    refresh();
}

QWidget *HomePage::section(const QString &title, QLabel **subtitle, QListWidget *list, const QString &area)
{
    auto *box = new QWidget(this);
    box->setObjectName(list->objectName() + QStringLiteral("Section"));
    auto *heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setBuddy(list);
    *subtitle = new QLabel(box);
    (*subtitle)->setTextFormat(Qt::PlainText);
    (*subtitle)->setStyleSheet(QStringLiteral("color: palette(mid);"));
    list->setParent(box);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setSpacing(2);
    list->setAccessibleName(title);
    connect(list, &QListWidget::itemActivated, this, [this, area](QListWidgetItem *item) { open(area, item); });
    connect(list, &QListWidget::itemClicked, this, [this, area](QListWidgetItem *item) { open(area, item); });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(*subtitle);
    layout->addWidget(list, 1);
    return box;
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HomePage::refresh()
{
    StoreService &store = m_context.services->store();
    auto info = store.info();
    if (info) {
        m_storeName->setText(info->name.isEmpty() ? tr("New store") : info->name);
        QStringList address;
        for (const QString &part : {info->address, QString(info->postalCode + QLatin1Char(' ') + info->city).trimmed()})
            if (!part.isEmpty())
                address << part;
        m_storeAddress->setText(address.join(QStringLiteral(" — ")));
    }
    auto counts = store.counts(m_context.session);
    if (!counts) {
        m_error->setText(counts.error().message);
        m_error->setVisible(true);
    } else {
        const QLocale locale;
        m_customers->setValue(locale.toString(counts->customers));
        m_products->setValue(locale.toString(counts->products));
        m_sales->setValue(locale.toString(counts->sales));
        m_error->setVisible(false);
    }
    if (m_appointments)
        fillAppointments();
    if (m_complaints)
        fillComplaints();
    if (m_stockAlerts)
        fillStockAlerts();
}

void HomePage::fillAppointments()
{
    m_appointments->clear();
    const QDate today = m_context.clock().nowUtc().toLocalTime().date();
    AppointmentService &service = m_context.services->appointments();
    auto mine = service.forDay(m_context.session, today, m_context.session.userId);
    const auto notCancelled = [](QList<Appointment> list) {
        list.removeIf([](const Appointment &a) { return a.status == AppointmentStatus::Cancelled; });
        return list;
    };
    QList<Appointment> shown = mine ? notCancelled(*mine) : QList<Appointment>();
    const bool everyone = shown.isEmpty();
    if (everyone) {
        auto all = service.forDay(m_context.session, today);
        if (!all) {
            addPlaceholder(m_appointments, all.error().message);
            return;
        }
        shown = notCancelled(*all);
    }
    m_appointmentsSubtitle->setText(everyone ? tr("All staff, %1").arg(QLocale().toString(today, QLocale::LongFormat))
                                             : tr("Yours, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    if (shown.isEmpty()) {
        addPlaceholder(m_appointments, tr("No appointment today."));
        return;
    }
    QList<qint64> staffIds;
    for (const Appointment &a : shown)
        staffIds.append(a.staffId);
    StaffService &staff = m_context.services->staff();
    auto named = staff.displayNames(m_context.session, staffIds);
    const QHash<qint64, QString> staffNames = named ? *named : QHash<qint64, QString>();
    CustomerService &customers = m_context.services->customers();
    const QLocale locale;
    const QDateTime now = m_context.clock().nowUtc();
    for (const Appointment &a : shown) {
        QString who = a.subject;
        if (a.customerId > 0) {
            auto customer = customers.findById(m_context.session, a.customerId);
            who = tr("%1 — %2").arg(customer ? customer->displayName() : tr("Customer #%1").arg(a.customerId), a.subject);
        }
        QString text = tr("%1–%2  %3").arg(locale.toString(a.start.toLocalTime().time(), QStringLiteral("HH:mm")),
                                             locale.toString(a.end.toLocalTime().time(), QStringLiteral("HH:mm")), who);
        if (everyone)
            text += tr(" (%1)").arg(staffNames.value(a.staffId, tr("staff #%1").arg(a.staffId)));
        if (a.status == AppointmentStatus::Done)
            text += tr(" — done");
        else if (a.status == AppointmentStatus::NoShow)
            text += tr(" — no-show");
        addItem(m_appointments, text, a.id,
                a.status == AppointmentStatus::Planned && a.end < now ? QColor(0x75, 0x75, 0x75) : QColor());
    }
}

void HomePage::fillComplaints()
{
    m_complaints->clear();
    ComplaintQueryService &service = m_context.services->complaintQueries();
    auto overdue = service.list(m_context.session, {ComplaintFilter::Scope::Overdue, ComplaintStatus::Open},
                                ComplaintSort::DueAt, false, 0, kMaxItems);
    if (!overdue) {
        addPlaceholder(m_complaints, overdue.error().message);
        return;
    }
    m_complaintsSubtitle->setText(overdue->isEmpty() ? tr("Every open complaint is on time.")
                                                     : tr("Past their due date, most late first"));
    if (overdue->isEmpty()) {
        addPlaceholder(m_complaints, tr("No overdue complaint."));
        return;
    }
    const QLocale locale;
    for (const ComplaintRow &r : *overdue)
        addItem(m_complaints,
                tr("#%1 %2 — %3 (due %4)")
                    .arg(r.id)
                    .arg(r.customerName, r.subject, locale.toString(r.dueAt.toLocalTime().date(), QLocale::ShortFormat)),
                r.id, QColor(0xb0, 0x00, 0x20));
}

void HomePage::fillStockAlerts()
{
    m_stockAlerts->clear();
    StockService &stock = m_context.services->stock();
    auto alerts = stock.productsBelowThreshold(m_context.session);
    if (!alerts) {
        addPlaceholder(m_stockAlerts, alerts.error().message);
        return;
    }
    m_stockSubtitle->setText(alerts->isEmpty() ? tr("Every product is above its threshold.")
                                               : tr("%n product(s) below their reorder threshold", nullptr,
                                                    int(alerts->size())));
    if (alerts->isEmpty()) {
        addPlaceholder(m_stockAlerts, tr("No stock alert."));
        return;
    }
    const QLocale locale;
    for (const StockAlert &a : alerts->mid(0, kMaxItems))
        addItem(m_stockAlerts,
                tr("%1 %2 — %3 in stock (threshold %4)")
                    .arg(a.sku, a.name, locale.toString(a.level), locale.toString(a.threshold)),
                a.productId);
    if (alerts->size() > kMaxItems)
        addPlaceholder(m_stockAlerts, tr("… and %n more in the Stock area", nullptr, int(alerts->size() - kMaxItems)));
}

void HomePage::open(const QString &area, QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const qint64 id = item->data(kHomeIdRole).toLongLong();
    // `area` is "appointments", "complaints" or "stock": the window shows the item there.
    if (m_context.navigator)
        m_context.navigator->openItem(area, id);
}

} // namespace comptoir::ui
