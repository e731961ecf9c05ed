#include "complaints/ComplaintsPage.h"

#include "complaints/ComplaintDetail.h"
#include "complaints/NewComplaintDialog.h"
#include "export/ExportDialog.h"
#include "services/ComplaintQueryService.h"
#include "widgets/ColumnMemory.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

// Filter combo data: a scope, or a status as 100 + its index in allComplaintStatuses().
constexpr int kStatusBase = 100;

ComplaintSort sortOf(int column)
{
    static const ComplaintSort sorts[] = {ComplaintSort::Number,   ComplaintSort::OpenedAt, ComplaintSort::Customer,
                                          ComplaintSort::Category, ComplaintSort::Subject,  ComplaintSort::Status,
                                          ComplaintSort::AssignedTo, ComplaintSort::DueAt};
    return column >= 0 && column < 8 ? sorts[column] : ComplaintSort::Number;
}

} // namespace

ComplaintsPage::ComplaintsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_filter(new QComboBox(this)),
      m_new(new QPushButton(tr("&New complaint…"), this)),
      m_export(new QPushButton(tr("E&xport this list…"), this)),
      m_error(new QLabel(this)),
      m_table(new QTableView(this)),
      m_model(nullptr),
      m_detail(new ComplaintDetail(context, this))
{
    setObjectName(QStringLiteral("ComplaintsPage"));
    StaffService &staff = m_context.services->staff();
    if (auto list = staff.activeSalesStaff(m_context.session))
        m_staff = *list;

    m_filter->setObjectName(QStringLiteral("statusFilter"));
    m_filter->addItem(tr("All open"), int(ComplaintFilter::Scope::Unsettled));
    m_filter->addItem(tr("Overdue"), int(ComplaintFilter::Scope::Overdue));
    m_filter->addItem(tr("All complaints"), int(ComplaintFilter::Scope::All));
    const QList<ComplaintStatus> &statuses = allComplaintStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        m_filter->addItem(statusLabel(statuses.at(i)), kStatusBase + i);
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    m_new->setObjectName(QStringLiteral("newComplaint"));
    m_new->setToolTip(tr("Open a new complaint (Ctrl+N)"));
    m_new->setVisible(m_context.session.can(QStringLiteral("complaint.write")));
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setVisible(m_context.session.can(QStringLiteral("customer.export")));
    m_export->setToolTip(tr("Export the complaints shown, with the filter applied, as CSV or XLSX"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    const QLocale locale;
    using Model = PagedTableModel<ComplaintRow>;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new Model(
        {
            {tr("#"), [](const ComplaintRow &r) { return QVariant(r.id); }, nullptr, right, true},
            {tr("Opened"),
             [locale](const ComplaintRow &r) { return locale.toString(r.openedAt.toLocalTime().date(), QLocale::ShortFormat); },
             [](const ComplaintRow &r) { return QVariant(r.openedAt); }, Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Customer"), [](const ComplaintRow &r) { return QVariant(r.customerName); }, nullptr,
             Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Category"), [](const ComplaintRow &r) { return QVariant(r.categoryName); }, nullptr,
             Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Subject"), [](const ComplaintRow &r) { return QVariant(r.subject); }, nullptr,
             Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Status"), [](const ComplaintRow &r) { return QVariant(statusLabel(r.status)); },
             [](const ComplaintRow &r) { return QVariant(toString(r.status)); }, Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Assigned to"), [](const ComplaintRow &r) { return QVariant(r.assigneeName); }, nullptr,
             Qt::AlignLeft | Qt::AlignVCenter, true},
            {tr("Due"),
             [locale](const ComplaintRow &r) { return locale.toString(r.dueAt.toLocalTime().date(), QLocale::ShortFormat); },
             [](const ComplaintRow &r) { return QVariant(r.dueAt); }, Qt::AlignLeft | Qt::AlignVCenter, true},
        },
        this);
    const Clock *clock = &m_context.clock();
    m_model->setDecorate([clock](const ComplaintRow &r, int column, int role) -> QVariant {
        if (!r.isOverdue(clock->nowUtc()))
            return {};
        if (role == Qt::BackgroundRole)
            return QColor(0xfd, 0xe2, 0xe2);
        if (role == Qt::ForegroundRole && column == 7)
            return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Overdue");
        return {};
    });

    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    for (int column : {0, 1, 2, 3, 5, 6, 7})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 50);
    m_table->setColumnWidth(1, 100);
    m_table->setColumnWidth(2, 150);
    m_table->setColumnWidth(3, 150);
    m_table->setColumnWidth(5, 100);
    m_table->setColumnWidth(6, 140);
    m_table->setColumnWidth(7, 100);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    rememberColumns(m_table->horizontalHeader(), QStringLiteral("complaints"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_export);
    top->addWidget(m_new);

    // The list takes the whole width (eight columns), the detail sits under it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 370});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    if (m_context.session.can(QStringLiteral("complaint.write"))) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence::New);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, &ComplaintsPage::newComplaint);
        addAction(action);
    }
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ComplaintsPage::reload);
    connect(m_new, &QPushButton::clicked, this, &ComplaintsPage::newComplaint);
    connect(m_export, &QPushButton::clicked, this, &ComplaintsPage::exportList);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting)
                    return;
                if (const ComplaintRow *row = m_model->rowAt(current.row()))
                    m_detail->showComplaint(row->id);
            });
    // The detail has already reloaded itself; the list follows (reload keeps its row selected).
    connect(m_detail, &ComplaintDetail::changed, this, &ComplaintsPage::reload);

    reload();
    m_table->setSortingEnabled(true); // after the first load: sorting reloads through the fetch
}

