#include "services/LedgerVerifier.h"

#include "domain/ChainHash.h"
#include "domain/Closure.h"
#include "domain/CreditNote.h"
#include "domain/Sale.h"
#include "services/ClosureService.h"
#include "storage/ClosureRepository.h"
#include "storage/CreditNoteRepository.h"
#include "storage/SaleRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct LedgerVerifierText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::LedgerVerifier)
};

/** Where a per-store chain stands. */
struct ChainState {
    qint64 number = 0;
    QString hash = genesisHash();
};

/** The problem with one record of a numbered chain, or an empty string. */
QString linkProblem(ChainState &state, qint64 number, const QString &prevHash, const QString &storedHash,
                    const QString &computedHash)
{
    if (number != state.number + 1)
        return LedgerVerifierText::tr("number %1 follows %2 (gap or reordering)").arg(number).arg(state.number);
    if (prevHash != state.hash)
        return LedgerVerifierText::tr("its previous hash does not match the record before it");
    if (storedHash != computedHash)
        return LedgerVerifierText::tr("hash does not match its content");
    state.number = number;
    state.hash = storedHash;
    return QString();
}

} // namespace

Result<LedgerReport> LedgerVerifier::verify(const Session &session)
{
    if (!session.can(QStringLiteral("sale.read")) && !session.can(QStringLiteral("audit.view"))
        && !session.can(QStringLiteral("audit.view.system")))
        return Error::permissionDenied(QStringLiteral("sale.read"));
    LedgerReport report;
    report.sales = checkSales();
    report.creditNotes = checkCreditNotes();
    report.closures = checkClosures();
    return report;
}

LedgerChainCheck LedgerVerifier::checkSales()
{
    LedgerChainCheck check;
    QHash<qint64, ChainState> stores;
    Status s = SaleRepository(m_db).forEach([&](const Sale &sale) {
        ++check.checked;
        const QString who = LedgerVerifierText::tr("sale #%1 (id %2)").arg(sale.number).arg(sale.id);
        Sale recomputed = sale;
        for (SaleLine &l : recomputed.lines) {
            if (l.totalCents != lineTotalCents(l)) {
                check.problem = LedgerVerifierText::tr("%1: line %2 total does not match its quantity and price").arg(who).arg(l.lineNo);
                return false;
            }
        }
        applySaleTotals(recomputed);
        if (recomputed.totalCents != sale.totalCents || recomputed.vatCents != sale.vatCents
            || recomputed.totalExclCents != sale.totalExclCents || recomputed.itemCount != sale.itemCount) {
            check.problem = LedgerVerifierText::tr("%1: totals do not match its lines").arg(who);
            return false;
        }
        const QString problem = linkProblem(stores[sale.storeId], sale.number, sale.prevHash, sale.hash,
                                            saleHash(sale, sale.prevHash));
        if (!problem.isEmpty())
            check.problem = LedgerVerifierText::tr("%1: %2").arg(who, problem);
        return problem.isEmpty();
    });
    if (!s)
        check.problem = s.error().message;
    return check;
}

LedgerChainCheck LedgerVerifier::checkCreditNotes()
{
    LedgerChainCheck check;
    QHash<qint64, ChainState> stores;
    Status s = CreditNoteRepository(m_db).forEach([&](const CreditNote &note) {
        ++check.checked;
        const QString problem = linkProblem(stores[note.storeId], note.number, note.prevHash, note.hash,
                                            creditNoteHash(note, note.prevHash));
        if (!problem.isEmpty())
            check.problem = LedgerVerifierText::tr("credit note #%1 (id %2): %3").arg(note.number).arg(note.id).arg(problem);
        return problem.isEmpty();
    });
    if (!s)
        check.problem = s.error().message;
    return check;
}

LedgerChainCheck LedgerVerifier::checkClosures()
{
    LedgerChainCheck check;
    ClosureRepository repo(m_db);
    QHash<qint64, QString> lastHash;
    QHash<qint64, qint64> lastGrand;
    Status s = repo.forEach([&](const Closure &c) {
        ++check.checked;
        const QString who = LedgerVerifierText::tr("closure %1 %2 (id %3)").arg(c.kind, c.period).arg(c.id);
        const QString expectedPrev = lastHash.value(c.storeId, genesisHash());
        if (c.prevHash != expectedPrev) {
            check.problem = LedgerVerifierText::tr("%1: its previous hash does not match the closure before it").arg(who);
            return false;
        }
        if (closureHash(c, c.prevHash) != c.hash) {
            check.problem = LedgerVerifierText::tr("%1: hash does not match its content").arg(who);
            return false;
        }
        lastHash[c.storeId] = c.hash;
        Closure expected;
        if (c.kind == QLatin1String("day")) {
            auto figures = repo.dayFigures(c.storeId, QDate::fromString(c.period, Qt::ISODate));
            if (!figures) {
                check.problem = figures.error().message;
                return false;
            }
            expected = dayClosureFrom(*figures);
            expected.grandTotalCents = lastGrand.value(c.storeId) + expected.totalCents - expected.returnsCents;
            lastGrand[c.storeId] = c.grandTotalCents;
        } else {
            auto days = repo.daysIn(c.storeId, c.period);
            if (!days) {
                check.problem = days.error().message;
                return false;
            }
            expected = sumOfClosures(*days);
            if (days->isEmpty())
                expected.grandTotalCents = c.grandTotalCents; // no day in the period: nothing to compare
        }
        if (expected.salesCount != c.salesCount || expected.returnsCount != c.returnsCount
            || expected.totalCents != c.totalCents || expected.returnsCents != c.returnsCents
            || expected.details != c.details || expected.grandTotalCents != c.grandTotalCents) {
            check.problem = LedgerVerifierText::tr("%1: does not equal the sum of its %2").arg(who, c.kind == QLatin1String("day")
                                                                                     ? LedgerVerifierText::tr("sales and credit notes")
                                                                                     : LedgerVerifierText::tr("daily closures"));
            return false;
        }
        return true;
    });
    if (!s)
        check.problem = s.error().message;
    return check;
}

} // namespace comptoir
