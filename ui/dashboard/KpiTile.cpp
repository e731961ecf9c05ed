#include "dashboard/KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace comptoir::ui {

KpiTile::KpiTile(const QString &caption, bool higherIsBetter, QWidget *parent)
    : QFrame(parent),
      m_caption(new QLabel(caption, this)),
      m_value(new QLabel(this)),
      m_change(new QLabel(this)),
      m_yearBefore(new QLabel(this)),
      m_higherIsBetter(higherIsBetter)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QLabel *label : {m_caption, m_value, m_change, m_yearBefore}) {
        label->setTextFormat(Qt::PlainText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_caption->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_caption->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_change->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    m_yearBefore->setFont(small);
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_yearBefore->setObjectName(QStringLiteral("yearBefore"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_yearBefore);
    setAccessibleName(caption);
}

QString KpiTile::colourFor(Trend trend) const
{
    if (trend != Trend::Up && trend != Trend::Down)
        return QStringLiteral("#616161");
    const bool good = (trend == Trend::Up) == m_higherIsBetter;
    return good ? QStringLiteral("#1b7a2e") : QStringLiteral("#b00020");
}

void KpiTile::setFigures(const QString &value, qint64 current, qint64 previous, qint64 yearBefore,
                         const KpiFormat &format)
{
    m_value->setText(value);
    m_change->setText(tr("%1 vs prev. period").arg(format.change(current, previous)));
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colourFor(KpiFormat::trend(current, previous))));
    m_yearBefore->setText(tr("%1 vs year before").arg(format.change(current, yearBefore)));
    m_yearBefore->setStyleSheet(QStringLiteral("color: %1;").arg(colourFor(KpiFormat::trend(current, yearBefore))));
    m_change->setVisible(true);
    m_yearBefore->setVisible(true);
    setToolTip(m_caption->text() + QLatin1Char('\n') + m_value->text() + QLatin1Char('\n') + m_change->text()
               + QLatin1Char('\n') + m_yearBefore->text());
}

void KpiTile::setValueOnly(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_change->setText(detail);
    m_change->setStyleSheet(QStringLiteral("color: #616161;"));
    m_change->setVisible(true);
    m_yearBefore->setText(QString());
    m_yearBefore->setVisible(true); // keeps every tile of a row the same height
    setToolTip(m_caption->text() + QLatin1Char('\n') + value);
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::yearBeforeText() const
{
    return m_yearBefore->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace comptoir::ui
