// Appointments and complaints from another system. Each row is validated with the domain
// rules (validateAppointment, validateComplaint, validateSatisfaction, the complaint
// workflow's statuses), its customer found by e-mail, card or phone and its staff member
// by login. A row carries its final status: the record is stored with it directly (a
// complaint gets its opening event and one event to that status, noted "imported").
#include "services/import/ImportWriter.h"

#include "io/ValueParsers.h"
#include "services/AppointmentService.h"
#include "storage/AppointmentRepository.h"
#include "storage/ComplaintRepository.h"
#include "storage/Database.h"
#include "storage/ImportBulkRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CustomerCareImportWritersText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CustomerCareImportWriters)
};

/** "2026-11-24T09:30:00Z" (UTC), or a local date-time / date as ValueParsers reads it. */
Result<QDateTime> readTime(const QString &text, const QString &field)
{
    if (text.endsWith(QLatin1Char('Z'))) {
        if (const QDateTime utc = fromIsoUtc(text); utc.isValid())
            return utc;
    }
    BOOST_OUTCOME_TRY(local, ValueParsers::localDateTime(text, field));
    return fromIsoUtc(toIsoUtc(local.toUTC()));
}

/** The customers and the staff logins the rows name, read once before the first row. */
struct RowPeople {
    CustomerKeys customers;
    QHash<QString, qint64> users; ///< login in lower case -> user id

    Status load(Database &db)
    {
        ImportBulkRepository bulk(db);
        BOOST_OUTCOME_TRY(keys, bulk.customerKeys());
        customers = std::move(keys);
        BOOST_OUTCOME_TRY(logins, bulk.userIdsByLogin());
        users = std::move(logins);
        return {};
    }
};

/** The customer of the row: the first of customer / customer_email / customer_card / customer_phone given. */
Result<qint64> rowCustomer(const ImportRow &row, const CustomerKeys &keys)
{
    static const char *const fields[] = {"customer", "customer_email", "customer_card", "customer_phone"};
    static constexpr CustomerKeys::Key kinds[] = {CustomerKeys::Key::Any, CustomerKeys::Key::Email,
                                                  CustomerKeys::Key::Card, CustomerKeys::Key::Phone};
    for (int i = 0; i < 4; ++i) {
        const QString key = row.text(QLatin1String(fields[i]));
        if (key.isEmpty())
            continue;
        if (const qint64 id = keys.lookup(key, kinds[i]))
            return id;
        return Error::notFound(QLatin1String(fields[i]), CustomerCareImportWritersText::tr("unknown customer %1").arg(key));
    }
    return qint64(0);
}

/** The user named in `field` (0 when the cell is empty); NotFound for an unknown login. */
Result<qint64> rowUser(const ImportRow &row, const QHash<QString, qint64> &users, const char *field)
{
    const QString login = row.text(QLatin1String(field));
    if (login.isEmpty())
        return qint64(0);
    if (const qint64 id = users.value(login.toLower()))
        return id;
    return Error::notFound(QLatin1String(field), CustomerCareImportWritersText::tr("no user with login \"%1\"").arg(login));
}

/** The lower-case status with spaces and dashes as '_', French names mapped to the stored ones. */
QString statusKey(const QString &text, std::initializer_list<std::pair<const char16_t *, const char *>> french)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[fr, stored] : french) {
        if (t == QStringView(fr))
            return QLatin1String(stored);
    }
    return t;
}

class AppointmentImportWriter final : public ImportWriter {
public:
    AppointmentImportWriter(Database &db, const QDateTime &now, qint64 userId)
        : m_db(db), m_repo(db), m_now(now), m_userId(userId)
    {
    }

