#pragma once

#include "common/AppContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace comptoir::ui {

/**
 * Chooses a customer: type part of a name, phone or e-mail, pick one of the matches
 * (arrows + Enter, or a click). Searches as you type through CustomerService::search.
 */
class CustomerPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPicker)

public:
    explicit CustomerPicker(const AppContext &context, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }
    /** Pre-selects a customer (0 clears the choice). */
    void setCustomer(qint64 id, const QString &name);
    QLineEdit *searchField() const { return m_search; }
    /** Runs the pending search at once (the timer does it after a short pause). */
    void searchNow();

Q_SIGNALS:
    void customerChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);

    const AppContext &m_context;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_chosen;
    QTimer m_timer;
    qint64 m_customerId = 0;
    QString m_customerName;
};

} // namespace comptoir::ui
