#pragma once

// Internal to DemoStoreWriter: its prepared statements and the batches of rows its
// writer thread stores, shared by its two source files.

#include "domain/Sale.h"
#include "storage/BulkStatement.h"
#include "storage/BulkStoreWriter.h"

#include <utility>
#include <vector>

namespace comptoir {

/** Rows per multi-row INSERT of the big tables: the statement's CHECK constraints with
 * IN (...) lists cost about as much per execution as inserting a row, so many rows per
 * execution halve the cost of a stock move or a payment. */
constexpr int kRowsPerInsert = 32;

/** A single-row INSERT and a kRowsPerInsert-row one for the same table. */
struct DemoInsert {
    BulkStatement one;
    BulkStatement many;
};

struct DemoStoreWriter::Statements {
    BulkStatement store, user, categoryInsert, categoryFind, supplierInsert, supplierFind, product, stockLevel, loyalty,
        appointment, complaint, complaintEvent;
    DemoInsert customer, sale, saleLine, payment, stockMove, consent, interaction;
};

/**
 * Rows waiting for the writer thread, each with the id given to it in advance. A batch
 * is written table by table in this order, which follows the foreign keys (a sale before
 * its stock moves, a complaint before its events...).
 */
struct DemoStoreWriter::Batch {
    std::vector<std::pair<qint64, demo::ProductRow>> products;
    std::vector<std::pair<qint64, demo::CustomerRow>> customers;
    std::vector<Sale> sales;
    std::vector<std::pair<qint64, demo::StockMoveRow>> stockMoves;
    std::vector<demo::StockLevelRow> stockLevels;
    std::vector<std::pair<qint64, qint64>> loyaltyPoints; ///< customer id, points
    std::vector<std::pair<qint64, demo::ConsentRow>> consents;
    std::vector<std::pair<qint64, demo::InteractionRow>> interactions;
    std::vector<std::pair<qint64, demo::AppointmentRow>> appointments;
    std::vector<std::pair<qint64, demo::ComplaintRow>> complaints;
    std::vector<std::pair<qint64, demo::ComplaintEventRow>> complaintEvents;
    qint64 rows = 0;
};

/** The next id of each table written by the writer thread (max(id) + 1 at begin()). */
struct DemoStoreWriter::NextIds {
    qint64 product = 1, customer = 1, sale = 1, saleLine = 1, payment = 1, stockMove = 1, consent = 1, interaction = 1,
           appointment = 1, complaint = 1, complaintEvent = 1;
};

} // namespace comptoir
