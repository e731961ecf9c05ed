#include "TestDatabase.h"

#include "services/AppointmentService.h"
#include "services/ComplaintService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/TimelineService.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace comptoir;
using Kind = TimelineEntry::Kind;

namespace {

struct Fixture {
    test::TestDatabase t;
    TimelineService service{t.db()};
    Session associate = t.associate();
    qint64 customer = add("Hélène", "Dupont");
    qint64 other = add("Jean", "Martin");

    qint64 add(const char *first, const char *last)
    {
        CustomerInput in;
        in.firstName = QString::fromUtf8(first);
        in.lastName = QString::fromUtf8(last);
        return CustomerService(t.db(), t.clock()).create(t.associate(), in).value();
    }
    void run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
    }
    qint64 sale(qint64 customerId, int number, const QString &at, qint64 cents)
    {
        run(QStringLiteral("INSERT INTO sale(store_id, number, customer_id, at, business_day, total_cents, "
                           "total_excl_cents, vat_cents, item_count, prev_hash, hash) "
                           "VALUES (1, ?, ?, ?, substr(?, 1, 10), ?, ?, 0, 3, '', '')"),
            {number, customerId, at, at, cents, cents});
        return t.scalar(QStringLiteral("SELECT max(id) FROM sale")).toLongLong();
    }
    void creditNote(qint64 saleId, qint64 customerId, int number, const QString &at, qint64 cents)
    {
        run(QStringLiteral("INSERT INTO credit_note(store_id, number, sale_id, customer_id, at, business_day, "
                           "total_cents, vat_cents, refund_method, reason, prev_hash, hash) "
                           "VALUES (1, ?, ?, ?, ?, substr(?, 1, 10), ?, 0, 'card', 'Taille', '', '')"),
            {number, saleId, customerId, at, at, cents});
    }
    void setClock(const char *iso) { t.clock().set(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate)); }
    static QList<Kind> kinds(const QList<TimelineEntry> &entries)
    {
        QList<Kind> out;
        for (const TimelineEntry &e : entries)
            out.append(e.kind);
        return out;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The timeline holds every kind of event, newest first, and only this customer's", "[timeline]")
{
    const qint64 first = sale(customer, 1, QStringLiteral("2026-11-01T09:00:00Z"), 4590);
    sale(other, 2, QStringLiteral("2026-11-02T09:00:00Z"), 100);
    creditNote(first, customer, 1, QStringLiteral("2026-11-03T09:00:00Z"), 1590);

    setClock("2026-11-04T09:00:00Z");
    ComplaintInput complaint;
    complaint.customerId = customer;
    complaint.categoryId = 1;
    complaint.subject = QStringLiteral("Couture défaite");
    REQUIRE(ComplaintService(t.db(), t.clock()).open(associate, complaint).ok());

    setClock("2026-11-05T09:00:00Z");
    AppointmentInput slot;
    slot.customerId = customer;
    slot.staffId = associate.userId;
    slot.start = QDateTime(QDate(2026, 11, 6), QTime(14, 0), Qt::UTC);
    slot.end = slot.start.addSecs(1800);
    slot.subject = QStringLiteral("Essayage");
    REQUIRE(AppointmentService(t.db(), t.clock()).create(associate, slot).ok());

    setClock("2026-11-07T09:00:00Z");
    InteractionService interactions(t.db(), t.clock());
    REQUIRE(interactions.log(associate, customer, QStringLiteral("phone"), QStringLiteral("call"), QStringLiteral("Rappel")).ok());
    REQUIRE(interactions.log(associate, other, QStringLiteral("phone"), QStringLiteral("call"), QStringLiteral("x")).ok());

    const auto entries = service.page(associate, customer, 0, 50).value();
    // The appointment's automatic interaction is not shown twice.
    CHECK(kinds(entries) == QList<Kind>{Kind::Interaction, Kind::Appointment, Kind::Complaint, Kind::Return, Kind::Sale});
    for (int i = 1; i < entries.size(); ++i)
        CHECK(entries[i - 1].at >= entries[i].at);
    CHECK(entries[0].text == QStringLiteral("Rappel"));
    CHECK(entries[0].status == QStringLiteral("call"));
    CHECK(entries[0].channel == QStringLiteral("phone"));
    CHECK(entries[1].text == QStringLiteral("Essayage"));
    CHECK(entries[1].status == QStringLiteral("planned"));
    CHECK(entries[2].text == QStringLiteral("Couture défaite"));
    CHECK(entries[2].status == QStringLiteral("open"));
    CHECK(entries[3].amount == Money::fromCents(1590));
    CHECK(entries[3].text == QStringLiteral("Taille"));
    CHECK(entries[4].id == first);
    CHECK(entries[4].number == 1);
    CHECK(entries[4].amount == Money::fromCents(4590));
    CHECK(entries[4].itemCount == 3);
    CHECK(entries[4].at == QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
}

TEST_CASE_METHOD(Fixture, "The timeline is read page by page", "[timeline]")
{
    for (int i = 0; i < 25; ++i)
        sale(customer, i + 1, QDateTime(QDate(2026, 1, 1).addDays(i), QTime(10, 0), Qt::UTC).toString(Qt::ISODate), 100 + i);
    QList<qint64> numbers;
    for (int offset = 0; offset < 30; offset += 10) {
        const auto page = service.page(associate, customer, offset, 10).value();
        CHECK(page.size() == (offset < 20 ? 10 : 5));
        for (const TimelineEntry &e : page)
            numbers.append(e.number);
    }
    REQUIRE(numbers.size() == 25);
    for (int i = 0; i < 25; ++i)
        CHECK(numbers[i] == 25 - i);
}

TEST_CASE_METHOD(Fixture, "The timeline refuses a technician and bad paging", "[timeline]")
{
    CHECK(service.page(t.technician(), customer, 0, 10).error().code == ErrorCode::PermissionDenied);
    CHECK(service.page(associate, customer, -1, 10).error().field == QStringLiteral("offset"));
    CHECK(service.page(associate, customer, 0, 0).error().field == QStringLiteral("limit"));
    CHECK(service.page(associate, customer, 0, 1001).error().field == QStringLiteral("limit"));
    CHECK(service.page(t.intern(), customer, 0, 10).ok());
}
