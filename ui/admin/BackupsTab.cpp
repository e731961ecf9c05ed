#include "admin/BackupsTab.h"

#include "services/BackupService.h"
#include "widgets/AskUser.h"
#include "widgets/ReadOnlyItem.h"
#include "widgets/StatusLine.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
enum BackupColumn { File, Date, Size, BackupColumnCount };
} // namespace

BackupsTab::BackupsTab(const AppContext &context, const QString &folder, QWidget *parent)
    : QWidget(parent), m_context(context), m_folder(folder), m_table(new QTableWidget(0, BackupColumnCount, this)),
      m_status(new StatusLine(this))
{
    setObjectName(QStringLiteral("BackupsTab"));
    auto *where = new QLabel(tr("Backup folder: %1").arg(QDir::toNativeSeparators(m_folder)), this);
    where->setTextFormat(Qt::PlainText);
    where->setObjectName(QStringLiteral("folder"));
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Date"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *now = new QPushButton(tr("Back up now"), this);
    now->setObjectName(QStringLiteral("backupNow"));
    connect(now, &QPushButton::clicked, this, &BackupsTab::backupNow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(now);
    if (m_context.session.can(QStringLiteral("backup.restore"))) {
        m_restore = new QPushButton(tr("Restore…"), this);
        m_restore->setObjectName(QStringLiteral("restore"));
        connect(m_restore, &QPushButton::clicked, this, &BackupsTab::restoreSelected);
    }
    if (m_restore)
        buttons->addWidget(m_restore);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    reload();
}

void BackupsTab::reload()
{
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Time);
    const QLocale locale;
    m_table->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const QFileInfo &f = files.at(row);
        auto *name = readOnlyItem(f.fileName());
        name->setData(Qt::UserRole, f.absoluteFilePath());
        m_table->setItem(row, File, name);
        m_table->setItem(row, Date, readOnlyItem(locale.toString(f.lastModified(), QLocale::ShortFormat)));
        m_table->setItem(row, Size, readOnlyItem(locale.formattedDataSize(f.size())));
    }
    m_table->resizeColumnsToContents();
    if (files.isEmpty())
        m_status->showMessage(tr("No backup in this folder yet."));
}

void BackupsTab::backupNow()
{
    // The backup makes a missing folder owner-only and names it in its error if unusable.
    const QString stamp = m_context.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = BackupService::unusedPath(m_folder, QStringLiteral("comptoir-manual-%1").arg(stamp));
    BackupService &backups = m_context.services->backups();
    const auto done = backups.backup(m_context.session, path);
    if (!done) {
        m_status->showError(done.error().toString());
        return;
    }
    reload();
    m_status->showMessage(tr("Backup written and checked: %1 (%2).")
                   .arg(QDir::toNativeSeparators(done->path), QLocale().formattedDataSize(done->bytes)));
}

void BackupsTab::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, File)) {
        m_status->showError(tr("Choose the backup to restore in the list."));
        return;
    }
    const QString path = m_table->item(row, File)->data(Qt::UserRole).toString();
    const bool go = AskUser::confirmAction(
        this, tr("Restore a backup"),
        tr("Replace the store's database by the backup %1?\n\nComptoir closes, takes a last backup of "
           "the current database, keeps the replaced file aside, restores, and asks everyone to sign in "
           "again. Sales recorded after this backup are no longer in the restored database.")
            .arg(QFileInfo(path).fileName()),
        tr("Close and restore"));
    if (go)
        Q_EMIT restoreRequested(path);
}

} // namespace comptoir::ui
