#pragma once

#include "shell/AppContext.h"

#include <QWidget>

class QLabel;

namespace comptoir::ui {

class StatTile;

/** "Accueil": the store, its headline counts, and (later) today's agenda and alerts. */
class HomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(const AppContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    const AppContext &m_context;
    QLabel *m_storeName;
    QLabel *m_storeAddress;
    QLabel *m_error;
    StatTile *m_customers;
    StatTile *m_products;
    StatTile *m_sales;
};

} // namespace comptoir::ui
