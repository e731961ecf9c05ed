#pragma once

#include <QFrame>

namespace comptoir::ui {

/**
 * One line of plain text that shrinks with its space, eliding its end rather than being
 * clipped; the whole text is in the tooltip.
 */
class ElidedLabel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace comptoir::ui
