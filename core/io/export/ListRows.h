#pragma once

#include "io/Cell.h"

#include <QList>
#include <QStringList>

namespace comptoir {

struct ComplaintRow;
struct Product;

/**
 * The columns and cells of the lists exported as shown ("Export this list"): the
 * complaint desk's list and the stock page's products, one row per line of the list,
 * in the list's columns. Codes (a complaint's status) are written as stored.
 */
class ListRows {
public:
    static QStringList complaintColumns();
    static QList<Cell> complaintCells(const ComplaintRow &row);

    static QStringList stockColumns();
    static QList<Cell> stockCells(const Product &product);
};

} // namespace comptoir
