#include "report/ReportWriter.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace comptoir::ui {

namespace {

constexpr int kDpi = 300;
constexpr qreal kFooterMm = 8.0;
constexpr qreal kGapMm = 4.0;
/** The on-screen width a full-width chart is laid out at before being scaled onto paper. */
constexpr qreal kChartLayoutWidth = 1000.0;

} // namespace

ReportWriter::ReportWriter(QIODevice *device, const QString &title, const QString &footer)
    : m_writer(std::make_unique<QPdfWriter>(device)), m_footer(footer)
{
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Comptoir"));
    m_writer->setResolution(kDpi);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                        QPageLayout::Millimeter));
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get()))
        return;
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_page = QRectF(0, 0, m_writer->width(), m_writer->height() - mm(kFooterMm));
    m_body = QFont(QStringLiteral("DejaVu Sans"));
    m_body.setPointSizeF(9.0);
    m_painter->setFont(m_body);
}

ReportWriter::~ReportWriter()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

bool ReportWriter::isOpen() const
{
    return m_painter && m_painter->isActive();
}

qreal ReportWriter::mm(qreal millimetres) const
{
    return millimetres * kDpi / 25.4;
}

qreal ReportWriter::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_writer.get()).height();
}

void ReportWriter::ensureSpace(qreal height)
{
    endRow();
    if (m_y > 0 && m_y + height > m_page.bottom())
        newPage();
}

void ReportWriter::endRow()
{
    if (m_leftHalfUsed) {
        m_y = m_rowBottom + mm(kGapMm);
        m_leftHalfUsed = false;
    }
}

void ReportWriter::newPage()
{
    m_leftHalfUsed = false;
    drawFooter();
    m_writer->newPage();
    ++m_pages;
    m_y = 0;
}

void ReportWriter::drawFooter()
{
    QFont small = m_body;
    small.setPointSizeF(7.5);
    m_painter->save();
    m_painter->setFont(small);
    m_painter->setPen(QColor(0x61, 0x61, 0x61));
    const QRectF area(0, m_page.bottom() + mm(2), m_page.width(), mm(kFooterMm - 2));
    m_painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_pages));
    m_painter->restore();
}

