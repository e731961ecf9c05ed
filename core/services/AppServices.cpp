#include "services/AppServices.h"

#include "services/KpiService.h"
#include "services/AppointmentService.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/ComplaintQueryService.h"
#include "services/ComplaintService.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/DepositService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/InteractionService.h"
#include "services/ProductService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"
#include "services/StockListService.h"
#include "services/StockService.h"
#include "services/StoreService.h"
#include "services/TimelineService.h"
#include "services/UserAdminService.h"
#include "storage/DataFolder.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct AppServicesText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AppServices)
};

} // namespace

/** One instance of each service, over one connection. */
struct AppServices::Services {
    Services(Database &db, const Clock &clock, const PasswordHasher &hasher)
        : appointments(db, clock),
          audit(db),
          auth(db, clock, hasher),
          backups(db, clock),
          complaintQueries(db, clock),
          complaints(db, clock),
          consents(db, clock),
          customers(db, clock),
          deposits(db, clock),
          exports(db, clock),
          imports(db, clock),
          interactions(db, clock),
          kpis(db, clock),
          products(db, clock),
          returns(db, clock),
          sales(db, clock),
          staff(db),
          stockLists(db, clock),
          stock(db, clock),
          store(db, clock),
          timeline(db),
          users(db, clock, hasher)
    {
    }

    AppointmentService appointments;
    AuditService audit;
    AuthService auth;
    BackupService backups;
    ComplaintQueryService complaintQueries;
    ComplaintService complaints;
    ConsentService consents;
    CustomerService customers;
    DepositService deposits;
    ExportService exports;
    ImportService imports;
    InteractionService interactions;
    KpiService kpis;
    ProductService products;
    ReturnService returns;
    SaleService sales;
    StaffService staff;
    StockListService stockLists;
    StockService stock;
    StoreService store;
    TimelineService timeline;
    UserAdminService users;
};

Result<std::unique_ptr<AppServices>> AppServices::open(const QString &path, OpenMode mode, const Clock &clock,
                                                       const QString &backupFolder)
{
    auto lock = DatabaseLock::shared(path);
    if (!lock)
        return lock.error();
    auto db = Database::open(path, mode == OpenMode::OpenExisting ? Database::Mode::OpenExisting
                                                                  : Database::Mode::OpenOrCreate);
    if (!db) {
        const Error why = db.error().code == ErrorCode::Database
                              ? BackupService::damagedDatabase(path, db.error().message, backupFolder)
                              : db.error();
        return Error{why.code, QString(),
                     AppServicesText::tr("The database cannot be opened.\n\n%1").arg(why.toString())};
    }
    return std::unique_ptr<AppServices>(
        new AppServices(std::move(lock.value()), std::move(db.value()), clock, PasswordCost::standard()));
}

AppServices::AppServices(Database &db, const Clock &clock, PasswordCost passwordCost)
    : m_db(db), m_clock(clock), m_hasher(passwordCost), m_services(std::make_unique<Services>(m_db, m_clock, m_hasher))
{
}

AppServices::AppServices(std::unique_ptr<DatabaseLock> lock, std::unique_ptr<Database> db, const Clock &clock,
                         PasswordCost passwordCost)
    : m_lock(std::move(lock)),
      m_ownedDb(std::move(db)),
      m_db(*m_ownedDb),
      m_clock(clock),
      m_hasher(passwordCost),
      m_services(std::make_unique<Services>(m_db, m_clock, m_hasher))
{
}

// The services go first (they refer to the connection), then the connection, then its lock.
AppServices::~AppServices()
{
    m_services.reset();
    m_ownedDb.reset();
    m_lock.reset();
}

QString AppServices::location() const
{
    return m_db.path();
}

Result<std::unique_ptr<AppServices>> AppServices::openWorker() const
{
    const QString path = m_db.path();
    if (path.isEmpty() || path == u":memory:")
        return Error{ErrorCode::Io, QString(),
                     AppServicesText::tr("this needs a database file (an in-memory database has no second connection)")};
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    return std::unique_ptr<AppServices>(new AppServices(nullptr, std::move(db.value()), m_clock, m_hasher.cost()));
}

Status AppServices::checkpoint()
{
    auto copied = m_db.checkpoint();
    if (!copied)
        return copied.error();
    return {};
}

Status AppServices::checkIntegrity(const QString &backupFolder) const
{
    return BackupService::quickCheckFile(m_db.path(), backupFolder);
}

AppointmentService &AppServices::appointments() { return m_services->appointments; }
AuditService &AppServices::audit() { return m_services->audit; }
AuthService &AppServices::auth() { return m_services->auth; }
BackupService &AppServices::backups() { return m_services->backups; }
ComplaintQueryService &AppServices::complaintQueries() { return m_services->complaintQueries; }
ComplaintService &AppServices::complaints() { return m_services->complaints; }
ConsentService &AppServices::consents() { return m_services->consents; }
CustomerService &AppServices::customers() { return m_services->customers; }
DepositService &AppServices::deposits() { return m_services->deposits; }
ExportService &AppServices::exports() { return m_services->exports; }
ImportService &AppServices::imports() { return m_services->imports; }
InteractionService &AppServices::interactions() { return m_services->interactions; }
KpiService &AppServices::kpis() { return m_services->kpis; }
ProductService &AppServices::products() { return m_services->products; }
ReturnService &AppServices::returns() { return m_services->returns; }
SaleService &AppServices::sales() { return m_services->sales; }
StaffService &AppServices::staff() { return m_services->staff; }
StockListService &AppServices::stockLists() { return m_services->stockLists; }
StockService &AppServices::stock() { return m_services->stock; }
StoreService &AppServices::store() { return m_services->store; }
TimelineService &AppServices::timeline() { return m_services->timeline; }
UserAdminService &AppServices::users() { return m_services->users; }

Status AppServices::prepareDataFolder(const QString &folder)
{
    return DataFolder::prepare(folder);
}

} // namespace comptoir
