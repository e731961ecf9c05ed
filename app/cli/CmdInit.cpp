// comptoir-cli init DB: creates an empty store database (schema at the latest version).
#include "Arguments.h"
#include "Command.h"

#include "domain/Clock.h"
#include "services/StoreService.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace comptoir::cli {
namespace {

int runInit(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("store-name")}, {});
    if (!args.ok() || args.positional().size() != 1) {
        io.err << "usage: comptoir-cli init DB [--store-name NAME]\n";
        return 2;
    }
    const QString path = args.positional().first();
    if (QFileInfo::exists(path)) {
        io.err << "comptoir-cli init: " << path << " already exists (init never overwrites a database)\n";
        return 1;
    }
    auto db = Database::open(path, Database::Mode::OpenOrCreate);
    if (!db) {
        io.err << "comptoir-cli init: " << db.error().toString() << '\n';
        return 1;
    }
    if (const auto name = args.value(QStringLiteral("store-name"))) {
        StoreInfo store;
        store.name = *name;
        SystemClock clock;
        if (Status s = StoreService(**db).createFirstStore(store, toIsoUtc(clock.nowUtc())); !s) {
            io.err << "comptoir-cli init: " << s.error().toString() << '\n';
            db->reset();
            QFile::remove(path); // nothing half set up is left behind
            return 1;
        }
    }
    io.out << "created " << path << " (schema version " << (*db)->schemaVersion() << ")\n";
    return 0;
}

const CommandRegistration initRegistration{{
    QStringLiteral("init"),
    QStringLiteral("create an empty store database"),
    QStringLiteral("Usage: comptoir-cli init DB [--store-name NAME]\n\n"
                   "Creates the SQLite database DB with the latest schema. Refuses to touch an existing file.\n"
                   "--store-name names the store (first-run setup; otherwise the app asks for it). Then\n"
                   "create the manager and technician accounts with `comptoir-cli user add`."),
    runInit,
}};

} // namespace
} // namespace comptoir::cli
