#include "storage/Transaction.h"

#include "storage/Database.h"

namespace comptoir {

namespace {

QString savepointName(int level)
{
    return QStringLiteral("sp%1").arg(level);
}

} // namespace

Transaction::Transaction(Database &db) : m_db(db), m_level(db.m_transactionDepth)
{
    const Status s = m_level == 0 ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                  : m_db.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    if (!s) {
        m_error = s.error();
        return;
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    const Status s = m_level == 0 ? m_db.exec(QStringLiteral("COMMIT"))
                                  : m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace comptoir
