#include "appointments/AgendaView.h"

#include "appointments/AppointmentLook.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace comptoir::ui {

namespace {

constexpr int kHeader = 36;
constexpr int kGutter = 56;
constexpr int kRows = (AgendaView::kLastHour - AgendaView::kFirstHour) * 60 / AgendaView::kSlotMinutes;
constexpr int kMinRow = 26;

QString hhmm(const QTime &t)
{
    return QLocale().toString(t, QStringLiteral("HH:mm"));
}

} // namespace

AgendaView::AgendaView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agenda"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Agenda"));
}

void AgendaView::setColumns(const QList<AgendaColumn> &columns)
{
    m_columns = columns;
    layoutBlocks();
    updateGeometry();
    update();
}

void AgendaView::setBlocks(const QList<AgendaBlock> &blocks)
{
    m_blocks = blocks;
    layoutBlocks();
    if (m_selectedId && !block(m_selectedId)) {
        m_selectedId = 0;
        Q_EMIT selectionChanged(0);
    }
    update();
}

void AgendaView::setNow(const QDateTime &nowLocal)
{
    m_now = nowLocal;
    update();
}

void AgendaView::setSelectedId(qint64 id)
{
    if (id != 0 && !block(id))
        id = 0;
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    update();
    Q_EMIT selectionChanged(id);
}

const AgendaBlock *AgendaView::block(qint64 id) const
{
    for (const AgendaBlock &b : m_blocks)
        if (b.appointment.id == id)
            return &b;
    return nullptr;
}

QRect AgendaView::blockRect(qint64 id) const
{
    for (const Placed &p : m_placed)
        if (m_blocks.at(p.block).appointment.id == id)
            return rectOf(p);
    return {};
}

int AgendaView::columnOf(qint64 id) const
{
    for (const Placed &p : m_placed)
        if (m_blocks.at(p.block).appointment.id == id)
            return p.column;
    return -1;
}

QSize AgendaView::minimumSizeHint() const
{
    return {kGutter + int(std::max<qsizetype>(1, m_columns.size())) * 90, kHeader + kRows * kMinRow + 1};
}

QSize AgendaView::sizeHint() const
{
    return {kGutter + int(std::max<qsizetype>(1, m_columns.size())) * 160, kHeader + kRows * 30 + 1};
}

void AgendaView::layoutBlocks()
{
    m_placed.clear();
    for (int c = 0; c < m_columns.size(); ++c) {
        const AgendaColumn &column = m_columns.at(c);
        QList<int> members;
        for (int i = 0; i < m_blocks.size(); ++i) {
            const Appointment &a = m_blocks.at(i).appointment;
            if (a.start.toLocalTime().date() == column.date && (column.staffId == 0 || column.staffId == a.staffId))
                members.append(i);
        }
        std::sort(members.begin(), members.end(), [this](int x, int y) {
            const Appointment &a = m_blocks.at(x).appointment;
            const Appointment &b = m_blocks.at(y).appointment;
            return a.start != b.start ? a.start < b.start : a.id < b.id;
        });
        // Overlapping appointments share the column in lanes; a cluster ends where nothing overlaps.
        QList<QDateTime> laneEnds;
        qsizetype clusterStart = m_placed.size();
        QDateTime clusterEnd;
        auto closeCluster = [&]() {
            for (qsizetype k = clusterStart; k < m_placed.size(); ++k)
                m_placed[k].lanes = int(laneEnds.size());
            laneEnds.clear();
            clusterStart = m_placed.size();
        };
        for (int i : members) {
            const Appointment &a = m_blocks.at(i).appointment;
            if (!laneEnds.isEmpty() && a.start >= clusterEnd)
                closeCluster();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > a.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(a.end);
            else
                laneEnds[lane] = a.end;
            clusterEnd = m_placed.size() == clusterStart ? a.end : std::max(clusterEnd, a.end);
            m_placed.append({i, c, lane, 1});
        }
        closeCluster();
    }
}

int AgendaView::rowHeight() const
{
    return std::max(kMinRow, (height() - kHeader - 1) / kRows);
}

int AgendaView::columnWidth() const
{
    return m_columns.isEmpty() ? width() - kGutter : (width() - kGutter) / int(m_columns.size());
}

int AgendaView::yOf(const QTime &time) const
{
    const int minutes = (time.hour() - kFirstHour) * 60 + time.minute();
    const int clamped = std::clamp(minutes, 0, kRows * kSlotMinutes);
    return kHeader + clamped * rowHeight() / kSlotMinutes;
}

