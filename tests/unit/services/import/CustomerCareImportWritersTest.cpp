#include "ImportTestSupport.h"

#include "storage/AppointmentRepository.h"
#include "storage/ComplaintRepository.h"
#include "storage/CustomerRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** Two customers and the staff logins the corpus names (test_manager, test_sales_associate). */
void setUpStore(TestDatabase &t)
{
    (void)t.manager();
    (void)t.associate();
    for (const auto &[first, email, card, phone] :
         {std::tuple{"Ana", "ana@example.fr", "CARD001", "+33612345678"},
          std::tuple{"Bruno", "bruno@example.fr", "CARD002", "+33698765432"}}) {
        CustomerInput c;
        c.firstName = QLatin1String(first);
        c.lastName = QStringLiteral("Martin");
        c.email = QLatin1String(email);
        c.loyaltyCard = QLatin1String(card);
        c.phone = QLatin1String(phone);
        REQUIRE(CustomerRepository(t.db()).insert(c, t.clock().nowUtc(), 0).ok());
    }
}

/** Every appointment as text, in start order: what a round trip must keep. */
QStringList appointments(TestDatabase &t)
{
    auto all = AppointmentRepository(t.db()).range(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                                                   QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(all.ok());
    QStringList out;
    for (const Appointment &a : *all)
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                       .arg(a.customerId)
                       .arg(a.staffId)
                       .arg(toIsoUtc(a.start), toIsoUtc(a.end), a.subject, a.notes, toString(a.status)));
    return out;
}

QStringList complaints(TestDatabase &t)
{
    auto all = ComplaintRepository(t.db()).list(std::nullopt, 0, 100);
    REQUIRE(all.ok());
    QStringList out;
    for (const Complaint &c : *all)
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                       .arg(c.customerId)
                       .arg(c.categoryId)
                       .arg(c.subject, c.description, toString(c.status), toIsoUtc(c.openedAt), toIsoUtc(c.dueAt),
                            c.resolution, c.satisfaction ? QString::number(*c.satisfaction) : QString())
                   + QStringLiteral("|%1|%2|%3").arg(toIsoUtc(c.resolvedAt), toIsoUtc(c.closedAt)).arg(c.assignedTo));
    return out;
}

const char *const kAppointments =
    "Client;Conseiller;Début;Durée;Fin;Objet;Statut;Notes\n"
    "ana@example.fr;test_manager;2026-11-02T09:00:00Z;30;;Essayage;fait;robe bleue\n"
    "CARD002;test_sales_associate;2026-11-02T11:00:00Z;;2026-11-02T12:00:00Z;Retouche;absent;\n"
    "06 12 34 56 78;test_manager;2026-11-30T14:00:00Z;45;;Conseil;;\n"
    ";test_manager;2026-11-30T16:00:00Z;15;;Inventaire;annulé;\n"
    "nobody@example.fr;test_manager;2026-11-03T09:00:00Z;30;;X;;\n"      // unknown customer
    "ana@example.fr;ghost;2026-11-03T09:00:00Z;30;;X;;\n"                 // unknown staff
    "ana@example.fr;test_manager;2026-11-30T14:15:00Z;30;;X;;\n"          // overlaps line 4
    "ana@example.fr;test_manager;2026-11-03T09:00:00Z;;;X;;\n"            // no end, no duration
    "ana@example.fr;test_manager;2026-12-03T09:00:00Z;30;;X;fait;\n"      // done in the future
    "ana@example.fr;test_manager;2026-11-04T09:00:00Z;30;;;;\n";          // no subject

const char *const kComplaints =
    "Email;Catégorie;Objet;Description;Date;Statut;Résolution;Satisfaction;Date clôture;Responsable\n"
    "ana@example.fr;product_defect;Fermeture cassée;Sac acheté en octobre;2026-10-20T10:00:00Z;cloturee;Échange;4;"
    "2026-10-25T10:00:00Z;test_manager\n"
    "bruno@example.fr;Livraison;;Colis en retard;21/10/2026;en cours;;;;\n"
    "bruno@example.fr;billing;Double débit;;2026-11-01T08:00:00Z;rejetée;Aucun double débit constaté;;;\n"
    "ana@example.fr;nope;X;;2026-10-20T10:00:00Z;;;;;\n"           // unknown category
    ";other;X;;2026-10-20T10:00:00Z;;;;;\n"                        // no customer
    "ana@example.fr;other;X;;2026-10-20T10:00:00Z;resolved;;;;\n"  // resolved without a resolution
    "ana@example.fr;other;X;;2026-10-20T10:00:00Z;open;;5;;\n"     // satisfaction before closing
    "ana@example.fr;other;X;;2026-12-20T10:00:00Z;;;;;\n";         // opened in the future

} // namespace