    Status prepare() override { return m_people.load(m_db); }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        AppointmentInput in;
        BOOST_OUTCOME_TRY(customer, rowCustomer(row, m_people.customers));
        in.customerId = customer;
        BOOST_OUTCOME_TRY(staff, rowUser(row, m_people.users, "staff_login"));
        if (!staff)
            return Error::validation(QStringLiteral("staff_login"), CustomerCareImportWritersText::tr("a staff member is required"));
        in.staffId = staff;
        BOOST_OUTCOME_TRY(start, readTime(row.text(QLatin1String("starts_at")), QStringLiteral("starts_at")));
        in.start = start;
        if (const QString end = row.text(QLatin1String("ends_at")); !end.isEmpty()) {
            BOOST_OUTCOME_TRY(e, readTime(end, QStringLiteral("ends_at")));
            in.end = e;
        } else if (const QString minutes = row.text(QLatin1String("duration")); !minutes.isEmpty()) {
            BOOST_OUTCOME_TRY(m, ValueParsers::integer(minutes, QStringLiteral("duration")));
            if (m <= 0 || m > 24 * 60)
                return Error::validation(QStringLiteral("duration"),
                                         CustomerCareImportWritersText::tr("must be between 1 and 1440 minutes (got %1)").arg(m));
            in.end = in.start.addSecs(m * 60);
        } else {
            return Error::validation(QStringLiteral("ends_at"), CustomerCareImportWritersText::tr("an end time or a duration is required"));
        }
        in.subject = row.text(QLatin1String("subject"));
        in.notes = row.text(QLatin1String("notes"));
        AppointmentStatus status = AppointmentStatus::Planned;
        if (const QString text = row.text(QLatin1String("status")); !text.isEmpty()) {
            auto s = appointmentStatusFromString(statusKey(
                text, {{u"prevu", "planned"}, {u"prévu", "planned"}, {u"planifie", "planned"}, {u"planifié", "planned"},
                       {u"a_venir", "planned"}, {u"fait", "done"}, {u"honore", "done"}, {u"honoré", "done"},
                       {u"effectue", "done"}, {u"effectué", "done"}, {u"absent", "no_show"},
                       {u"non_venu", "no_show"}, {u"noshow", "no_show"}, {u"annule", "cancelled"},
                       {u"annulé", "cancelled"}, {u"canceled", "cancelled"}}));
            if (!s)
                return Error::validation(QStringLiteral("status"),
                                         CustomerCareImportWritersText::tr("unknown status \"%1\" (planned, done, no_show, cancelled)").arg(text));
            status = *s;
        }
        auto valid = validateAppointment(in);
        if (!valid) {
            Error e = valid.error();
            if (e.field == u"staff_id")
                e.field = QStringLiteral("staff_login");
            return e;
        }
        if ((status == AppointmentStatus::Done || status == AppointmentStatus::NoShow) && valid->start > m_now)
            return Error::validation(QStringLiteral("status"),
                                     CustomerCareImportWritersText::tr("an appointment that has not started yet cannot be %1").arg(toString(status)));
        if (blocksAgenda(status)) { // the agenda rule of the service (a cancelled or no-show one frees its slot)
            BOOST_OUTCOME_TRYV(AppointmentService::checkFree(m_db, valid->staffId, valid->start, valid->end));
        }
        BOOST_OUTCOME_TRY(id, m_repo.insert(*valid, m_userId, m_now));
        if (status != AppointmentStatus::Planned) {
            BOOST_OUTCOME_TRYV(m_repo.setStatus(id, status, m_now));
        }
        return RowOutcome::Created;
    }

private:
    Database &m_db;
    AppointmentRepository m_repo;
    QDateTime m_now;
    qint64 m_userId;
    RowPeople m_people;
};

class ComplaintImportWriter final : public ImportWriter {
public:
    ComplaintImportWriter(Database &db, const QDateTime &now, qint64 userId)
        : m_db(db), m_repo(db), m_now(now), m_userId(userId)
    {
    }

    Status prepare() override
    {
        BOOST_OUTCOME_TRYV(m_people.load(m_db));
        BOOST_OUTCOME_TRY(categories, m_repo.categories());
        m_categories = std::move(categories);
        return {};
    }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        Complaint c;
        BOOST_OUTCOME_TRY(customer, rowCustomer(row, m_people.customers));
        if (!customer)
            return Error::validation(QStringLiteral("customer"), CustomerCareImportWritersText::tr("a complaint needs its customer (e-mail, card or phone)"));
        c.customerId = customer;
        const QString categoryText = row.text(QLatin1String("category"));
        const ComplaintCategory *category = nullptr;
        for (const ComplaintCategory &k : m_categories) {
            if (k.code.compare(categoryText, Qt::CaseInsensitive) == 0 || k.name.compare(categoryText, Qt::CaseInsensitive) == 0)
                category = &k;
        }
        if (!category)
            return Error::notFound(QStringLiteral("category"), CustomerCareImportWritersText::tr("unknown complaint category \"%1\"").arg(categoryText));
        c.categoryId = category->id;
        c.subject = row.text(QLatin1String("subject"));
        if (c.subject.isEmpty())
            c.subject = category->name;
        c.description = row.text(QLatin1String("description"));
        BOOST_OUTCOME_TRY(assignee, rowUser(row, m_people.users, "staff_login"));
        c.assignedTo = assignee;
        BOOST_OUTCOME_TRY(valid, validateComplaint(c));
        static_cast<ComplaintInput &>(c) = valid;

        BOOST_OUTCOME_TRY(opened, readTime(row.text(QLatin1String("opened_at")), QStringLiteral("opened_at")));
        if (opened > m_now)
            return Error::validation(QStringLiteral("opened_at"), CustomerCareImportWritersText::tr("%1 is in the future").arg(toIsoUtc(opened)));
        c.openedAt = opened;
        c.dueAt = complaintDueAt(c.openedAt, *category);
        BOOST_OUTCOME_TRYV(readWorkflow(row, c));

