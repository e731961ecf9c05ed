#include "services/KpiService.h"

#include "domain/Rfm.h"
#include "storage/Database.h"
#include "storage/KpiRepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace comptoir {

namespace {

Status checkPeriod(const Period &period)
{
    if (!period.isValid())
        return Error::validation(QStringLiteral("period"),
                                 QCoreApplication::translate("comptoir::KpiService", "invalid period"));
    return {};
}

/** ISO UTC instant of local midnight starting `day`. */
QString utcStart(const QDate &day)
{
    return toIsoUtc(QDateTime(day, QTime(0, 0), Qt::LocalTime));
}

/** The figures of one period (the KpiValue parts). */
struct Figures {
    KpiSalesTotals sales;
    qint64 newCustomers = 0;
    qint64 returningCustomers = 0;
    qint64 lostCustomers = 0;
    qint64 newProspects = 0;
    KpiAppointmentTotals appointments;
    KpiComplaintTotals complaints;
};

qint64 ratio(qint64 num, qint64 den, qint64 scale)
{
    return den == 0 ? 0 : num * scale / den;
}

Granularity granularityFor(const Period &p)
{
    if (p.days() <= 62)
        return Granularity::Day;
    if (p.days() <= 26 * 7)
        return Granularity::Week;
    return Granularity::Month;
}

QDate bucketOf(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return d;
    case Granularity::Week:
        return d.addDays(1 - d.dayOfWeek());
    case Granularity::Month:
        return QDate(d.year(), d.month(), 1);
    }
    return d;
}

QDate nextBucket(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return d.addDays(1);
    case Granularity::Week:
        return d.addDays(7);
    case Granularity::Month:
        return d.addMonths(1);
    }
    return d.addDays(1);
}

