#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace comptoir::ui {

/** One line of a journal: its cells as text, and optionally a tooltip per cell (same order). */
struct JournalRow {
    QStringList cells;
    QStringList toolTips;
};

/**
 * A read-only journal (the sign-in log, the audit trail): a login filter, newest entries
 * first, and the count shown. `load(login)` asks the core for the rows (already formatted
 * as text, with a tooltip where the text is a reading of a stored code); a refusal or an
 * error is shown instead of the rows.
 */
class JournalTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTab)

public:
    using Loader = std::function<Result<QList<JournalRow>>(const QString &login)>;

    JournalTab(const QStringList &headers, Loader load, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void reload();

private:
    Loader m_load;
    QLineEdit *m_login;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace comptoir::ui
