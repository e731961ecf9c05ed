#include "admin/JournalTab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

JournalTab::JournalTab(const QStringList &headers, Loader load, QWidget *parent)
    : QWidget(parent),
      m_load(std::move(load)),
      m_login(new QLineEdit(this)),
      m_table(new QTableWidget(0, int(headers.size()), this)),
      m_status(new QLabel(this))
{
    m_login->setObjectName(QStringLiteral("loginFilter"));
    m_login->setPlaceholderText(tr("Login (empty: everyone)"));
    m_login->setClearButtonEnabled(true);
    // The whole hint shows (it was cut after "Identifiant (vide : …" in French), with room for the clear button.
    m_login->setMinimumWidth(m_login->fontMetrics().horizontalAdvance(m_login->placeholderText()) + 48);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("status"));

    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &JournalTab::reload);
    connect(m_login, &QLineEdit::returnPressed, this, &JournalTab::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Login:"), this));
    top->addWidget(m_login);
    top->addWidget(refresh);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    reload();
}

void JournalTab::reload()
{
    const auto rows = m_load(m_login->text().trimmed());
    m_table->setRowCount(0);
    if (!rows) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(rows.error().toString());
        return;
    }
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const JournalRow &row = rows->at(r);
        for (int c = 0; c < row.cells.size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.at(c));
            if (c < row.toolTips.size() && !row.toolTips.at(c).isEmpty())
                item->setToolTip(row.toolTips.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%n entries (newest first)", nullptr, int(rows->size())));
}

} // namespace comptoir::ui
