#include "TestDatabase.h"

#include "services/AppointmentService.h"
#include "services/CustomerService.h"
#include "storage/AuditRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

/** A local time on 25 November 2026 (the store's calendar). */
QDateTime at(int hour, int minute = 0, int dayOffset = 0)
{
    return QDateTime(QDate(2026, 11, 25).addDays(dayOffset), QTime(hour, minute), Qt::LocalTime);
}

struct Fixture {
    test::TestDatabase t;
    AppointmentService service{t.db(), t.clock()};
    Session associate = t.associate();
    Session manager = t.manager();
    qint64 staff = associate.userId;
    qint64 otherStaff = manager.userId;

    AppointmentInput slot(const QDateTime &start, const QDateTime &end, qint64 staffId = 0)
    {
        AppointmentInput in;
        in.staffId = staffId ? staffId : staff;
        in.start = start;
        in.end = end;
        in.subject = QStringLiteral("Essayage");
        return in;
    }
    qint64 book(const QDateTime &start, const QDateTime &end, qint64 staffId = 0)
    {
        return service.create(associate, slot(start, end, staffId)).value();
    }
    qint64 writes()
    {
        return t.count(QStringLiteral("appointment")) + t.count(QStringLiteral("interaction"))
            + t.count(QStringLiteral("audit_log"));
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "An appointment is booked, found, and put on the customer's timeline", "[appointment][service]")
{
    CustomerService customers(t.db(), t.clock());
    CustomerInput c;
    c.firstName = QStringLiteral("Anne");
    c.lastName = QStringLiteral("Petit");
    const qint64 customer = customers.create(associate, c).value();

    AppointmentInput in = slot(at(9), at(10));
    in.customerId = customer;
    in.notes = QStringLiteral("Robe de mariée, 2e essayage");
    auto id = service.create(associate, in);
    REQUIRE(id.ok());
    auto found = service.findById(associate, *id);
    REQUIRE(found.ok());
    CHECK(found->start == at(9).toUTC());
    CHECK(found->end == at(10).toUTC());
    CHECK(found->status == AppointmentStatus::Planned);
    CHECK(found->customerId == customer);
    CHECK(found->createdBy == associate.userId);
    CHECK(found->notes == in.notes);

    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = %1 AND kind = 'appointment' "
                                  "AND channel = 'store'").arg(customer)).toInt() == 1);
    CHECK(service.forCustomer(associate, customer)->size() == 1);

    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = QStringLiteral("appointment");
    const auto entries = audit.list(f).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].scope == QStringLiteral("customer"));

    // Without a customer: no timeline entry.
    book(at(14), at(15));
    CHECK(t.count(QStringLiteral("interaction")) == 1);
}

TEST_CASE_METHOD(Fixture, "Overlapping appointments of one staff member are refused", "[appointment][overlap]")
{
    const qint64 first = book(at(9), at(10));
    const qint64 before = writes();

    for (auto [start, end] : {std::pair{at(9, 30), at(10, 30)}, std::pair{at(8, 30), at(9, 1)},
                              std::pair{at(8), at(12)}, std::pair{at(9, 15), at(9, 45)}, std::pair{at(9), at(10)}}) {
        INFO(start.toString(Qt::ISODate).toStdString());
        auto r = service.create(associate, slot(start, end));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().field == QStringLiteral("starts_at"));
        CHECK(r.error().message.contains(QStringLiteral("#%1").arg(first)));
        CHECK(r.error().message.contains(QStringLiteral("09:00")));
        CHECK(r.error().message.contains(QStringLiteral("10:00")));
    }
    CHECK(writes() == before);

    SECTION("touching ends are allowed")
    {
        CHECK(service.create(associate, slot(at(10), at(11))).ok());
        CHECK(service.create(associate, slot(at(8), at(9))).ok());
    }
    SECTION("another staff member is free")
    {
        CHECK(service.create(associate, slot(at(9, 30), at(10, 30), otherStaff)).ok());
    }
    SECTION("cancelled and no-show appointments free the slot, done ones do not")
    {
        REQUIRE(service.cancel(associate, first).ok());
        const qint64 second = service.create(associate, slot(at(9), at(10))).value();
        REQUIRE(service.markNoShow(associate, second).ok());
        const qint64 third = service.create(associate, slot(at(9, 30), at(10, 30))).value();
        REQUIRE(service.markDone(associate, third).ok());
        CHECK(service.create(associate, slot(at(10), at(11))).error().code == ErrorCode::Conflict);
    }
}

