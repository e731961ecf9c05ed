#pragma once

#include "access/PasswordHasher.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>

#include <memory>

namespace comptoir {

class AppointmentService;
class AuditService;
class AuthService;
class BackupService;
class ComplaintQueryService;
class ComplaintService;
class ConsentService;
class CustomerService;
class Database;
class DatabaseLock;
class DepositService;
class ExportService;
class ImportService;
class InteractionService;
class KpiService;
class ProductService;
class ReturnService;
class SaleService;
class StaffService;
class StockListService;
class StockService;
class StoreService;
class TimelineService;
class UserAdminService;

/**
 * Core put together for one open store: the connection to its database (with the lock
 * that tells a restore it is in use) and ONE instance of each service over it, built
 * once. The GUI builds one when it starts (and a new one after a restore, which closes
 * and replaces the database) and hands each screen the services it uses: nothing above
 * core opens a database or builds a service.
 *
 * It is the one place that opens the store, so what the store is (today a SQLite file)
 * is known here only. The services it hands out belong to the thread that opened it;
 * work on another thread opens its own with openWorker().
 */
class AppServices final {
public:
    enum class OpenMode {
        OpenOrCreate, ///< a missing file becomes an empty store database
        OpenExisting, ///< a missing file is an error
    };

    /**
     * Opens the store at `path`: takes its shared DatabaseLock (refused while a restore
     * replaces the file: that error as it is), then opens and migrates the database. A
     * database that cannot be opened gives "The database cannot be opened." and why; a
     * damaged one names the latest good backup found in `backupFolder`.
     */
    static Result<std::unique_ptr<AppServices>> open(const QString &path, OpenMode mode, const Clock &clock,
                                                     const QString &backupFolder);

    /**
     * Creates `folder` owner-only (0700) if missing and checks that it can hold store data;
     * the error names the folder and why not (read-only disk, permissions, a file in the way).
     */
    static Status prepareDataFolder(const QString &folder);

    /** Over a database opened elsewhere (tests, tools): `db` and `clock` must outlive it. */
    AppServices(Database &db, const Clock &clock, PasswordCost passwordCost = PasswordCost::standard());
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    /** The clock every service here reads. */
    const Clock &clock() const { return m_clock; }
    /** Where the store is (the database file), for the settings and messages. */
    QString location() const;

    /**
     * A second connection to the same store with services of its own, for one worker
     * thread (an import, an export): call it on that thread, which then owns the result.
     * Refused for an in-memory database, which has no second connection. Thread-safe.
     */
    Result<std::unique_ptr<AppServices>> openWorker() const;

    /**
     * Copies the write-ahead log into the database file without waiting for readers; the
     * GUI calls it at idle moments, so that a commit at the counter never has to.
     */
    Status checkpoint();

    /**
     * The quick integrity check of the store's file, on a read-only connection of its own
     * (the GUI runs it on a worker thread while the sign-in dialog waits); a damaged file
     * gives an error naming the latest good backup of `backupFolder`. Thread-safe.
     */
    Status checkIntegrity(const QString &backupFolder) const;

    AppointmentService &appointments();
    AuditService &audit();
    AuthService &auth();
    BackupService &backups();
    ComplaintQueryService &complaintQueries();
    ComplaintService &complaints();
    ConsentService &consents();
    CustomerService &customers();
    DepositService &deposits();
    ExportService &exports();
    ImportService &imports();
    InteractionService &interactions();
    KpiService &kpis();
    ProductService &products();
    ReturnService &returns();
    SaleService &sales();
    StaffService &staff();
    StockListService &stockLists();
    StockService &stock();
    StoreService &store();
    TimelineService &timeline();
    UserAdminService &users();

private:
    struct Services;

    AppServices(std::unique_ptr<DatabaseLock> lock, std::unique_ptr<Database> db, const Clock &clock,
                PasswordCost passwordCost);

    std::unique_ptr<DatabaseLock> m_lock; ///< held while the database is open (null: opened elsewhere)
    std::unique_ptr<Database> m_ownedDb;  ///< null when the database was opened elsewhere
    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    std::unique_ptr<Services> m_services;
};

} // namespace comptoir
