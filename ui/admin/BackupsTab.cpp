#include "admin/BackupsTab.h"

#include "services/BackupService.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
enum Column { File, Date, Size, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

BackupsTab::BackupsTab(const AppContext &context, const QString &folder, QWidget *parent)
    : QWidget(parent), m_context(context), m_folder(folder), m_table(new QTableWidget(0, ColumnCount, this)),
      m_status(new QLabel(this))
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
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

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
        auto *name = cell(f.fileName());
        name->setData(Qt::UserRole, f.absoluteFilePath());
        m_table->setItem(row, File, name);
        m_table->setItem(row, Date, cell(locale.toString(f.lastModified(), QLocale::ShortFormat)));
        m_table->setItem(row, Size, cell(locale.formattedDataSize(f.size())));
    }
    m_table->resizeColumnsToContents();
    if (files.isEmpty())
        showStatus(tr("No backup in this folder yet."), false);
}

void BackupsTab::backupNow()
{
    QDir().mkpath(m_folder);
    const QString stamp = m_context.clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = QDir(m_folder).filePath(QStringLiteral("comptoir-manual-%1.db").arg(stamp));
    BackupService backups(*m_context.db, *m_context.clock);
    const auto done = backups.backup(m_context.session, path);
    if (!done) {
        showStatus(done.error().toString(), true);
        return;
    }
    reload();
    showStatus(tr("Backup written and checked: %1 (%2).")
                   .arg(QDir::toNativeSeparators(done->path), QLocale().formattedDataSize(done->bytes)),
               false);
}

void BackupsTab::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, File)) {
        showStatus(tr("Choose the backup to restore in the list."), true);
        return;
    }
    const QString path = m_table->item(row, File)->data(Qt::UserRole).toString();
    QMessageBox ask(QMessageBox::Warning, tr("Restore a backup"),
                    tr("Replace the store's database by the backup %1?\n\nComptoir closes, takes a last backup of "
                       "the current database, keeps the replaced file aside, restores, and asks everyone to sign in "
                       "again. Sales recorded after this backup are no longer in the restored database.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton *go = ask.addButton(tr("Close and restore"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == go)
        Q_EMIT restoreRequested(path);
}

void BackupsTab::showStatus(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(message);
}

} // namespace comptoir::ui
