#pragma once

#include "common/AppContext.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace comptoir::ui {

/**
 * The Ctrl+K popup: type part of a name, e-mail, phone or city, see the best matches as
 * you type (debounced), Enter opens the one selected. Up and Down move in the list
 * without leaving the search box; Esc closes.
 */
class GlobalSearch final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearch)

public:
    static constexpr int kDebounceMs = 120;
    static constexpr int kLimit = 12;
    static constexpr int kMinLength = 2;

    explicit GlobalSearch(const AppContext &context, QWidget *parent = nullptr);

    /** Clears the box and shows the popup with the focus in it. */
    void start();
    /** Runs the pending search now (tests). */
    void searchNow();
    int resultCount() const;

Q_SIGNALS:
    void customerChosen(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose();

    const AppContext &m_context;
    QLineEdit *m_input;
    QListWidget *m_results;
    QLabel *m_hint;
    QTimer m_debounce;
};

} // namespace comptoir::ui