QString bucketLabel(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return d.toString(Qt::ISODate);
    case Granularity::Week: {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QList<SeriesPoint> bucketize(const Period &p, Granularity g, const QList<QPair<QDate, qint64>> &days)
{
    QList<SeriesPoint> out;
    QHash<QDate, qsizetype> index;
    for (QDate b = bucketOf(p.from, g); b <= p.to; b = nextBucket(b, g)) {
        index.insert(b, out.size());
        out.append({b, bucketLabel(b, g), 0});
    }
    for (const auto &[d, cents] : days) {
        const auto it = index.constFind(bucketOf(d, g));
        if (it != index.constEnd())
            out[*it].value += cents;
    }
    return out;
}

} // namespace

class KpiService::Computer {
public:
    Computer(Database &db, const Clock &clock, bool raw) : repo(db), now(toIsoUtc(clock.nowUtc())), raw(raw) {}

    /** `buyers`: the period's buyer count when already known (customerActivity), or -1. */
    Result<Figures> figures(const Period &p, qint64 knownBuyers = -1)
    {
        Figures f;
        const QString fromUtc = utcStart(p.from);
        const QString toUtc = utcStart(p.to.addDays(1));
        BOOST_OUTCOME_TRY(sales, repo.salesTotals(p.from, p.to, raw));
        f.sales = sales;
        BOOST_OUTCOME_TRY(fresh, repo.newCustomerCount(p.from, p.to, raw));
        BOOST_OUTCOME_TRY(buyers, knownBuyers >= 0 ? Result<qint64>(knownBuyers) : repo.buyerCount(p.from, p.to));
        f.newCustomers = fresh;
        f.returningCustomers = buyers - fresh;
        BOOST_OUTCOME_TRY(lost, repo.lapseCount(p.from.addYears(-1), p.to.addYears(-1), raw));
        f.lostCustomers = lost;
        BOOST_OUTCOME_TRY(prospects, repo.prospectCount(fromUtc, toUtc, p.to, raw));
        f.newProspects = prospects;
        BOOST_OUTCOME_TRY(appointments, repo.appointmentTotals(fromUtc, toUtc));
        f.appointments = appointments;
        BOOST_OUTCOME_TRY(complaints, repo.complaintTotals(fromUtc, toUtc, now));
        f.complaints = complaints;
        return f;
    }

    Result<QList<SeriesPoint>> series(const Period &p, Granularity g)
    {
        BOOST_OUTCOME_TRY(days, repo.dailyRevenue(p.from, p.to, raw));
        return bucketize(p, g, days);
    }

    /** The first day after which the RFM of a period looks at purchases (24 months back). */
    static QDate rfmAfter(const Period &p) { return p.to.addMonths(-24); }

    Result<QList<RfmScore>> rfm(const Period &p)
    {
        BOOST_OUTCOME_TRY(inputs, repo.rfmInputs(rfmAfter(p), p.to));
        return rfmScores(inputs, p.to);
    }

    /**
     * With the summary tables: the RFM window's sales read once (customerActivity), which
     * also gives the buyers of each of `periods` lying inside the window. Without them (the
     * plain-SQL comparison), each figure runs its own query.
     */
    Status readActivity(const Period &p, const QList<Period> &periods)
    {
        if (raw)
            return {};
        QList<std::pair<QDate, QDate>> spans;
        for (const Period &q : periods) {
            if (q.from > rfmAfter(p) && q.to <= p.to && !buyerSpans.contains(q)) {
                buyerSpans.append(q);
                spans.append({q.from, q.to});
            }
        }
        BOOST_OUTCOME_TRY(read, repo.customerActivity(rfmAfter(p), p.to, spans));
        activity = std::move(read);
        return {};
    }

    /** The buyers of `p` when readActivity() counted them, otherwise -1. */
    qint64 knownBuyers(const Period &p) const
    {
        const qsizetype i = buyerSpans.indexOf(p);
        return activity && i >= 0 ? activity->buyers.at(i) : -1;
    }

    KpiRepository repo;
    QString now;
    bool raw;
    std::optional<KpiCustomerActivity> activity; ///< set by readActivity()
    QList<Period> buyerSpans;                    ///< the periods whose buyers it counted
};

namespace {

void fill(KpiSnapshot &s, const Figures &f, qint64 KpiValue::*slot)
{
    const KpiSalesTotals &t = f.sales;
    (s.revenueCents.*slot) = t.salesCents - t.returnsCents;
    (s.revenueExclCents.*slot) = t.salesExclCents - t.returnsExclCents;
    (s.salesCount.*slot) = t.salesCount;
    (s.averageBasketCents.*slot) = ratio(t.salesCents, t.salesCount, 1);
    (s.itemsPerBasketMilli.*slot) = ratio(t.itemCount, t.salesCount, 1000);
    (s.returnsCents.*slot) = t.returnsCents;
    (s.returnsRateBp.*slot) = ratio(t.returnsCents, t.salesCents, 10000);
    (s.newCustomers.*slot) = f.newCustomers;
    (s.returningCustomers.*slot) = f.returningCustomers;
    (s.lostCustomers.*slot) = f.lostCustomers;
    (s.newProspects.*slot) = f.newProspects;
    (s.loyaltyShareBp.*slot) = ratio(t.loyaltyCents, t.salesCents, 10000);
    const KpiAppointmentTotals &a = f.appointments;
    (s.appointments.*slot) = a.count;
    (s.noShowRateBp.*slot) = ratio(a.noShow, a.count, 10000);
    (s.followedBySaleBp.*slot) = ratio(a.followedBySale, a.doneWithCustomer, 10000);
    const KpiComplaintTotals &c = f.complaints;
    (s.complaintsOpened.*slot) = c.opened;
    (s.complaintsOverdue.*slot) = c.overdue;
    (s.meanResolveMinutes.*slot) = ratio(c.resolveMinutesSum, c.resolved, 1);
    (s.satisfactionMilli.*slot) = ratio(c.satisfactionSum, c.rated, 1000);
}

/** Revenue by category and the top 10 products, by net revenue (desc) then id. */
void productBreakdowns(const QList<KpiProductTotal> &products, KpiSnapshot &snap)
{
    QMap<qint64, BreakdownRow> categories;
    QList<BreakdownRow> all;
    all.reserve(products.size());
    for (const KpiProductTotal &p : products) {
        BreakdownRow &cat = categories[p.categoryId];
        cat.id = p.categoryId;
        cat.label = p.categoryName;
        cat.count += p.quantity;
        cat.amountCents += p.amountCents;
        all.append(BreakdownRow{p.productId, QString(), p.name, p.quantity, p.amountCents});
    }
    const auto byRevenue = [](const BreakdownRow &a, const BreakdownRow &b) {
        return a.amountCents != b.amountCents ? a.amountCents > b.amountCents : a.id < b.id;
    };
    const qsizetype top = std::min<qsizetype>(10, all.size());
    std::partial_sort(all.begin(), all.begin() + top, all.end(), byRevenue);
    snap.topProducts = all.first(top);
    snap.revenueByCategory = categories.values();
    std::sort(snap.revenueByCategory.begin(), snap.revenueByCategory.end(), byRevenue);
}

} // namespace

Result<KpiSnapshot> KpiService::snapshot(const Session &session, const Period &period)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("kpi.view")));
    BOOST_OUTCOME_TRYV(checkPeriod(period));
    Computer c(m_db, m_clock, !m_useSummaries);
    KpiSnapshot snap;
    snap.period = period;
    snap.previousPeriod = period.previous();
    snap.yearBeforePeriod = period.yearBefore();

    const std::pair<Period, qint64 KpiValue::*> periods[] = {
        {snap.period, &KpiValue::current},
        {snap.previousPeriod, &KpiValue::previous},
        {snap.yearBeforePeriod, &KpiValue::yearBefore},
    };
    BOOST_OUTCOME_TRYV(c.readActivity(period, {snap.period, snap.previousPeriod, snap.yearBeforePeriod}));

    QList<std::pair<Period, Figures>> done; // a year's previous period is its year before
    for (const auto &[p, slot] : periods) {
        const Figures *known = nullptr;
        for (const auto &d : std::as_const(done))
            if (d.first == p)
                known = &d.second;
        if (!known) {
            BOOST_OUTCOME_TRY(f, c.figures(p, c.knownBuyers(p)));
            done.append({p, f});
            known = &done.last().second;
        }
        fill(snap, *known, slot);
    }

    BOOST_OUTCOME_TRY(under, c.repo.productsUnderThreshold());
    BOOST_OUTCOME_TRY(stock, c.repo.stockValueCents());
    snap.productsUnderThreshold.current = under;
    snap.stockValueCents.current = stock;

    const Granularity g = granularityFor(period);
    snap.revenueSeries.granularity = g;
    BOOST_OUTCOME_TRY(cur, c.series(snap.period, g));
    BOOST_OUTCOME_TRY(prev, c.series(snap.previousPeriod, g));
    BOOST_OUTCOME_TRY(yb, c.series(snap.yearBeforePeriod, g));
    snap.revenueSeries.current = cur;
    snap.revenueSeries.previous = prev;
    snap.revenueSeries.yearBefore = yb;

    BOOST_OUTCOME_TRY(products, c.repo.productTotals(period.from, period.to, c.raw));
    productBreakdowns(products, snap);
    snap.staffVisible = session.can(QStringLiteral("staff.performance.view"));
    if (snap.staffVisible) {
        BOOST_OUTCOME_TRY(staff, c.repo.revenueByStaff(period.from, period.to, c.raw));
        snap.revenueByStaff = staff;
    }

    BOOST_OUTCOME_TRY(rfm, c.activity ? Result<QList<RfmScore>>(rfmScores(c.activity->rfm, period.to)) : c.rfm(period));
    QMap<QString, BreakdownRow> segments;
    for (const QString &key : RfmSegment::all())
        segments.insert(key, BreakdownRow{0, key, QString(), 0, 0});
    for (const RfmScore &score : std::as_const(rfm)) {
        BreakdownRow &row = segments[score.segment];
        ++row.count;
        row.amountCents += score.monetaryCents;
    }
    for (const QString &key : RfmSegment::all())
        snap.rfmSegments.append(segments.value(key));

    const QString fromUtc = utcStart(period.from);
    const QString toUtc = utcStart(period.to.addDays(1));
    BOOST_OUTCOME_TRY(byCategory, c.repo.complaintsByCategory(fromUtc, toUtc));
    BOOST_OUTCOME_TRY(byStatus, c.repo.complaintsByStatus(fromUtc, toUtc));
    snap.complaintsByCategory = byCategory;
    snap.complaintsByStatus = byStatus;
    return snap;
}

