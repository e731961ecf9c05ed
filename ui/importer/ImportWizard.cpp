#include "importer/ImportWizard.h"

#include "common/WorkerJob.h"
#include "importer/ImportDryRunPage.h"
#include "importer/ImportFilePage.h"
#include "importer/ImportMappingPage.h"
#include "importer/ImportRunPage.h"

namespace comptoir::ui {

ImportWizard::ImportWizard(const AppContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import a file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(DryRunPage, new ImportDryRunPage(this));
    setPage(RunPage, new ImportRunPage(this));
    resize(900, 640);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.mapping = m_state.mapping;
    options.skipInvalid = m_state.skipInvalid;
    options.rejectsPath = m_state.skipInvalid ? m_state.rejectsPath : QString();
    options.onDuplicate = m_state.onDuplicate;
    return options;
}

void ImportWizard::reject()
{
    // Stop a dry run or an import first: the worker rolls back, nothing is written.
    const auto jobs = findChildren<WorkerJob *>();
    for (WorkerJob *job : jobs) {
        job->cancel();
        job->wait();
    }
    QWizard::reject();
}

} // namespace comptoir::ui