QRect AgendaView::rectOf(const Placed &p) const
{
    const Appointment &a = m_blocks.at(p.block).appointment;
    const QDateTime start = a.start.toLocalTime();
    const QDateTime end = a.end.toLocalTime();
    int top = yOf(start.time());
    int bottom = end.date() > start.date() ? yOf(QTime(23, 59)) : yOf(end.time());
    if (bottom - top < 14) { // outside the visible hours or very short: still visible
        bottom = std::max(bottom, top + 14);
        top = std::min(top, kHeader + kRows * rowHeight() - 14);
        bottom = std::max(bottom, top + 14);
    }
    const int colWidth = columnWidth();
    const int laneWidth = (colWidth - 6) / std::max(1, p.lanes);
    const int left = kGutter + p.column * colWidth + 3 + p.lane * laneWidth;
    return QRect(left, top + 1, laneWidth - 2, bottom - top - 2);
}

qint64 AgendaView::idAt(const QPoint &pos) const
{
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it)
        if (rectOf(*it).contains(pos))
            return m_blocks.at(it->block).appointment.id;
    return 0;
}

QList<qint64> AgendaView::order() const
{
    QList<Placed> sorted = m_placed;
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Placed &x, const Placed &y) {
        if (x.column != y.column)
            return x.column < y.column;
        return m_blocks.at(x.block).appointment.start < m_blocks.at(y.block).appointment.start;
    });
    QList<qint64> ids;
    for (const Placed &p : sorted)
        ids.append(m_blocks.at(p.block).appointment.id);
    return ids;
}

void AgendaView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const int rowH = rowHeight();
    const int colW = columnWidth();
    const int gridBottom = kHeader + kRows * rowH;
    const QDate today = m_now.isValid() ? m_now.date() : QDate();

    // Rows and the time gutter.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int r = 0; r <= kRows; ++r) {
        const int y = kHeader + r * rowH;
        const bool hour = r % 2 == 0;
        painter.setPen(QPen(hour ? QColor(0xcf, 0xcf, 0xcf) : QColor(0xe9, 0xe9, 0xe9), 1,
                            hour ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(kGutter, y, width(), y);
        if (r < kRows) {
            painter.setFont(small);
            painter.setPen(hour ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            const QTime t(kFirstHour + r / 2, (r % 2) * kSlotMinutes);
            painter.drawText(QRect(0, y + 2, kGutter - 8, rowH - 4), Qt::AlignRight | Qt::AlignTop, hhmm(t));
        }
    }

    // Column headers and separators.
    QFont bold = font();
    bold.setBold(true);
    // Today's column stands out in the week; in a day view every column is the same day.
    const bool severalDays = !m_columns.isEmpty()
        && std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [this](const AgendaColumn &c) { return c.date != m_columns.constFirst().date; });
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = kGutter + c * colW;
        const AgendaColumn &column = m_columns.at(c);
        const bool isToday = column.date == today && severalDays;
        if (isToday)
            painter.fillRect(QRect(x, 0, colW, kHeader), QColor(0xea, 0xf1, 0xfd));
        painter.setPen(QColor(0xcf, 0xcf, 0xcf));
        painter.drawLine(x, 0, x, gridBottom);
        painter.setFont(bold);
        painter.setPen(isToday ? QColor(0x1f, 0x4f, 0xa8) : pal.color(QPalette::Text));
        const QRect title(x + 4, 0, colW - 8, kHeader);
        painter.drawText(title, Qt::AlignCenter,
                         painter.fontMetrics().elidedText(column.title, Qt::ElideRight, title.width()));
    }
    painter.setPen(QColor(0xa0, 0xa0, 0xa0));
    painter.drawLine(0, kHeader, width(), kHeader);
    painter.drawLine(kGutter, 0, kGutter, gridBottom);

    for (const Placed &p : m_placed)
        paintBlock(painter, p);

    // Now.
    if (m_now.isValid() && m_now.time() >= QTime(kFirstHour, 0) && m_now.time() <= QTime(kLastHour, 0)) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (m_columns.at(c).date != today)
                continue;
            const int y = yOf(m_now.time());
            painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
            painter.drawLine(kGutter + c * colW, y, kGutter + (c + 1) * colW, y);
        }
    }
    if (m_columns.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No staff member to show"));
    }
}

