#pragma once

#include "common/AppContext.h"
#include "io/CsvDialect.h"
#include "services/ImportService.h"

#include <QWizard>

#include <optional>

namespace comptoir::ui {

/** What the pages of the import wizard decide, page after page. */
struct ImportState {
    QString path;
    ImportEntity entity = ImportEntity::Customers;
    CsvDialect dialect;
    ImportPreview preview;
    ImportMapping mapping;
    bool skipInvalid = false;
    QString rejectsPath;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    /** The last dry run of the whole file with the current mapping and options. */
    std::optional<ImportReport> dryRun;
};

/**
 * File > Import…: file → column mapping → preview and dry run → import. The dry run
 * and the import run on a worker thread with their own database connection
 * (WorkerJob), with progress and a Cancel that writes nothing.
 */
class ImportWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, MappingPage, DryRunPage, RunPage };

    explicit ImportWizard(const AppContext &context, QWidget *parent = nullptr);

    const AppContext &context() const { return m_context; }
    ImportState &state() { return m_state; }
    /** The options the dry run and the import use. */
    ImportOptions options() const;

    /** Cancels a running dry run or import (waiting for it to stop) before closing. */
    void reject() override;

Q_SIGNALS:
    /** Emitted after an import wrote something, so lists can reload. */
    void imported(const QString &entity);

private:
    AppContext m_context;
    ImportState m_state;
};

} // namespace comptoir::ui