void ReportWriter::title(const QString &text)
{
    QFont font = m_body;
    font.setPointSizeF(18.0);
    font.setBold(true);
    const qreal height = lineHeight(font) * 1.2;
    ensureSpace(height);
    m_painter->save();
    m_painter->setFont(font);
    m_painter->drawText(QRectF(0, m_y, m_page.width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter->restore();
    m_y += height + mm(1);
}

void ReportWriter::heading(const QString &text)
{
    QFont font = m_body;
    font.setPointSizeF(12.0);
    font.setBold(true);
    const qreal height = lineHeight(font) * 1.3;
    ensureSpace(height + mm(25)); // never a heading alone at the bottom of a page
    m_y += mm(2);
    m_painter->save();
    m_painter->setFont(font);
    m_painter->setPen(QColor(0x1f, 0x4e, 0x79));
    m_painter->drawText(QRectF(0, m_y, m_page.width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter->restore();
    m_y += height;
}

void ReportWriter::paragraph(const QString &text, bool muted)
{
    const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, m_page.width(), 1e6), Qt::TextWordWrap, text);
    ensureSpace(bounds.height());
    m_painter->save();
    if (muted)
        m_painter->setPen(QColor(0x61, 0x61, 0x61));
    m_painter->drawText(QRectF(0, m_y, m_page.width(), bounds.height()), Qt::TextWordWrap, text);
    m_painter->restore();
    m_y += bounds.height() + mm(1.5);
}

void ReportWriter::table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned,
                         const QList<qreal> &columnWeights)
{
    const int columns = int(header.size());
    if (columns == 0)
        return;
    QList<qreal> weights = columnWeights;
    if (weights.size() != columns)
        weights = QList<qreal>(columns, 1.0);
    qreal total = 0;
    for (qreal w : weights)
        total += w;
    QList<qreal> widths;
    for (qreal w : weights)
        widths << m_page.width() * w / total;

    const qreal rowHeight = lineHeight(m_body) * 1.45;
    const qreal pad = mm(1.2);
    QFont bold = m_body;
    bold.setBold(true);
    const QFontMetricsF metrics(m_body, m_writer.get());
    const QFontMetricsF boldMetrics(bold, m_writer.get());

    // A header too wide for its column wraps on two lines (never clipped); cells are elided.
    qreal headerHeight = rowHeight;
    for (int c = 0; c < columns; ++c) {
        if (boldMetrics.horizontalAdvance(header.at(c)) > widths.at(c) - 2 * pad)
            headerHeight = rowHeight + lineHeight(bold);
    }
    auto drawRow = [&](const QStringList &cells, bool isHeader, bool shaded) {
        const qreal height = isHeader ? headerHeight : rowHeight;
        m_painter->save();
        if (isHeader)
            m_painter->fillRect(QRectF(0, m_y, m_page.width(), height), QColor(0xdc, 0xe6, 0xf0));
        else if (shaded)
            m_painter->fillRect(QRectF(0, m_y, m_page.width(), height), QColor(0xf5, 0xf5, 0xf5));
        m_painter->setFont(isHeader ? bold : m_body);
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + pad, m_y, widths.at(c) - 2 * pad, height);
            const Qt::Alignment align = rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
            if (isHeader)
                m_painter->drawText(cell, int(align | Qt::AlignVCenter) | Qt::TextWordWrap, cells.value(c));
            else
                m_painter->drawText(cell, align | Qt::AlignVCenter, metrics.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
            x += widths.at(c);
        }
        m_painter->restore();
        m_y += height;
    };

    ensureSpace(rowHeight * std::min<qsizetype>(rows.size() + 1, 4));
    drawRow(header, true, false);
    for (int r = 0; r < rows.size(); ++r) {
        if (m_y + rowHeight > m_page.bottom()) {
            newPage();
            drawRow(header, true, false);
        }
        drawRow(rows.at(r), false, r % 2 == 1);
    }
    m_y += mm(2);
}

void ReportWriter::chart(QChart *chart, qreal heightMm, bool halfWidth)
{
    const qreal width = halfWidth ? (m_page.width() - mm(kGapMm)) / 2 : m_page.width();
    const qreal height = mm(heightMm);
    qreal x = 0;
    if (halfWidth && m_leftHalfUsed) {
        x = width + mm(kGapMm);
        m_leftHalfUsed = false;
    } else {
        ensureSpace(height);
        if (halfWidth) {
            m_leftHalfUsed = true;
            m_rowBottom = m_y + height;
        }
    }
    const QRectF target(x, m_y, width, height);

    // Laid out at a screen-like size (so fonts keep their proportions), then scaled onto
    // the page as vectors. The view is never shown on screen.
    const qreal layoutWidth = halfWidth ? kChartLayoutWidth / 2 : kChartLayoutWidth;
    const QSize layoutSize(int(layoutWidth), int(layoutWidth * height / width));
    QChartView view(chart);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(layoutSize);
    view.show();
    chart->resize(layoutSize);
    QApplication::processEvents();
    view.scene()->render(m_painter.get(), target, QRectF(QPointF(0, 0), QSizeF(layoutSize)));
    m_painter->save();
    m_painter->setPen(QColor(0xcc, 0xcc, 0xcc));
    m_painter->drawRect(target);
    m_painter->restore();

    if (!halfWidth)
        m_y += height + mm(kGapMm);
    else if (x > 0)
        m_y = m_rowBottom + mm(kGapMm);
}

int ReportWriter::finish()
{
    if (!isOpen())
        return 0;
    drawFooter();
    m_painter->end();
    return m_pages;
}

} // namespace comptoir::ui
