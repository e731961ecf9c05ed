#include "dashboard/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir::ui {

ChartPanel::ChartPanel(const QString &title, QChart *chart, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_view(new QChartView(chart, this))
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(title);

    auto *save = new QToolButton(this);
    save->setObjectName(QStringLiteral("savePng"));
    save->setText(tr("PNG…"));
    save->setToolTip(tr("Save this chart as a PNG image"));
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, this, &ChartPanel::exportPngInteractively);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Save as PNG…"), this, &ChartPanel::exportPngInteractively);
        menu.exec(m_view->mapToGlobal(at));
    });

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

bool ChartPanel::exportPng(const QString &path) const
{
    const QPixmap image = m_view->grab();
    return !image.isNull() && image.save(path, "PNG");
}

void ChartPanel::exportPngInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), folder + QLatin1Char('/') + title()
                                                    + QStringLiteral(".png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Save the chart"), tr("The image could not be written to %1.").arg(path));
}

} // namespace comptoir::ui
