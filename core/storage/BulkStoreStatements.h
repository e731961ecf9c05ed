#pragma once

// Internal to BulkStoreWriter: its prepared statements and the batches of rows its
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
struct BulkInsert {
    BulkStatement one;
    BulkStatement many;
};

struct BulkStoreWriter::Statements {
    BulkStatement store, user, categoryInsert, categoryFind, supplierInsert, supplierFind, product, stockLevel, loyalty,
        appointment, complaint, complaintEvent;
    BulkInsert customer, sale, saleLine, payment, stockMove, consent, interaction;
};

/**
 * Rows waiting for the writer thread, each with the id given to it in advance. A batch
 * is written table by table in this order, which follows the foreign keys (a sale before
 * its stock moves, a complaint before its events...).
 */
struct BulkStoreWriter::Batch {
    std::vector<std::pair<qint64, bulk::ProductRow>> products;
    std::vector<std::pair<qint64, bulk::CustomerRow>> customers;
    std::vector<Sale> sales;
    std::vector<std::pair<qint64, bulk::StockMoveRow>> stockMoves;
    std::vector<bulk::StockLevelRow> stockLevels;
    std::vector<std::pair<qint64, qint64>> loyaltyPoints; ///< customer id, points
    std::vector<std::pair<qint64, bulk::ConsentRow>> consents;
    std::vector<std::pair<qint64, bulk::InteractionRow>> interactions;
    std::vector<std::pair<qint64, bulk::AppointmentRow>> appointments;
    std::vector<std::pair<qint64, bulk::ComplaintRow>> complaints;
    std::vector<std::pair<qint64, bulk::ComplaintEventRow>> complaintEvents;
    qint64 rows = 0;
};

/** The next id of each table written by the writer thread (max(id) + 1 at begin()). */
struct BulkStoreWriter::NextIds {
    qint64 product = 1, customer = 1, sale = 1, saleLine = 1, payment = 1, stockMove = 1, consent = 1, interaction = 1,
           appointment = 1, complaint = 1, complaintEvent = 1;
};

} // namespace comptoir