ComplaintFilter ComplaintsPage::currentFilter() const
{
    const int data = m_filter->currentData().toInt();
    if (data >= kStatusBase)
        return {ComplaintFilter::Scope::Status, allComplaintStatuses().value(data - kStatusBase)};
    return {ComplaintFilter::Scope(data), ComplaintStatus::Open};
}

void ComplaintsPage::setFilter(const ComplaintFilter &filter)
{
    int data = int(filter.scope);
    if (filter.scope == ComplaintFilter::Scope::Status)
        data = kStatusBase + int(allComplaintStatuses().indexOf(filter.status));
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(data)));
}

void ComplaintsPage::reload()
{
    const ComplaintFilter filter = currentFilter();
    const AppContext *context = &m_context;
    m_model->setFetch([context, filter](int offset, int limit, int column, Qt::SortOrder order) {
        ComplaintQueryService &service = context->services->complaintQueries();
        // No column chosen yet: newest first.
        return service.list(context->session, filter, sortOf(column),
                            column < 0 || order == Qt::DescendingOrder, offset, limit);
    });
    m_error->setVisible(!m_model->lastError().isEmpty());
    m_error->setText(m_model->lastError());
    if (m_detail->complaintId() > 0)
        selectRow(m_detail->complaintId());
}

void ComplaintsPage::selectRow(qint64 id)
{
    const QList<ComplaintRow> &rows = m_model->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id) {
            m_selecting = true; // the detail already shows it
            m_table->selectRow(i);
            m_selecting = false;
            m_table->scrollTo(m_model->index(i, 0));
            return;
        }
    }
    m_table->clearSelection();
}

void ComplaintsPage::openItem(qint64 id)
{
    m_detail->showComplaint(id);
    selectRow(id);
}

ExportDialog *ComplaintsPage::exportList()
{
    if (!m_context.session.can(QStringLiteral("customer.export")))
        return nullptr;
    // The list's own fetch: its filter, and its sort (none chosen yet: newest first).
    ComplaintListView view;
    view.filter = currentFilter();
    view.sort = sortOf(m_model->sortColumn());
    view.descending = m_model->sortColumn() < 0 || m_model->sortOrder() == Qt::DescendingOrder;
    ListExport list;
    list.description = tr("The complaints list: %1, in the order shown").arg(m_filter->currentText());
    list.stem = tr("complaints-list");
    list.run = [view](ExportService &service, const Session &session, const QString &path, const ExportOptions &options) {
        return service.exportComplaintList(session, view, path, options);
    };
    auto *dialog = new ExportDialog(m_context, std::move(list), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ComplaintsPage::newComplaint()
{
    if (!m_context.session.can(QStringLiteral("complaint.write")))
        return;
    auto *dialog = new NewComplaintDialog(m_context, m_staff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const qint64 id = dialog->savedId();
        reload();
        openItem(id);
    });
    dialog->open();
}

} // namespace comptoir::ui