TEST_CASE("Appointments import through the domain rules", "[import][appointments]")
{
    TestDatabase t;
    setUpStore(t);
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(t, t.manager(), ImportEntity::Appointments, kAppointments, options);
    REQUIRE(report.ok());
    CHECK(report->imported == 4);
    CHECK(report->rejected == 6);
    QStringList where;
    for (const ImportProblem &p : report->problems)
        where.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
    INFO(where.join(QStringLiteral(" | ")).toStdString());
    for (QString &w : where)
        w = w.section(QLatin1Char(' '), 0, 0);
    CHECK(where == QStringList{QStringLiteral("6:Client"), QStringLiteral("7:Conseiller"), QStringLiteral("8:Début"),
                               QStringLiteral("9:Fin"), QStringLiteral("10:Statut"), QStringLiteral("11:Objet")});
    const QStringList stored = appointments(t);
    REQUIRE(stored.size() == 4);
    CHECK(stored.at(0).endsWith(QStringLiteral("|2026-11-02T09:00:00Z|2026-11-02T09:30:00Z|Essayage|robe bleue|done")));
    CHECK(stored.at(1).endsWith(QStringLiteral("|Retouche||no_show")));
    CHECK(stored.at(2).startsWith(QStringLiteral("1|"))); // found by phone
    CHECK(stored.at(3).startsWith(QStringLiteral("0|")));
    CHECK(stored.at(3).endsWith(QStringLiteral("|cancelled")));
}

TEST_CASE("Complaints import with their workflow status", "[import][complaints]")
{
    TestDatabase t;
    setUpStore(t);
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(t, t.manager(), ImportEntity::Complaints, kComplaints, options);
    REQUIRE(report.ok());
    CHECK(report->imported == 3);
    CHECK(report->rejected == 5);
    QStringList where;
    for (const ImportProblem &p : report->problems)
        where.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
    INFO(where.join(QStringLiteral(" | ")).toStdString());
    for (QString &w : where)
        w = w.section(QLatin1Char(' '), 0, 0);
    CHECK(where == QStringList{QStringLiteral("5:Catégorie"), QStringLiteral("6:customer"), QStringLiteral("7:Résolution"),
                               QStringLiteral("8:Satisfaction"), QStringLiteral("9:Date")});
    auto all = ComplaintRepository(t.db()).list(std::nullopt, 0, 100);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    int closed = 0;
    for (const Complaint &c : *all) {
        auto events = ComplaintRepository(t.db()).events(c.id);
        REQUIRE(events.ok());
        CHECK(events->size() == (c.status == ComplaintStatus::Open ? 1 : 2));
        if (c.status == ComplaintStatus::Closed) {
            ++closed;
            CHECK(c.satisfaction == 4);
            CHECK(c.subject == QString::fromUtf8("Fermeture cassée"));
            CHECK(c.closedAt == QDateTime(QDate(2026, 10, 25), QTime(10, 0), Qt::UTC));
            CHECK(c.dueAt == QDateTime(QDate(2026, 10, 27), QTime(10, 0), Qt::UTC)); // 7 days' SLA
            CHECK(c.assignedTo > 0);
        }
        if (c.categoryId == 2)
            CHECK(c.subject == QStringLiteral("Livraison")); // no subject: the category's name
    }
    CHECK(closed == 1);
}

