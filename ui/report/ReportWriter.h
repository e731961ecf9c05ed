#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;
class QIODevice;
class QPainter;
class QPdfWriter;

namespace comptoir::ui {

/**
 * Lays out a printed report on A4 pages of a QPdfWriter: headings, paragraphs, tables
 * and charts (rendered off-screen, with no window), flowing onto new pages as needed,
 * with a footer on every page. Needs a QGuiApplication (offscreen is enough); knows
 * nothing of the store: DashboardReport says what goes in.
 */
class ReportWriter final {
public:
    /** Writes to `device` (e.g. an AtomicFileWriter's), with `title` in the PDF's metadata. */
    ReportWriter(QIODevice *device, const QString &title, const QString &footer);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    /** False when the painter could not start on the device. */
    bool isOpen() const;

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text, bool muted = false);
    /**
     * A table with a header row; `rightAligned` columns hold figures. `columnWeights`
     * share the width (equal when empty). Rows that do not fit go on the next page,
     * under a repeated header.
     */
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {},
               const QList<qreal> &columnWeights = {});
    /** Renders `chart` (takes it; never shown) `heightMm` tall across the page width, or half of it. */
    void chart(QChart *chart, qreal heightMm, bool halfWidth = false);
    /** Moves below the half-width charts placed side by side. */
    void endRow();
    void newPage();
    /** Ends the document; returns the number of pages. */
    int finish();

private:
    qreal mm(qreal millimetres) const;
    void ensureSpace(qreal height);
    void drawFooter();
    qreal lineHeight(const QFont &font) const;

    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QString m_footer;
    QRectF m_page; ///< printable area in device pixels
    qreal m_y = 0; ///< next free line
    qreal m_rowBottom = 0; ///< bottom of the half-width charts of the current row
    bool m_leftHalfUsed = false;
    int m_pages = 1;
    QFont m_body;
};

} // namespace comptoir::ui
