#pragma once

#include <QFrame>

class QLabel;

namespace comptoir::ui {

/** A figure with its caption, as on the home page and the dashboard. */
class StatTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value);
    void setDetail(const QString &detail);

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_detail;
};

} // namespace comptoir::ui
