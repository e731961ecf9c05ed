#pragma once

#include "common/AppContext.h"
#include "domain/Product.h"

#include <QDialog>
#include <QList>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace comptoir::ui {

/**
 * The counter's product search (F2, or letters typed in the code field then Enter): a
 * small list of the products whose name, SKU or EAN starts with the text; arrows and
 * Enter (or a double click) hand the product to the counter, which adds one unit.
 */
class ProductSearchPopup final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSearchPopup)

public:
    ProductSearchPopup(const AppContext &context, const QString &text, QWidget *parent = nullptr);

    /** Runs the search for the text now (typing runs it after a short pause). */
    void searchNow();
    QListWidget *results() const { return m_results; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void productChosen(const comptoir::Product &product);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);

    const AppContext &m_context;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_message;
    QList<Product> m_found;
    QTimer m_timer;
};

} // namespace comptoir::ui
