#pragma once

#include "common/AppContext.h"
#include "domain/Result.h"
#include "services/ExportService.h"

#include <QDialog>
#include <QElapsedTimer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace comptoir::ui {

class WorkerJob;

/**
 * A list to export as it is shown: what the dialog says the file holds, the stem of the
 * file name, and the export itself (run on the worker thread, with its own connection).
 */
struct ListExport {
    QString description;
    QString stem;
    std::function<Result<qint64>(ExportService &service, const Session &session, const QString &path,
                                 const ExportOptions &options)>
        run;
};

/**
 * File > Export… (an entity the session may export) or "Export this list" (the
 * customers list with its search, the complaints or the stock products with their
 * filter): format CSV or XLSX, separator and encoding, the
 * file; the export runs on a worker thread with its own connection, with progress and
 * Cancel (no file written). The core checks the permission and audits the row count.
 */
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const AppContext &context, QWidget *parent = nullptr);
    /** Exports the customers list as shown with `filter` instead of a whole entity. */
    ExportDialog(const AppContext &context, const CustomerListFilter &filter, QWidget *parent = nullptr);
    /** Exports another list as shown (ComplaintsPage, StockPage). */
    ExportDialog(const AppContext &context, ListExport list, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** The entities this session may export (customer data needs "customer.export"). */
    static QStringList allowedEntities(const Session &session);

    void setPath(const QString &path);
    /** Starts the export (the Export button). */
    void start();
    WorkerJob *job() const { return m_job; }
    /** The outcome of the last export (nullopt while running or before). */
    const std::optional<Result<qint64>> &result() const { return m_result; }

    void reject() override;

private:
    void build();
    void browse();
    void updateFormat();
    void onFinished();
    ExportOptions options() const;

    AppContext m_context;
    std::optional<ListExport> m_list;
    WorkerJob *m_job;
    QComboBox *m_entity = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_clock;
    std::optional<Result<qint64>> m_result;
};

} // namespace comptoir::ui