TEST_CASE("Appointments and complaints survive an export and import round trip", "[import][appointments][complaints]")
{
    TestDatabase a;
    setUpStore(a);
    ImportOptions options;
    options.skipInvalid = true;
    REQUIRE(importBytes(a, a.manager(), ImportEntity::Appointments, kAppointments, options).ok());
    REQUIRE(importBytes(a, a.manager(), ImportEntity::Complaints, kComplaints, options).ok());

    // The export of these entities belongs to ExportService; until it writes them, the file
    // is written here from the repositories, with the import's own column names.
    QByteArray appointmentsFile = "customer_email;staff_login;starts_at;ends_at;subject;notes;status\n";
    auto stored = AppointmentRepository(a.db()).range(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                                                      QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(stored.ok());
    auto email = [&](qint64 id) {
        return id ? (*CustomerRepository(a.db()).findById(id))->email.toUtf8() : QByteArray();
    };
    auto login = [&](qint64 id) {
        return a.scalar(QStringLiteral("SELECT login FROM app_user WHERE id = %1").arg(id)).toString().toUtf8();
    };
    for (const Appointment &x : *stored)
        appointmentsFile += email(x.customerId) + ';' + login(x.staffId) + ';' + toIsoUtc(x.start).toUtf8() + ';' +
                            toIsoUtc(x.end).toUtf8() + ';' + x.subject.toUtf8() + ';' + x.notes.toUtf8() + ';' +
                            toString(x.status).toUtf8() + '\n';
    QByteArray complaintsFile =
        "customer_email;category;subject;description;opened_at;status;resolution;satisfaction;resolved_at;closed_at;"
        "staff_login\n";
    auto all = ComplaintRepository(a.db()).list(std::nullopt, 0, 100);
    REQUIRE(all.ok());
    for (const Complaint &c : *all) {
        const QString code = a.scalar(QStringLiteral("SELECT code FROM complaint_category WHERE id = %1").arg(c.categoryId)).toString();
        complaintsFile += email(c.customerId) + ';' + code.toUtf8() + ';' + c.subject.toUtf8() + ';' +
                          c.description.toUtf8() + ';' + toIsoUtc(c.openedAt).toUtf8() + ';' +
                          toString(c.status).toUtf8() + ';' + c.resolution.toUtf8() + ';' +
                          (c.satisfaction ? QByteArray::number(*c.satisfaction) : QByteArray()) + ';' +
                          (c.resolvedAt.isValid() ? toIsoUtc(c.resolvedAt).toUtf8() : QByteArray()) + ';' +
                          (c.closedAt.isValid() ? toIsoUtc(c.closedAt).toUtf8() : QByteArray()) + ';' +
                          (c.assignedTo ? login(c.assignedTo) : QByteArray()) + '\n';
    }

    TestDatabase b;
    setUpStore(b);
    auto back = importBytes(b, b.manager(), ImportEntity::Appointments, appointmentsFile);
    REQUIRE(back.ok());
    CHECK(back->problems.isEmpty());
    auto backComplaints = importBytes(b, b.manager(), ImportEntity::Complaints, complaintsFile);
    REQUIRE(backComplaints.ok());
    CHECK(backComplaints->problems.isEmpty());
    CHECK(appointments(b) == appointments(a));
    CHECK(complaints(b) == complaints(a));
}

TEST_CASE("Imported complaints and appointments follow the services' own rules", "[import][complaints][appointments]")
{
    TestDatabase t;
    setUpStore(t);
    ImportOptions options;
    options.skipInvalid = true;
    // A resolution is at most 5 000 characters, as ComplaintService::resolve requires.
    const QByteArray longText(5001, 'x');
    auto complaints = importBytes(t, t.manager(), ImportEntity::Complaints,
                                  "Email;Catégorie;Objet;Date;Statut;Résolution\n"
                                  "ana@example.fr;other;Trop long;2026-10-20T10:00:00Z;resolved;" + longText + "\n"
                                  "ana@example.fr;other;Juste;2026-10-20T10:00:00Z;resolved;" + longText.left(5000) + "\n",
                                  options);
    REQUIRE(complaints.ok());
    CHECK(complaints->imported == 1);
    REQUIRE(complaints->problems.size() == 1);
    CHECK(complaints->problems.first().line == 2);
    CHECK(complaints->problems.first().column == QString::fromUtf8("Résolution"));
    // A complaint is due its category's SLA after its opening, as when opened at the desk (other: 14 days).
    auto stored = ComplaintRepository(t.db()).list(std::nullopt, 0, 10);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().dueAt == QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));

    // The agenda rule is AppointmentService's: its refusal names the other appointment and its times.
    auto appointments = importBytes(t, t.manager(), ImportEntity::Appointments,
                                    "Client;Conseiller;Début;Durée;Objet\n"
                                    "ana@example.fr;test_manager;2026-11-30T14:00:00Z;45;Conseil\n"
                                    "ana@example.fr;test_manager;2026-11-30T14:15:00Z;30;Chevauche\n",
                                    options);
    REQUIRE(appointments.ok());
    CHECK(appointments->imported == 1);
    REQUIRE(appointments->problems.size() == 1);
    CHECK(appointments->problems.first().line == 3);
    CHECK(appointments->problems.first().reason.contains(QStringLiteral("overlaps appointment #1 from")));
    CHECK(appointments->problems.first().reason.contains(QStringLiteral("(Conseil)")));
}
