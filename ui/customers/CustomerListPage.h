#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"
#include "models/PagedTableModel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class ExportDialog;

/**
 * The customers list: search-as-you-type over the core's full-text search (debounced,
 * so typing never waits for the database), or, with an empty box, every customer by
 * name, fetched lazily. Enter or a double-click opens the customer.
 */
class CustomerListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListPage)

public:
    /** How many search results are shown at most (the best matches first). */
    static constexpr int kSearchLimit = 200;
    /**
     * Shorter text keeps the whole list: one letter matches a large part of the store
     * and costs the most to rank (measured by tests/bench/bench_customer_search).
     */
    static constexpr int kMinSearchLength = 2;
    /** The pause after a keystroke before the search runs. */
    static constexpr int kDebounceMs = 120;

    explicit CustomerListPage(const AppContext &context, QWidget *parent = nullptr);

    QString searchText() const;
    /** Runs the pending search now, if any (tests, and Enter in the search box). */
    void searchNow();
    /** Reloads the current list (after a change). */
    void reload();
    PagedTableModel<Customer> *model() const { return m_model; }
    /** "Export this list…" ("customer.export"): the rows shown, with the search applied. */
    ExportDialog *exportList();

Q_SIGNALS:
    void openRequested(qint64 customerId);
    void createRequested();
    void mergeRequested(qint64 firstId, qint64 secondId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Shows the rows of the text typed; unless `force`, only if that changes them. */
    void applySearch(bool force = false);
    void openCurrent();
    void updateButtons();
    void updateInfo();

    const AppContext &m_context;
    QLineEdit *m_search;
    QTimer m_debounce;
    QTableView *m_table;
    PagedTableModel<Customer> *m_model;
    QLabel *m_info;
    QPushButton *m_new;
    QPushButton *m_merge;
    QPushButton *m_export;
    QString m_appliedText;
    bool m_applied = false;
};

} // namespace comptoir::ui
