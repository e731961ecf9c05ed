// "Export this list" on the complaint desk: the file holds the rows the list shows with its
// filter (and in its order), the audit entry names the filter and the row count, and the
// roles that do not export customer data are refused.
#include "ExportTestSupport.h"

#include "TestDatabase.h"

#include "io/CsvReader.h"
#include "services/ComplaintQueryService.h"
#include "services/ComplaintService.h"
#include "services/CustomerService.h"
#include "services/ExportService.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace comptoir;
using namespace comptoir::test;

namespace {

struct ComplaintListFixture {
    test::TestDatabase t;
    ComplaintService complaints{t.db(), t.clock()};
    Session associate = t.associate();
    qint64 anne = 0;
    qint64 bruno = 0;
    qint64 billing = 0;  // Anne, open, 3-day SLA
    qint64 welcome = 0;  // Bruno, open, assigned
    qint64 screen = 0;   // Bruno, resolved
    qint64 delivery = 0; // Anne, in progress

    ComplaintListFixture()
    {
        CustomerService customers(t.db(), t.clock());
        CustomerInput c;
        c.firstName = QStringLiteral("Anne");
        c.lastName = QStringLiteral("Zola");
        anne = customers.create(associate, c).value();
        c.firstName = QStringLiteral("Bruno");
        c.lastName = QStringLiteral("Martin");
        bruno = customers.create(associate, c).value();
        billing = open(anne, 3, QStringLiteral("Double débit"));
        welcome = open(bruno, 5, QStringLiteral("Accueil"));
        screen = open(bruno, 1, QStringLiteral("Écran rayé"));
        delivery = open(anne, 1, QStringLiteral("Livraison en retard"));
        REQUIRE(complaints.startProgress(associate, screen).ok());
        REQUIRE(complaints.resolve(associate, screen, QStringLiteral("échangé")).ok());
        REQUIRE(complaints.startProgress(associate, delivery).ok());
        REQUIRE(complaints.assign(associate, welcome, associate.userId).ok());
    }

    qint64 open(qint64 customer, qint64 category, const QString &subject)
    {
        ComplaintInput in;
        in.customerId = customer;
        in.categoryId = category;
        in.subject = subject;
        return complaints.open(associate, in).value();
    }

    /** The ids the complaint desk shows for `view` (every page). */
    QList<qint64> shown(const ComplaintListView &view)
    {
        ComplaintQueryService query(t.db(), t.clock());
        auto rows = query.list(associate, view.filter, view.sort, view.descending, 0, 1000);
        REQUIRE(rows.ok());
        QList<qint64> ids;
        for (const ComplaintRow &r : *rows)
            ids << r.id;
        return ids;
    }
};

QList<qint64> firstColumnIds(const QList<QStringList> &rows)
{
    QList<qint64> ids;
    for (const QStringList &r : rows)
        ids << r.at(0).toLongLong();
    return ids;
}

} // namespace

TEST_CASE_METHOD(ComplaintListFixture, "Export this list: the complaints list with its filter and its order",
                 "[export][list][complaint]")
{
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/complaints.csv");

    SECTION("still open (the default filter), newest first")
    {
        ComplaintListView view; // unsettled, by number, newest first
        REQUIRE(shown(view) == QList<qint64>{delivery, welcome, billing});
        auto rows = exporter.exportComplaintList(associate, view, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 3);
        QStringList header;
        const QList<QStringList> file = readExportedCsv(path, &header);
        CHECK(header == (QStringList{QStringLiteral("number"), QStringLiteral("opened_at"), QStringLiteral("customer"),
                                     QStringLiteral("category"), QStringLiteral("subject"), QStringLiteral("status"),
                                     QStringLiteral("assigned_to"), QStringLiteral("due_at")}));
        REQUIRE(file.size() == 3);
        CHECK(firstColumnIds(file) == QList<qint64>{delivery, welcome, billing});
        CHECK(file.at(0).at(2) == QStringLiteral("Anne Zola"));
        CHECK(file.at(0).at(4) == QStringLiteral("Livraison en retard"));
        CHECK(file.at(0).at(5) == QStringLiteral("in_progress"));
        CHECK(file.at(1).at(2) == QStringLiteral("Bruno Martin"));
        CHECK(file.at(1).at(6) == QStringLiteral("sales_associate"));
        CHECK(file.at(2).at(3) == QStringLiteral("Facturation"));
        CHECK(file.at(2).at(5) == QStringLiteral("open"));

        const QString changes = t.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export' "
                                                        "AND entity = 'complaints'"))
                                    .toString();
        const QJsonObject audit = QJsonDocument::fromJson(changes.toUtf8()).object();
        CHECK(audit.value(QStringLiteral("rows")).toObject().value(QStringLiteral("after")).toInt() == 3);
        CHECK(audit.value(QStringLiteral("filter")).toObject().value(QStringLiteral("after")).toString()
              == QStringLiteral("unsettled"));
        CHECK(audit.value(QStringLiteral("file")).toObject().value(QStringLiteral("after")).toString()
              == QStringLiteral("complaints.csv"));
        CHECK(t.scalar(QStringLiteral("SELECT scope FROM audit_log WHERE action = 'export'")).toString()
              == QStringLiteral("customer"));
    }
    SECTION("one status: only the resolved complaint")
    {
        ComplaintListView view;
        view.filter = ComplaintFilter{ComplaintFilter::Scope::Status, ComplaintStatus::Resolved};
        auto rows = exporter.exportComplaintList(associate, view, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 1);
        const QList<QStringList> file = readExportedCsv(path);
        REQUIRE(file.size() == 1);
        CHECK(file.at(0).at(0).toLongLong() == screen);
        CHECK(file.at(0).at(4) == QStringLiteral("Écran rayé"));
        CHECK(file.at(0).at(5) == QStringLiteral("resolved"));
        CHECK(t.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export'")).toString().contains(
            QStringLiteral("status: resolved")));
    }
    SECTION("overdue, four days later, sorted by customer as the list sorts it")
    {
        t.clock().advanceSeconds(4 * 24 * 3600);
        ComplaintListView view;
        view.filter = ComplaintFilter{ComplaintFilter::Scope::All, ComplaintStatus::Open};
        view.sort = ComplaintSort::Customer;
        view.descending = false;
        const QList<qint64> expected = shown(view);
        REQUIRE(expected.size() == 4);
        auto rows = exporter.exportComplaintList(associate, view, path);
        REQUIRE(rows.ok());
        CHECK(firstColumnIds(readExportedCsv(path)) == expected);

        view.filter = ComplaintFilter{ComplaintFilter::Scope::Overdue, ComplaintStatus::Open};
        REQUIRE(shown(view) == QList<qint64>{billing});
        rows = exporter.exportComplaintList(associate, view, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 1);
        CHECK(firstColumnIds(readExportedCsv(path)) == QList<qint64>{billing});
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'complaints'"))
                  .toInt() == 2);
    }
}

TEST_CASE_METHOD(ComplaintListFixture, "The intern and the technician do not export the complaints list",
                 "[export][list][complaint][permissions]")
{
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/complaints.csv");
    for (const Session &s : {t.intern(), t.technician()}) {
        auto rows = exporter.exportComplaintList(s, ComplaintListView{}, path);
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message == QStringLiteral("permission denied: customer.export"));
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() == 0);
}