void AgendaView::paintBlock(QPainter &painter, const Placed &p) const
{
    const AgendaBlock &b = m_blocks.at(p.block);
    const Appointment &a = b.appointment;
    const AppointmentLook look = appointmentLook(a.status);
    const QRect r = rectOf(p);
    const bool selected = a.id == m_selectedId;

    painter.setPen(Qt::NoPen);
    painter.setBrush(look.fill);
    painter.drawRoundedRect(r, 3, 3);
    painter.fillRect(QRect(r.left(), r.top(), 4, r.height()), look.border);
    if (selected) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2));
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
    }

    const QRect text = r.adjusted(8, 2, -4, -2);
    const QString times = hhmm(a.start.toLocalTime().time()) + QStringLiteral("–") + hhmm(a.end.toLocalTime().time());
    const QString who = b.customerName.isEmpty() ? a.subject : b.customerName;
    QStringList rest;
    if (!b.customerName.isEmpty())
        rest << a.subject;
    if (!b.staffName.isEmpty())
        rest << b.staffName;
    if (a.status != AppointmentStatus::Planned)
        rest << look.label;

    // Narrow blocks (week view, side-by-side lanes) get a slightly smaller font.
    QFont normal = font();
    if (r.width() < 160)
        normal.setPointSizeF(normal.pointSizeF() * 0.9);
    QFont bold = normal;
    bold.setBold(true);
    bold.setStrikeOut(a.status == AppointmentStatus::Cancelled);
    const QColor ink = a.status == AppointmentStatus::Cancelled ? QColor(0x75, 0x75, 0x75) : QColor(0x20, 0x20, 0x20);
    painter.setPen(ink);
    const int lineH = QFontMetrics(normal).height();
    const int lines = std::max(1, text.height() / lineH);

    // First line: the time and who, in bold; on a one-line block the rest follows it. A
    // narrow block drops the end time, then the time (the tooltip still has everything).
    painter.setFont(bold);
    QString head = times + QLatin1Char(' ') + who;
    if (painter.fontMetrics().horizontalAdvance(head) > text.width())
        head = hhmm(a.start.toLocalTime().time()) + QLatin1Char(' ') + who;
    if (painter.fontMetrics().horizontalAdvance(head) > text.width() && text.width() < 110)
        head = who;
    const QString headShown = painter.fontMetrics().elidedText(head, Qt::ElideRight, text.width());
    painter.drawText(QRect(text.left(), text.top(), text.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                     headShown);
    const int headWidth = painter.fontMetrics().horizontalAdvance(headShown);
    painter.setFont(normal);
    if (lines == 1) {
        if (headShown == head && !rest.isEmpty()) {
            const QRect after(text.left() + headWidth, text.top(), text.width() - headWidth, lineH);
            painter.drawText(after, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(QStringLiteral(" · ") + rest.join(QStringLiteral(" · ")),
                                                              Qt::ElideRight, after.width()));
        }
        return;
    }
    for (int i = 0; i < rest.size() && i + 1 < lines; ++i) {
        // The last visible line takes whatever remains.
        const QString line = i + 2 == lines ? rest.mid(i).join(QStringLiteral(" · ")) : rest.at(i);
        painter.drawText(QRect(text.left(), text.top() + (i + 1) * lineH, text.width(), lineH),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(line, Qt::ElideRight, text.width()));
        if (i + 2 == lines)
            break;
    }
}

void AgendaView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    setSelectedId(idAt(event->position().toPoint()));
    QWidget::mousePressEvent(event);
}

void AgendaView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const qint64 id = idAt(pos)) {
        setSelectedId(id);
        Q_EMIT blockActivated(id);
        return;
    }
    const int colW = columnWidth();
    if (pos.x() < kGutter || pos.y() < kHeader || colW <= 0)
        return;
    const int c = (pos.x() - kGutter) / colW;
    const int r = (pos.y() - kHeader) / rowHeight();
    if (c < 0 || c >= m_columns.size() || r < 0 || r >= kRows)
        return;
    Q_EMIT slotActivated(m_columns.at(c).date, QTime(kFirstHour, 0).addSecs(r * kSlotMinutes * 60),
                         m_columns.at(c).staffId);
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    const QList<qint64> ids = order();
    const qsizetype at = ids.indexOf(m_selectedId);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!ids.isEmpty())
            setSelectedId(ids.at(at < 0 ? 0 : std::min(at + 1, ids.size() - 1)));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!ids.isEmpty())
            setSelectedId(ids.at(at < 0 ? ids.size() - 1 : std::max<qsizetype>(at - 1, 0)));
        return;
    case Qt::Key_Home:
        if (!ids.isEmpty())
            setSelectedId(ids.constFirst());
        return;
    case Qt::Key_End:
        if (!ids.isEmpty())
            setSelectedId(ids.constLast());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId) {
            Q_EMIT blockActivated(m_selectedId);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void AgendaView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse)
        setSelectedId(idAt(event->pos()));
    if (!m_selectedId)
        return;
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                   : mapToGlobal(blockRect(m_selectedId).center());
    Q_EMIT contextMenuRequested(m_selectedId, at);
}

bool AgendaView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const AgendaBlock *b = block(idAt(help->pos()));
        if (!b) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Appointment &a = b->appointment;
        QStringList lines;
        lines << QLocale().toString(a.start.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" – ")
                     + hhmm(a.end.toLocalTime().time());
        if (!b->customerName.isEmpty())
            lines << b->customerName;
        lines << a.subject << b->staffName << appointmentLook(a.status).label;
        if (!a.notes.isEmpty())
            lines << a.notes;
        // Escaped so that text typed by people is shown as typed, never as markup.
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QLatin1Char('\n')).toHtmlEscaped()
                               + QStringLiteral("</p>"),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace comptoir::ui
