#include "TestDatabase.h"

#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "storage/AuditRepository.h"
#include "storage/SettingsRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Fixture {
    test::TestDatabase t;
    ConsentService service{t.db(), t.clock()};
    Session associate = t.associate();
    qint64 customer = addCustomer("Marie", "Curie");

    qint64 addCustomer(const char *first, const char *last)
    {
        CustomerInput in;
        in.firstName = QString::fromUtf8(first);
        in.lastName = QString::fromUtf8(last);
        return CustomerService(t.db(), t.clock()).create(t.associate(), in).value();
    }
    qint64 writes() { return t.count(QStringLiteral("consent")) + t.count(QStringLiteral("audit_log")); }
    const ConsentRecord *channel(const QList<ConsentRecord> &records, const char *name)
    {
        for (const ConsentRecord &r : records)
            if (r.channel == QLatin1String(name))
                return &r;
        return nullptr;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The current consent of a channel is its latest record", "[consent][service]")
{
    CHECK(service.current(associate, customer).value().isEmpty());

    const QDateTime first = t.clock().nowUtc();
    REQUIRE(service.record(associate, customer, QStringLiteral("email"), true, QStringLiteral("store_form")).ok());
    REQUIRE(service.record(associate, customer, QStringLiteral("sms"), true, QStringLiteral("store_form")).ok());
    t.clock().advanceSeconds(3600);
    auto optOut = service.record(associate, customer, QStringLiteral("email"), false, QStringLiteral("customer_request"));
    REQUIRE(optOut.ok());

    const auto current = service.current(associate, customer).value();
    REQUIRE(current.size() == 2);
    const ConsentRecord *email = channel(current, "email");
    const ConsentRecord *sms = channel(current, "sms");
    REQUIRE(email);
    REQUIRE(sms);
    CHECK(channel(current, "post") == nullptr);
    CHECK(email->id == *optOut);
    CHECK_FALSE(email->granted);
    CHECK(email->at == t.clock().nowUtc());
    CHECK(email->source == QStringLiteral("customer_request"));
    CHECK(email->wordingVersion == ConsentService::kWordingVersion);
    CHECK(email->recordedBy == associate.userId);
    CHECK(sms->granted);
    CHECK(sms->at == first);

    CHECK(service.history(associate, customer).value().size() == 3);
    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = QStringLiteral("consent");
    const auto entries = audit.list(f).value();
    CHECK(entries.size() == 3);

    // The wording version in force comes from the settings when set.
    REQUIRE(SettingsRepository(t.db()).set(QStringLiteral("consent.wording_version"), QStringLiteral("v3")).ok());
    REQUIRE(service.record(associate, customer, QStringLiteral("post"), true, QStringLiteral("store_form")).ok());
    CHECK(channel(service.current(associate, customer).value(), "post")->wordingVersion == QStringLiteral("v3"));
}

TEST_CASE_METHOD(Fixture, "Bad consents are refused and write nothing", "[consent][service]")
{
    const qint64 before = writes();
    auto refused = [&](const Session &s, qint64 id, const char *channel, const char *source) {
        auto r = service.record(s, id, QString::fromLatin1(channel), true, QString::fromLatin1(source));
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(refused(associate, customer, "phone", "store_form").field == QStringLiteral("channel"));
    CHECK(refused(associate, customer, "", "store_form").field == QStringLiteral("channel"));
    CHECK(refused(associate, customer, "email", "rumour").field == QStringLiteral("source"));
    CHECK(refused(associate, customer, "email", "").field == QStringLiteral("source"));
    CHECK(refused(associate, customer + 50, "email", "store_form").code == ErrorCode::NotFound);
    CHECK(refused(t.technician(), customer, "email", "store_form").code == ErrorCode::PermissionDenied);
    CHECK(service.current(t.technician(), customer).error().code == ErrorCode::PermissionDenied);
    CHECK(service.history(t.technician(), customer).error().code == ErrorCode::PermissionDenied);
    CHECK(writes() == before);
}

TEST_CASE_METHOD(Fixture, "Consents of a merged customer are read through the merge link", "[consent][merge]")
{
    const qint64 duplicate = addCustomer("Marie", "Curie-Sklodowska");
    REQUIRE(service.record(associate, customer, QStringLiteral("sms"), false, QStringLiteral("store_form")).ok());
    t.clock().advanceSeconds(60);
    REQUIRE(service.record(associate, duplicate, QStringLiteral("sms"), true, QStringLiteral("web_form")).ok());
    REQUIRE(service.record(associate, duplicate, QStringLiteral("post"), true, QStringLiteral("web_form")).ok());

    REQUIRE(CustomerService(t.db(), t.clock()).merge(t.manager(), customer, duplicate).ok());
    // Nothing was moved (the history is append-only)...
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM consent WHERE customer_id = %1").arg(duplicate)).toInt() == 2);
    // ...but the kept customer's state is the latest over both.
    const auto current = service.current(associate, customer).value();
    REQUIRE(current.size() == 2);
    CHECK(channel(current, "sms")->granted);
    CHECK(channel(current, "sms")->customerId == duplicate);
    CHECK(channel(current, "post")->granted);
    CHECK(service.history(associate, customer).value().size() == 3);

    // The merged record accepts no new consent.
    auto refused = service.record(associate, duplicate, QStringLiteral("email"), true, QStringLiteral("store_form"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
}
