#include "widgets/ElidedLabel.h"

#include <QPainter>

namespace comptoir::ui {

ElidedLabel::ElidedLabel(QWidget *parent) : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    m_text = text;
    // Escaped: the text may come from people (names, subjects) and must never be markup.
    setToolTip(text.isEmpty() ? QString() : text.toHtmlEscaped());
    updateGeometry();
    update();
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 4, fontMetrics().height() + 4};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {40, fontMetrics().height() + 4};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(2, 0, -2, 0);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, area.width()));
}

} // namespace comptoir::ui