        BOOST_OUTCOME_TRY(id, m_repo.insert(c, c.openedAt, c.dueAt, m_userId));
        c.id = id;
        ComplaintEvent opening;
        opening.complaintId = c.id;
        opening.at = c.openedAt;
        opening.userId = m_userId;
        opening.to = ComplaintStatus::Open;
        opening.note = c.subject;
        BOOST_OUTCOME_TRYV(m_repo.appendEvent(opening));
        if (c.status != ComplaintStatus::Open) {
            BOOST_OUTCOME_TRYV(m_repo.saveWorkflow(c));
            ComplaintEvent last;
            last.complaintId = c.id;
            last.at = c.closedAt.isValid() ? c.closedAt : c.resolvedAt.isValid() ? c.resolvedAt : c.openedAt;
            last.userId = m_userId;
            last.from = ComplaintStatus::Open;
            last.to = c.status;
            last.note = CustomerCareImportWritersText::tr("imported");
            BOOST_OUTCOME_TRYV(m_repo.appendEvent(last));
        }
        return RowOutcome::Created;
    }

private:
    /** Status, resolution, satisfaction and their dates, checked against the workflow. */
    Status readWorkflow(const ImportRow &row, Complaint &c)
    {
        if (const QString text = row.text(QLatin1String("status")); !text.isEmpty()) {
            auto s = complaintStatusFromString(statusKey(
                text, {{u"ouverte", "open"}, {u"ouvert", "open"}, {u"nouvelle", "open"}, {u"en_cours", "in_progress"},
                       {u"resolue", "resolved"}, {u"résolue", "resolved"}, {u"cloturee", "closed"},
                       {u"clôturée", "closed"}, {u"fermee", "closed"}, {u"fermée", "closed"}, {u"rejetee", "rejected"},
                       {u"rejetée", "rejected"}, {u"refusee", "rejected"}, {u"refusée", "rejected"}}));
            if (!s)
                return Error::validation(QStringLiteral("status"),
                                         CustomerCareImportWritersText::tr("unknown status \"%1\" (open, in_progress, resolved, closed, rejected)").arg(text));
            c.status = *s;
        }
        c.resolution = row.text(QLatin1String("resolution"));
        // The rule of ComplaintService::resolve / reject: required once resolved or rejected.
        if (c.status == ComplaintStatus::Resolved || c.status == ComplaintStatus::Rejected || !c.resolution.isEmpty()) {
            auto resolution = validateResolution(c.resolution);
            if (!resolution)
                return resolution.error();
            c.resolution = *resolution;
        }
        if (const QString score = row.text(QLatin1String("satisfaction")); !score.isEmpty()) {
            BOOST_OUTCOME_TRY(n, ValueParsers::integer(score, QStringLiteral("satisfaction")));
            BOOST_OUTCOME_TRY(valid, validateSatisfaction(int(n)));
            if (c.status != ComplaintStatus::Closed)
                return Error::validation(QStringLiteral("satisfaction"), CustomerCareImportWritersText::tr("is given when a complaint is closed"));
            c.satisfaction = valid;
        }
        for (const auto &[field, target, applies] :
             {std::tuple{"resolved_at", &c.resolvedAt, c.status == ComplaintStatus::Resolved || c.status == ComplaintStatus::Closed},
              std::tuple{"closed_at", &c.closedAt, c.status == ComplaintStatus::Closed || c.status == ComplaintStatus::Rejected}}) {
            const QString text = row.text(QLatin1String(field));
            if (!applies)
                continue;
            if (text.isEmpty()) {
                *target = c.openedAt;
                continue;
            }
            BOOST_OUTCOME_TRY(t, readTime(text, QLatin1String(field)));
            if (t < c.openedAt || t > m_now)
                return Error::validation(QLatin1String(field), CustomerCareImportWritersText::tr("must be between the opening and now"));
            *target = t;
        }
        return {};
    }

    Database &m_db;
    ComplaintRepository m_repo;
    QDateTime m_now;
    qint64 m_userId;
    RowPeople m_people;
    QList<ComplaintCategory> m_categories;
};

} // namespace

std::unique_ptr<ImportWriter> makeAppointmentImportWriter(Database &db, const QDateTime &now, qint64 userId)
{
    return std::make_unique<AppointmentImportWriter>(db, now, userId);
}

std::unique_ptr<ImportWriter> makeComplaintImportWriter(Database &db, const QDateTime &now, qint64 userId)
{
    return std::make_unique<ComplaintImportWriter>(db, now, userId);
}

} // namespace comptoir
