#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <functional>

namespace comptoir::ui {

/** The raw value of a cell, for sorting and tests (display text is for people). */
inline constexpr int RawValueRole = Qt::UserRole + 1;

/**
 * A table over rows that a core service returns page by page. Rows are fetched lazily
 * (canFetchMore/fetchMore), so a list of a million rows opens at once; sorting is
 * delegated to the fetch function (the database sorts), never done in memory.
 *
 * Subclasses (or users) describe the columns; a screen sets the fetch function, e.g.
 * `[svc, session](int offset, int limit, int column, Qt::SortOrder order) { ... }`.
 */
template <typename Row>
class PagedTableModel : public QAbstractTableModel {
public:
    struct Column {
        QString title;
        std::function<QVariant(const Row &)> display;
        std::function<QVariant(const Row &)> raw = nullptr; ///< defaults to display
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        bool sortable = false; ///< does the fetch function know how to sort by it?
    };
    using Fetch = std::function<Result<QList<Row>>(int offset, int limit, int sortColumn, Qt::SortOrder order)>;
    using Decorate = std::function<QVariant(const Row &, int column, int role)>;

    explicit PagedTableModel(QList<Column> columns, QObject *parent = nullptr, int pageSize = 200)
        : QAbstractTableModel(parent), m_columns(std::move(columns)), m_pageSize(pageSize)
    {
    }

    /** Replaces the source (a new search, a new filter) and loads its first page. */
    void setFetch(Fetch fetch)
    {
        m_fetch = std::move(fetch);
        reload();
    }
    /** Extra roles (background of an overdue row, tooltips...). */
    void setDecorate(Decorate decorate) { m_decorate = std::move(decorate); }

    void reload()
    {
        // Stay "exhausted" through the reset: a view attached to the model asks for more
        // rows during endResetModel(), which must not fetch before the first page below.
        beginResetModel();
        m_rows.clear();
        m_exhausted = true;
        m_error.clear();
        endResetModel();
        if (m_fetch) {
            m_exhausted = false;
            fetchMore(QModelIndex());
        }
    }

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row> &rows() const { return m_rows; }
    /** The last fetch error (empty when fine); screens show it in their banner. */
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
            return {};
        const Row &row = m_rows.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case RawValueRole:
            return column.raw ? column.raw(row) : column.display(row);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        default:
            return m_decorate ? m_decorate(row, index.column(), role) : QVariant();
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_exhausted && !m_fetching;
    }

    /**
     * Appends the next page. Re-entrant calls do nothing: a view (or Qt's model tester)
     * asks for more from inside rowsAboutToBeInserted, and a fetch function may call back;
     * either would otherwise fetch the page being inserted a second time.
     */
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_exhausted || !m_fetch || m_fetching)
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        auto page = m_fetch(int(m_rows.size()), m_pageSize, m_sortColumn, m_sortOrder);
        if (!page) {
            m_error = page.error().toString();
            m_exhausted = true;
            return;
        }
        const QList<Row> &rows = page.value();
        if (rows.size() < m_pageSize)
            m_exhausted = true;
        if (!rows.isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            endInsertRows();
        }
    }

    void sort(int column, Qt::SortOrder order) override
    {
        if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        reload();
    }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    Fetch m_fetch;
    Decorate m_decorate;
    QString m_error;
    int m_pageSize;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace comptoir::ui