Result<QList<qint64>> KpiService::customersInSegment(const Session &session, const QString &segmentKey,
                                                     const Period &period)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("kpi.view")));
    BOOST_OUTCOME_TRYV(checkPeriod(period));
    if (!RfmSegment::all().contains(segmentKey))
        return Error::validation(QStringLiteral("segment"),
                                 QCoreApplication::translate("comptoir::KpiService", "unknown segment %1").arg(segmentKey));
    Computer c(m_db, m_clock, !m_useSummaries);
    BOOST_OUTCOME_TRY(rfm, c.rfm(period));
    QList<qint64> out;
    for (const RfmScore &score : std::as_const(rfm))
        if (score.segment == segmentKey)
            out.append(score.customerId);
    return out;
}

Result<QList<qint64>> KpiService::customersInGroup(const Session &session, CustomerGroup group, const Period &period)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("kpi.view")));
    BOOST_OUTCOME_TRYV(checkPeriod(period));
    KpiRepository repo(m_db);
    switch (group) {
    case CustomerGroup::New:
        return repo.newCustomerIds(period.from, period.to, !m_useSummaries);
    case CustomerGroup::Returning: {
        BOOST_OUTCOME_TRY(buyers, repo.buyerIds(period.from, period.to));
        BOOST_OUTCOME_TRY(fresh, repo.newCustomerIds(period.from, period.to, !m_useSummaries));
        const QSet<qint64> newSet(fresh.cbegin(), fresh.cend());
        QList<qint64> out;
        for (qint64 id : std::as_const(buyers))
            if (!newSet.contains(id))
                out.append(id);
        return out;
    }
    case CustomerGroup::Lost:
        return repo.lapsedIds(period.from.addYears(-1), period.to.addYears(-1));
    case CustomerGroup::Prospects:
        return repo.prospectIds(utcStart(period.from), utcStart(period.to.addDays(1)), period.to);
    }
    return QList<qint64>();
}

Result<QList<qint64>> KpiService::complaintIds(const Session &session, const Period &period, qint64 categoryId,
                                               const QString &status, bool overdueOnly)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("kpi.view")));
    BOOST_OUTCOME_TRYV(checkPeriod(period));
    return KpiRepository(m_db).complaintIds(utcStart(period.from), utcStart(period.to.addDays(1)),
                                            toIsoUtc(m_clock.nowUtc()), categoryId, status, overdueOnly);
}

} // namespace comptoir
