#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

/**
 * One prepared SQLite statement for bulk writes through the C API: prepared once, then
 * bound, stepped and reset for each row (QSqlQuery costs several times more per row).
 * Values are always bound, never formatted into the SQL. Index arguments are 1-based
 * like sqlite3_bind_*. Runs inside the caller's transaction.
 */
class BulkStatement final {
public:
    BulkStatement() = default;
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    /** Prepares `sql` on `db`; `what` names the statement in error messages ("sale", ...). */
    Status prepare(sqlite3 *db, const char *sql, const QString &what);

    void bind(int index, qint64 value);
    /** Binds NULL for 0 (ids that reference nothing). */
    void bindIdOrNull(int index, qint64 id);
    void bindNull(int index);
    void bindText(int index, const QString &text);
    /** Binds NULL for an empty text. */
    void bindTextOrNull(int index, const QString &text);
    /** A NUL-terminated UTF-8 string that outlives the statement (a string literal). */
    void bindStaticText(int index, const char *utf8);
    /** UTC seconds since the epoch as stored timestamps: "2026-11-24T09:30:00Z" (toIsoUtc()). */
    void bindTime(int index, qint64 secondsUtc);
    /** A Julian day number as a stored date: "2026-11-24". */
    void bindDate(int index, qint64 julianDay);
    /** A time, or NULL for 0. */
    void bindTimeOrNull(int index, qint64 secondsUtc);

    /** Runs the statement with the bound values and resets it for the next row. */
    Status step();
    /** Runs a SELECT and returns the first column of its first row (0 when no row). */
    Result<qint64> stepForInteger();
    /** The rowid of the last row inserted on this connection. */
    qint64 lastInsertId() const;

    /** "2026-11-24T09:30:00Z" for UTC seconds since the epoch, without going through QDateTime. */
    static QByteArray isoUtc(qint64 secondsUtc);
    /** "2026-11-24" for a Julian day number's calendar date. */
    static QByteArray isoDate(qint64 julianDay);

private:
    /** Writes "2026-11-24T09:30:00Z" (20 characters) at `buffer`; returns the length. */
    static int writeIsoUtc(char *buffer, qint64 secondsUtc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
};

} // namespace comptoir
