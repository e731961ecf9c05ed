#include "widgets/StatTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace comptoir::ui {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("StatTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    for (QLabel *label : {m_value, m_caption, m_detail})
        label->setTextFormat(Qt::PlainText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_detail->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void StatTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace comptoir::ui
