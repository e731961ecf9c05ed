#pragma once

#include "domain/Appointment.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace comptoir::ui {

/** One column of the agenda: a day, of one staff member or of everyone (staffId 0). */
struct AgendaColumn {
    QString title;
    QDate date;
    qint64 staffId = 0;
};

/** One appointment as the agenda draws it. */
struct AgendaBlock {
    Appointment appointment;
    QString customerName; ///< empty: no customer
    QString staffName;
};

/**
 * The agenda grid: time rows from 9:00 to 19:00 by 30 minutes, one column per staff
 * member or per day, appointments drawn as blocks coloured by status (side by side
 * when they overlap in one column). Click or arrows select a block; Enter or a
 * double-click activates it; the context-menu key or a right click asks for its menu;
 * a double-click on an empty slot asks for a new appointment there.
 */
class AgendaView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    static constexpr int kFirstHour = 9;
    static constexpr int kLastHour = 19;
    static constexpr int kSlotMinutes = 30;

    explicit AgendaView(QWidget *parent = nullptr);

    void setColumns(const QList<AgendaColumn> &columns);
    void setBlocks(const QList<AgendaBlock> &blocks);
    /** Where "now" is drawn (a red line on today's column). */
    void setNow(const QDateTime &nowLocal);
    const QList<AgendaBlock> &blocks() const { return m_blocks; }
    const QList<AgendaColumn> &columns() const { return m_columns; }

    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    /** The block of appointment `id`, or nullptr. */
    const AgendaBlock *block(qint64 id) const;
    /** Where appointment `id` is drawn (empty if not shown). */
    QRect blockRect(qint64 id) const;
    /** The column index of a block (-1 if it is in no column). */
    int columnOf(qint64 id) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged(qint64 id);
    void blockActivated(qint64 id);
    void slotActivated(const QDate &date, const QTime &time, qint64 staffId);
    void contextMenuRequested(qint64 id, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Placed {
        int block;
        int column;
        int lane;
        int lanes;
    };
    void layoutBlocks();
    int rowHeight() const;
    int columnWidth() const;
    int yOf(const QTime &time) const;
    QRect rectOf(const Placed &p) const;
    qint64 idAt(const QPoint &pos) const;
    /** The ids in reading order: by column, then start time. */
    QList<qint64> order() const;
    void paintBlock(QPainter &painter, const Placed &p) const;

    QList<AgendaColumn> m_columns;
    QList<AgendaBlock> m_blocks;
    QList<Placed> m_placed;
    QDateTime m_now;
    qint64 m_selectedId = 0;
};

} // namespace comptoir::ui