TEST_CASE_METHOD(Fixture, "Rescheduling checks the agenda but not against itself", "[appointment][reschedule]")
{
    const qint64 morning = book(at(9), at(10));
    const qint64 noon = book(at(12), at(13));

    REQUIRE(service.reschedule(associate, morning, at(9, 30), at(10, 30)).ok()); // overlaps only its old slot
    CHECK(service.findById(associate, morning)->start == at(9, 30).toUTC());

    const qint64 before = writes();
    auto clash = service.reschedule(associate, morning, at(11, 30), at(12, 30));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("#%1").arg(noon)));
    CHECK(service.reschedule(associate, morning, at(11), at(10)).error().field == QStringLiteral("ends_at"));
    CHECK(writes() == before);
    CHECK(service.findById(associate, morning)->start == at(9, 30).toUTC());
    CHECK(service.reschedule(associate, 999, at(15), at(16)).error().code == ErrorCode::NotFound);

    REQUIRE(service.reschedule(associate, morning, at(11), at(12)).ok()); // touches noon
    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = QStringLiteral("appointment");
    const AuditEntry last = audit.list(f).value().first();
    CHECK(last.action == QStringLiteral("reschedule"));
    CHECK(last.changes.value(QStringLiteral("starts_at")).toObject().value(QStringLiteral("after")).toString()
          == toIsoUtc(at(11)));
}

TEST_CASE_METHOD(Fixture, "Only a planned appointment changes status or time", "[appointment][transition]")
{
    using S = AppointmentStatus;
    for (S first : {S::Done, S::NoShow, S::Cancelled}) {
        const qint64 id = book(at(9), at(10), 0);
        Status moved = first == S::Done ? service.markDone(associate, id)
            : first == S::NoShow        ? service.markNoShow(associate, id)
                                        : service.cancel(associate, id);
        REQUIRE(moved.ok());
        CHECK(service.findById(associate, id)->status == first);
        const qint64 before = writes();
        for (const Status &s : {service.markDone(associate, id), service.markNoShow(associate, id),
                                service.cancel(associate, id), service.reschedule(associate, id, at(16), at(17))}) {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().code == ErrorCode::InvalidTransition);
            CHECK(s.error().message.contains(toString(first)));
        }
        CHECK(writes() == before);
        CHECK(service.findById(associate, id)->status == first);
        if (first == S::Done) // a done appointment keeps its slot: free it for the next round
            REQUIRE(t.db().exec(QStringLiteral("UPDATE appointment SET staff_id = %1 WHERE id = %2")
                                    .arg(otherStaff)
                                    .arg(id))
                        .ok());
    }
    CHECK(service.cancel(associate, 12345).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "Bad appointment input writes nothing", "[appointment][service]")
{
    const qint64 before = writes();
    CHECK(service.create(associate, slot(at(10), at(10))).error().field == QStringLiteral("ends_at"));
    CHECK(service.create(associate, slot(at(10), at(9))).error().field == QStringLiteral("ends_at"));
    AppointmentInput noSubject = slot(at(9), at(10));
    noSubject.subject = QStringLiteral("  ");
    CHECK(service.create(associate, noSubject).error().field == QStringLiteral("subject"));
    auto noStaff = service.create(associate, slot(at(9), at(10), 999));
    CHECK(noStaff.error().code == ErrorCode::NotFound);
    CHECK(noStaff.error().field == QStringLiteral("staff_id"));
    AppointmentInput noCustomer = slot(at(9), at(10));
    noCustomer.customerId = 999;
    CHECK(service.create(associate, noCustomer).error().field == QStringLiteral("customer_id"));

    const qint64 intern = t.intern().userId;
    REQUIRE(t.db().exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE id = %1").arg(intern)).ok());
    auto inactive = service.create(associate, slot(at(9), at(10), intern));
    CHECK(inactive.error().field == QStringLiteral("staff_id"));
    CHECK(inactive.error().message.contains(QStringLiteral("active")));

    auto denied = service.create(t.technician(), slot(at(9), at(10)));
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(writes() == before);
}

TEST_CASE_METHOD(Fixture, "The agenda is read by day, range, staff member and customer", "[appointment][agenda]")
{
    const qint64 a = book(at(9), at(10));
    const qint64 b = book(at(9), at(10), otherStaff);
    const qint64 c = book(at(23), at(23, 30));
    const qint64 tomorrow = book(at(9, 0, 1), at(10, 0, 1));

    auto ids = [](const Result<QList<Appointment>> &r) {
        QList<qint64> out;
        for (const Appointment &x : r.value())
            out.append(x.id);
        return out;
    };
    CHECK(ids(service.forDay(associate, QDate(2026, 11, 25))) == QList<qint64>{a, b, c});
    CHECK(ids(service.forDay(associate, QDate(2026, 11, 25), otherStaff)) == QList<qint64>{b});
    CHECK(ids(service.forDay(associate, QDate(2026, 11, 26))) == QList<qint64>{tomorrow});
    CHECK(ids(service.forRange(associate, at(9, 30), at(9, 0, 1))) == QList<qint64>{a, b, c});
    CHECK(ids(service.forRange(associate, at(10), at(23))).isEmpty()); // touching is not inside
    CHECK(service.forRange(associate, at(10), at(9)).error().code == ErrorCode::Validation);
    CHECK(service.forDay(t.technician(), QDate(2026, 11, 25)).error().code == ErrorCode::PermissionDenied);
    CHECK(service.forDay(t.intern(), QDate(2026, 11, 25)).ok());
}
