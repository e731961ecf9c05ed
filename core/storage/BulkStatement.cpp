#include "storage/BulkStatement.h"

#include "storage/Database.h"
#include "domain/Clock.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct BulkStatementText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::BulkStatement)
};

/** Year, month, day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days). */
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
}

char *putDigits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

/** Writes "YYYY-MM-DD" at out (years 0..9999), returns the end. */
char *putDate(char *out, qint64 daysSinceEpoch)
{
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(daysSinceEpoch, y, m, d);
    out = putDigits(out, y, 4);
    *out++ = '-';
    out = putDigits(out, m, 2);
    *out++ = '-';
    return putDigits(out, d, 2);
}

} // namespace

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Status BulkStatement::prepare(sqlite3 *db, const char *sql, const QString &what)
{
    m_db = db;
    m_what = what;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!db)
        return Error::database(BulkStatementText::tr("no SQLite handle for %1").arg(what));
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        return databaseError(BulkStatementText::tr("preparing %1").arg(what), QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkStatement::bindIdOrNull(int index, qint64 id)
{
    if (id == 0)
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_int64(m_statement, index, id);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void BulkStatement::bindText(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindText(index, text);
}

void BulkStatement::bindStaticText(int index, const char *utf8)
{
    if (!utf8)
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8, -1, SQLITE_STATIC);
}

void BulkStatement::bindTime(int index, qint64 secondsUtc)
{
    char buffer[24];
    const int size = writeIsoUtc(buffer, secondsUtc);
    sqlite3_bind_text(m_statement, index, buffer, size, SQLITE_TRANSIENT);
}

void BulkStatement::bindDate(int index, qint64 julianDay)
{
    char buffer[12];
    const char *end = putDate(buffer, julianDay - kUnixEpochJulianDay);
    sqlite3_bind_text(m_statement, index, buffer, int(end - buffer), SQLITE_TRANSIENT);
}

void BulkStatement::bindTimeOrNull(int index, qint64 secondsUtc)
{
    if (secondsUtc == 0)
        sqlite3_bind_null(m_statement, index);
    else
        bindTime(index, secondsUtc);
}

Status BulkStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return databaseError(BulkStatementText::tr("writing %1").arg(m_what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Result<qint64> BulkStatement::stepForInteger()
{
    const int rc = sqlite3_step(m_statement);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(m_statement, 0) : 0;
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return databaseError(BulkStatementText::tr("reading %1").arg(m_what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return value;
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QByteArray BulkStatement::isoUtc(qint64 secondsUtc)
{
    char buffer[24];
    return QByteArray(buffer, writeIsoUtc(buffer, secondsUtc));
}

int BulkStatement::writeIsoUtc(char *buffer, qint64 secondsUtc)
{
    qint64 days = secondsUtc / 86400;
    qint64 rest = secondsUtc % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    char *out = putDate(buffer, days);
    *out++ = 'T';
    out = putDigits(out, rest / 3600, 2);
    *out++ = ':';
    out = putDigits(out, rest / 60 % 60, 2);
    *out++ = ':';
    out = putDigits(out, rest % 60, 2);
    *out++ = 'Z';
    return int(out - buffer);
}

QByteArray BulkStatement::isoDate(qint64 julianDay)
{
    char buffer[12];
    const char *end = putDate(buffer, julianDay - kUnixEpochJulianDay);
    return QByteArray(buffer, int(end - buffer));
}

} // namespace comptoir
