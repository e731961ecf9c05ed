#pragma once

#include "domain/ImportTypes.h"

#include <QAbstractTableModel>

namespace comptoir::ui {

/** Every problem of a dry run or an import: line, column, reason (a dry run may list thousands). */
class ProblemsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { Line, ColumnName, Reason, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setProblems(QList<ImportProblem> problems);
    const QList<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace comptoir::ui
