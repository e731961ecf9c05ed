#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace comptoir {

/** One customer's purchases over the RFM window (see KpiService for the rule). */
struct RfmInput {
    qint64 customerId = 0;
    QDate lastDay;           ///< last business day with a sale, up to the period end
    qint64 frequency = 0;    ///< number of sales
    qint64 monetaryCents = 0; ///< Σ sale totals, VAT included
};

/** A customer's scores (1..5) and segment key (RfmSegment). */
struct RfmScore {
    qint64 customerId = 0;
    int r = 0;
    int f = 0;
    int m = 0;
    QString segment;
    qint64 monetaryCents = 0;
};

/** Quintile scores (SQL NTILE(5) over the values sorted ascending, ties by customer id). */
QList<int> rfmQuintiles(const QList<qint64> &values, const QList<qint64> &ids);

/** The segment key of scores r, f, m (the rule documented on KpiService). */
QString rfmSegment(int r, int f, int m);

/**
 * Scores every input: recency is judged from `asOf` (more recent = higher score).
 * Returned in the order of `inputs`.
 */
QList<RfmScore> rfmScores(const QList<RfmInput> &inputs, const QDate &asOf);

} // namespace comptoir
